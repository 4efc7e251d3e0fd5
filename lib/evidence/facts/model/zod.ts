// The zod schemas, derived from the kind specs: storage parses every stored document's facts with
// these on write and on read, and the review form reports their errors next to the field.
import * as z from "zod";
import { FACT_SOURCES, type FieldSpec, type KindSpec, type ScalarSpec } from "./field-spec";
import { FACT_KIND_SPECS, FACT_KINDS } from "./kinds";

const text = z.string().trim().min(1).max(20_000);

export function scalarSchema(spec: ScalarSpec): z.ZodType {
  switch (spec.editor) {
    case "text":
      return text;
    case "date":
      return z.iso.date({ error: "Use a date such as 2025-03-31." });
    case "number":
      return z.number({ error: "Use a whole number." }).int().min(0).max(1_000_000);
    case "boolean":
      return z.boolean();
    case "choice":
      return z.enum(Object.keys(spec.options) as [string, ...string[]]);
    case "choices":
      return z.array(z.enum(Object.keys(spec.options) as [string, ...string[]])).max(20);
    case "textList":
      return z.array(text).max(500);
  }
}

function cited(value: z.ZodType) {
  return z.object({
    value: value.nullable(),
    page: z.number().int().min(1).nullable(),
    quote: z.string().max(20_000).nullable(),
    confidence: z.number().min(0).max(1),
    source: z.enum(FACT_SOURCES),
  });
}

export function fieldSchema(spec: FieldSpec): z.ZodType {
  if (spec.editor !== "list") return cited(scalarSchema(spec));
  const item = z.object(
    Object.fromEntries(
      // An optional item field added later is absent from rows stored before it: read as not found.
      Object.entries(spec.item).map(([key, f]) => [
        key,
        f.required ? scalarSchema(f) : scalarSchema(f).nullable().default(null),
      ]),
    ),
  );
  return cited(z.array(cited(item).extend({ id: z.string().min(1).max(100) })).max(2_000));
}

export function fieldsSchema(spec: KindSpec) {
  // A field added to a kind later is absent from facts stored before it: read as not found.
  return z.object(
    Object.fromEntries(
      Object.entries(spec).map(([key, f]) => [
        key,
        fieldSchema(f).default(() => ({ value: null, page: null, quote: null, confidence: 0, source: "text" })),
      ]),
    ),
  );
}

export const FLAG_KINDS = ["authenticity", "consistency"] as const;

export const documentFactsSchema = z.discriminatedUnion(
  "kind",
  FACT_KINDS.map((kind) =>
    z.object({
      version: z.literal(1),
      kind: z.literal(kind),
      fields: fieldsSchema(FACT_KIND_SPECS[kind]),
      /** Raised while reading; scored as "extraction flags". */
      flags: z
        .array(
          cited(z.object({ kind: z.enum(FLAG_KINDS), text: z.string().min(1).max(5_000) })).extend({
            id: z.string().min(1).max(100),
          }),
        )
        .max(500),
      /** Field names whose value exists only in page images (or "*" for the whole document). */
      notInTextLayer: z.array(z.string().max(200)).max(200),
    }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);
