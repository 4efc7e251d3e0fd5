import * as z from "zod";

// The facts form posts the whole typed facts it edited as one JSON field; the action parses it
// with the fact schema (lib/evidence/facts/model) and returns each bad field's error by its path.
export const confirmFactsSchema = z.object({ documentId: z.uuid(), facts: z.string().min(2).max(2_000_000) });

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
