import * as z from "zod";

import { GAP_STATUSES, SEVERITIES } from "@/lib/vocabulary";
import { acceptanceProblems } from "./triage";

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
    for (const [path, message] of Object.entries(acceptanceProblems(v)))
      ctx.addIssue({ code: "custom", path: [path], message });
  });
export type UpdateGapInput = z.output<typeof updateGapSchema>;

/** The register's sortable columns; each has an index-backed order in data.ts. */
export const GAP_SORTS = ["severity", "due", "status", "vendor"] as const;
export type GapSort = (typeof GAP_SORTS)[number];

export const gapListQuerySchema = z.object({
  /** Free text over the gap's title, its vendor's name and its check id. */
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((s) => s || undefined)
    .catch(undefined),
  severity: z.enum(SEVERITIES).optional().catch(undefined),
  /** "active" (open or in progress) is the register's default; "all" is every status. */
  status: z
    .enum([...GAP_STATUSES, "active", "all"])
    .default("active")
    .catch("active"),
  owner: z
    .union([z.uuid(), z.literal("me"), z.literal("none")])
    .optional()
    .catch(undefined),
  due: z.enum(["overdue", "30d"]).optional().catch(undefined),
  /** One vendor, exactly (links from a row or a vendor page). */
  vendor: z.uuid().optional().catch(undefined),
  /** Vendors whose legal name contains this (the form's vendor field: a list of thousands would not fit a select). */
  vendorName: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((s) => s || undefined)
    .catch(undefined),
  sort: z.enum(GAP_SORTS).default("severity").catch("severity"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type GapListQuery = z.output<typeof gapListQuerySchema>;

/** Most gaps one bulk save may touch: a register page is 50; a generous cap keeps one transaction short. */
export const BULK_TRIAGE_MAX = 500;

const keepOr = <T extends z.ZodType>(value: T) =>
  z
    .union([z.literal(""), value])
    .optional()
    .transform((v) => (v === "" || v === undefined ? undefined : (v as z.output<T>)));

/**
 * Bulk triage of selected gaps: each field left empty keeps every gap's own value. The owner
 * "none" unassigns. Acceptance fields apply with an acceptance status (same rules as one gap).
 */
export const bulkTriageSchema = z
  .object({
    gapIds: z
      .union([z.uuid(), z.array(z.uuid())])
      .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
      .pipe(
        z
          .array(z.string())
          .min(1, "Select at least one gap.")
          .max(BULK_TRIAGE_MAX, `Select at most ${BULK_TRIAGE_MAX} gaps at once.`),
      ),
    ownerId: keepOr(z.union([z.uuid(), z.literal("none")])),
    dueDate: keepOr(z.iso.date("Use a date like 2026-12-31.")),
    status: keepOr(z.enum(GAP_STATUSES)),
    acceptanceNote: keepOr(z.string().trim().max(5000)),
    acceptedUntil: keepOr(z.iso.date()),
  })
  .superRefine((v, ctx) => {
    if (v.ownerId === undefined && v.dueDate === undefined && v.status === undefined)
      ctx.addIssue({ code: "custom", path: ["status"], message: "Choose an owner, a due date or a status to apply." });
    if (v.status === "risk_accepted" || v.status === "not_applicable")
      for (const [path, message] of Object.entries(
        acceptanceProblems({
          status: v.status,
          acceptanceNote: v.acceptanceNote ?? null,
          acceptedUntil: v.acceptedUntil ?? null,
        }),
      ))
        ctx.addIssue({ code: "custom", path: [path], message });
  });
export type BulkTriageInput = z.output<typeof bulkTriageSchema>;
