import * as z from "zod";
import { CRITERIA_TIERS } from "@/lib/criteria/schema";
import { REGIONS } from "@/lib/scoring";

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
});

export const rescoreRegionSchema = z.object({
  region: z.enum(REGIONS),
  tier: z.enum(CRITERIA_TIERS),
});
