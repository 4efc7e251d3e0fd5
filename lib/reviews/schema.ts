import * as z from "zod";
import { CRITERIA_TIERS } from "@/lib/criteria/schema";
import { REGIONS } from "@/lib/scoring";
import { VENDOR_STATUSES } from "@/lib/vendors/schema";

export const DECISIONS = ["approve", "approve_with_conditions", "reject"] as const;
export const DECISION_LABELS: Record<(typeof DECISIONS)[number], string> = {
  approve: "Approve",
  approve_with_conditions: "Approve with conditions",
  reject: "Reject",
};

export const rescoreSchema = z.object({ vendorId: z.uuid() });

export const decisionSchema = z.object({
  vendorId: z.uuid(),
  serviceId: z
    .union([z.literal(""), z.uuid()])
    .optional()
    .transform((s) => s || null),
  decision: z.enum(DECISIONS),
  note: z.string().trim().min(3, "Say why: the note is part of the record.").max(5000),
  // Optional follow-through on the vendor itself ("" = leave as it is).
  vendorStatus: z
    .union([z.literal(""), z.enum(VENDOR_STATUSES)])
    .optional()
    .transform((s) => s || null),
  nextReviewDate: z
    .union([z.literal(""), z.iso.date("Use a date like 2027-06-30.")])
    .optional()
    .transform((d) => d || null),
  // Approving while high or critical gaps are open needs this explicit acknowledgement.
  acknowledgeOpenGaps: z
    .union([z.literal("1"), z.literal(""), z.boolean()])
    .optional()
    .transform((v) => v === "1" || v === true),
});

export const rescoreRegionSchema = z.object({
  region: z.enum(REGIONS),
  tier: z.enum(CRITERIA_TIERS),
});
