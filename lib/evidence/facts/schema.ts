import * as z from "zod";

export const FACT_DOC_KINDS = [
  "soc1_report",
  "soc2_report",
  "soc3_report",
  "bridge_letter",
  "iso_certificate",
  "other_certificate",
  "claims_page",
  "subprocessor_list",
  "unknown",
] as const;

// The facts form posts `fact:<path>` fields as text; the server turns each back into the type the
// extractor produced (see parseFactValue), so the schema only bounds sizes here.
export const confirmFactsSchema = z
  .object({ documentId: z.uuid(), docKind: z.enum(FACT_DOC_KINDS) })
  .catchall(z.union([z.string().max(20_000), z.array(z.string().max(20_000)).max(5)]));

export const cuecMappingSchema = z.object({
  documentId: z.uuid(),
  cuecId: z.uuid(),
  buyerControl: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((s) => s || null),
  ownerId: z
    .union([z.literal(""), z.uuid()])
    .optional()
    .transform((s) => s || null),
  evidenceUrl: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((s) => s || null)
    .refine((s) => !s || /^https?:\/\//i.test(s), "Use a link starting with https://"),
  dueDate: z
    .union([z.literal(""), z.iso.date()])
    .optional()
    .transform((d) => d || null),
});

export const subserviceReportSchema = z.object({
  documentId: z.uuid(),
  orgId: z.uuid(),
  onFile: z.enum(["yes", "no"]),
});

/** Text from the form → the type of the extracted value it replaces. Throws on bad JSON. */
export function parseFactValue(text: string, like: unknown): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (Array.isArray(like) || (like !== null && typeof like === "object")) return JSON.parse(t);
  if (typeof like === "number") {
    const n = Number(t);
    if (!Number.isFinite(n)) throw new Error(`"${t}" is not a number`);
    return n;
  }
  if (typeof like === "boolean") return /^(true|yes|1)$/i.test(t);
  if (like === null && /^[[{]/.test(t)) return JSON.parse(t);
  return t;
}

export function formatFactValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value, null, 1);
  return String(value);
}
