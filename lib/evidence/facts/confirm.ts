// Pure: what a confirmation stores. The analyst's submitted facts are laid over the stored ones
// field by field; a changed value is marked as typed by a person and keeps the citation it was read
// from; list rows keep their id (and the fields edited elsewhere, such as a CUEC's mapping); a new
// row gets a fresh id. Page, quote and confidence are never taken from the form.
import { FACT_KIND_SPECS, type Cited, type CitedItem, type DocumentFacts, type FieldSpec } from "./model";

export type FactChange = { field: string; oldValue: unknown; newValue: unknown };

type AnyCited = Cited<unknown>;
type AnyItem = CitedItem<Record<string, unknown>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function mergeList(spec: Extract<FieldSpec, { editor: "list" }>, old: AnyCited | undefined, next: AnyCited) {
  const before = new Map(((old?.value as AnyItem[] | null) ?? []).map((item) => [item.id, item]));
  const elsewhere = Object.entries(spec.item)
    .filter(([, f]) => f.form === false)
    .map(([k]) => k);
  const items = (next.value as AnyItem[] | null)?.map((item): AnyItem => {
    const prior = before.get(item.id);
    const kept = Object.fromEntries(elsewhere.map((k) => [k, prior?.value?.[k] ?? null]));
    const value = { ...item.value, ...kept };
    if (prior && same(prior.value, value)) return prior;
    return prior
      ? { ...prior, value, confidence: 1, source: "analyst" }
      : { id: crypto.randomUUID(), value, page: null, quote: null, confidence: 1, source: "analyst" };
  });
  return items ?? null;
}

export function mergeConfirmed(
  base: DocumentFacts,
  submitted: DocumentFacts,
): { facts: DocumentFacts; changes: FactChange[] } {
  const spec = FACT_KIND_SPECS[submitted.kind] as Record<string, FieldSpec>;
  const oldFields = base.fields as Record<string, AnyCited>;
  const newFields = submitted.fields as Record<string, AnyCited>;
  const changes: FactChange[] = [];
  if (base.kind !== submitted.kind) changes.push({ field: "kind", oldValue: base.kind, newValue: submitted.kind });
  const fields: Record<string, AnyCited> = {};
  for (const [name, fieldSpec] of Object.entries(spec)) {
    const old = oldFields[name];
    const next = newFields[name]!;
    const value = fieldSpec.editor === "list" ? mergeList(fieldSpec, old, next) : next.value;
    const unchanged =
      fieldSpec.editor === "list"
        ? same(
            (old?.value as AnyItem[] | null)?.map((i) => i.value),
            (value as AnyItem[] | null)?.map((i) => i.value),
          )
        : same(old?.value, value);
    if (unchanged && old) {
      fields[name] = fieldSpec.editor === "list" ? { ...old, value } : old;
      continue;
    }
    if (!unchanged) {
      // List rows are logged by value; a plain string list (categories, locations) is its own value.
      const toLog = (v: unknown) =>
        fieldSpec.editor === "list" && Array.isArray(v) ? (v as AnyItem[]).map((i) => i.value) : v;
      changes.push({ field: name, oldValue: toLog(old?.value ?? null), newValue: toLog(value) });
    }
    fields[name] = {
      value,
      page: old?.page ?? null,
      quote: old?.quote ?? null,
      confidence: unchanged ? (old?.confidence ?? 0) : 1,
      source: unchanged ? (old?.source ?? "analyst") : "analyst",
    };
  }
  // The facts page shows an unanswered "own report on file" as "not on file"; confirming records that.
  const orgs = fields.subserviceOrgs?.value as AnyItem[] | null | undefined;
  if (orgs) {
    fields.subserviceOrgs = {
      ...fields.subserviceOrgs!,
      value: orgs.map((o) =>
        o.value?.reportOnFile === null ? { ...o, value: { ...o.value, reportOnFile: false } } : o,
      ),
    };
  }
  const facts = { ...base, kind: submitted.kind, fields } as unknown as DocumentFacts;
  return { facts, changes };
}

/**
 * Fresh ids for every list row, the same new id in both versions. Used on a document's first
 * confirmation: the extraction's ids are not guaranteed unique across documents (one extraction
 * may be stored twice), and confirmed row ids become the projection's primary keys.
 */
export function reissueRowIds(base: DocumentFacts, submitted: DocumentFacts): [DocumentFacts, DocumentFacts] {
  const ids = new Map<string, string>();
  const renew = (facts: DocumentFacts): DocumentFacts => {
    const spec = FACT_KIND_SPECS[facts.kind] as Record<string, FieldSpec>;
    const fields = Object.fromEntries(
      Object.entries(facts.fields as Record<string, AnyCited>).map(([name, field]) => [
        name,
        spec[name]?.editor === "list" && Array.isArray(field.value)
          ? {
              ...field,
              value: (field.value as AnyItem[]).map((item) => {
                if (!ids.has(item.id)) ids.set(item.id, crypto.randomUUID());
                return { ...item, id: ids.get(item.id)! };
              }),
            }
          : field,
      ]),
    );
    return { ...facts, fields } as unknown as DocumentFacts;
  };
  return [renew(base), renew(submitted)];
}
