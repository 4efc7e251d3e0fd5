import * as z from "zod";

import { GAP_STATUSES, SEVERITIES } from "@/lib/vocabulary";

export const updateGapSchema = z
  .object({
    gapId: z.uuid(),
    /** The version the form was opened at (optimistic concurrency). */
    version: z.coerce.number().int().positive(),
    ownerId: z
      .union([z.literal(""), z.uuid()])
      .optional()
      .transform((s) => s || null),
    dueDate: z
      .union([z.literal(""), z.iso.date("Use a date like 2026-12-31.")])
      .optional()
      .transform((d) => d || null),
    status: z.enum(GAP_STATUSES),
    acceptanceNote: z
      .string()
      .trim()
      .max(5000)
      .optional()
      .transform((s) => s || null),
    acceptedUntil: z
      .union([z.literal(""), z.iso.date()])
      .optional()
      .transform((d) => d || null),
    comment: z
      .string()
      .trim()
      .max(5000)
      .optional()
      .transform((s) => s || null),
  })
  .superRefine((v, ctx) => {
    // Only a re-score withdraws a gap (its document was deleted); a person cannot pick it.
    if (v.status === "withdrawn")
      ctx.addIssue({ code: "custom", path: ["status"], message: "Choose open, in progress, resolved or a waiver." });
    if (v.status === "risk_accepted") {
      if (!v.acceptanceNote || v.acceptanceNote.length < 10)
        ctx.addIssue({
          code: "custom",
          path: ["acceptanceNote"],
          message: "Accepting a risk needs a justification (at least 10 characters).",
        });
      if (!v.acceptedUntil)
        ctx.addIssue({
          code: "custom",
          path: ["acceptedUntil"],
          message: "Accepting a risk needs an expiry date: it reopens then.",
        });
    }
    if (v.status === "not_applicable" && (!v.acceptanceNote || v.acceptanceNote.length < 10)) {
      ctx.addIssue({
        code: "custom",
        path: ["acceptanceNote"],
        message: "Say why this does not apply (at least 10 characters).",
      });
    }
  });
export type UpdateGapInput = z.output<typeof updateGapSchema>;

export const gapListQuerySchema = z.object({
  severity: z.enum(SEVERITIES).optional().catch(undefined),
  status: z
    .enum([...GAP_STATUSES, "active"])
    .default("active")
    .catch("active"),
  owner: z
    .union([z.uuid(), z.literal("me"), z.literal("none")])
    .optional()
    .catch(undefined),
  due: z.enum(["overdue", "30d"]).optional().catch(undefined),
  vendor: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type GapListQuery = z.output<typeof gapListQuerySchema>;
