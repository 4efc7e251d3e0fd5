import * as z from "zod";

export const deleteDocumentSchema = z.object({
  documentId: z.uuid(),
  reason: z
    .string()
    .trim()
    .min(5, "Say why this document is removed (at least 5 characters), e.g. “uploaded to the wrong vendor”.")
    .max(500),
});

export const supersedeDocumentSchema = z.object({ olderId: z.uuid(), newerId: z.uuid() });
