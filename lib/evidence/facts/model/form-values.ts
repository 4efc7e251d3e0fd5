// Pure helpers for the review form: tidy what people typed before it is validated and sent, and
// carry values across when the document kind is changed.
import { emptyFacts } from "./empty";
import type { Cited, FieldSpec, ScalarSpec } from "./field-spec";
import { FACT_KIND_SPECS, type FactKind } from "./kinds";
import type { DocumentFacts } from "./types";

function tidy(spec: ScalarSpec, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (spec.editor === "text") return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
  if (spec.editor === "textList" && Array.isArray(value)) {
    const lines = value.map((v) => String(v).trim()).filter(Boolean);
    return lines.length ? lines : null;
  }
  return value;
}

function tidyField(spec: FieldSpec, field: Cited<unknown>): Cited<unknown> {
  if (spec.editor !== "list") return { ...field, value: tidy(spec, field.value) };
  const items = field.value as Cited<Record<string, unknown>>[] | null;
  return {
    ...field,
    value:
      items?.map((item) => ({
        ...item,
        value: Object.fromEntries(
          Object.entries(spec.item).map(([key, f]) => [key, tidy(f, item.value?.[key] ?? null)]),
        ),
      })) ?? null,
  };
}

/** Trims text, drops blank lines of lists, and turns blanks into null ("not stated"). */
export function tidyFacts(facts: DocumentFacts): DocumentFacts {
  const spec = FACT_KIND_SPECS[facts.kind] as Record<string, FieldSpec>;
  const fields = facts.fields as Record<string, Cited<unknown>>;
  return {
    ...facts,
    fields: Object.fromEntries(Object.entries(spec).map(([name, s]) => [name, tidyField(s, fields[name]!)])),
  } as DocumentFacts;
}

/** The facts of another kind: fields of the same name and editor keep their value and citation. */
export function changeKind(facts: DocumentFacts, kind: FactKind): DocumentFacts {
  const next = emptyFacts(kind, "analyst");
  const from = FACT_KIND_SPECS[facts.kind] as Record<string, FieldSpec>;
  const to = FACT_KIND_SPECS[kind] as Record<string, FieldSpec>;
  const oldFields = facts.fields as Record<string, Cited<unknown>>;
  const fields = next.fields as Record<string, Cited<unknown>>;
  for (const [name, spec] of Object.entries(to)) {
    if (from[name] && JSON.stringify(from[name]) === JSON.stringify(spec)) fields[name] = oldFields[name]!;
  }
  return { ...next, flags: facts.flags, notInTextLayer: facts.notInTextLayer } as DocumentFacts;
}
