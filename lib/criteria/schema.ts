import * as z from "zod";
import { CHECK_IDS } from "@/lib/scoring/check-ids";
import { isIsoDate } from "@/lib/scoring/dates";
import { DATA_TYPES, REGIONS, REQUIRED_EVIDENCE, TIERS, TSC_CATEGORIES } from "@/lib/scoring/types";
import type { CriteriaSet } from "@/lib/scoring/types";

// The one shape of an editable criteria set: the admin form sends it, the action and the mutation
// parse it, and stored rows are read back through it. Messages are written for the form.

/** "any" is the region-wide set used for tiers that have no set of their own. */
export const CRITERIA_TIERS = ["any", ...TIERS] as const;
export type CriteriaTier = (typeof CRITERIA_TIERS)[number];

/** ISO/IEC 27001 editions an admin can accept (2005 was withdrawn long before this tool). */
export const ISO_VERSIONS = ["2013", "2022"] as const;

/** Ten years: a larger number of days is always a typo. */
const MAX_DAYS = 3650;

// Form inputs arrive as strings; an empty box must say "required", not silently become 0.
const toNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : typeof value === "string" ? Number(value) : value;

function days(label: string, min = 0) {
  return z.preprocess(
    toNumber,
    z
      .number({ error: `${label}: enter a number of days` })
      .int({ error: `${label}: use whole days` })
      .min(min, {
        error:
          min === 0 ? `${label}: cannot be negative` : `${label}: must be at least ${min} day${min === 1 ? "" : "s"}`,
      })
      .max(MAX_DAYS, { error: `${label}: at most ${MAX_DAYS} days` }),
  );
}

const tscList = z.array(z.enum(TSC_CATEGORIES, { error: "Unknown trust services category" }));

export const criteriaRulesShape = {
  requiredEvidence: z.enum(REQUIRED_EVIDENCE, { error: "Choose the evidence this set requires" }),
  maxReportAgeDays: days("Maximum report age", 1),
  minType2PeriodDays: days("Minimum Type 2 period", 1),
  bridgeRequiredAfterDays: days("Bridge letter needed after"),
  maxBridgeDays: days("Maximum bridge length", 1),
  requiredTsc: tscList.min(1, { error: "Require at least one trust services category (Security is the usual one)" }),
  requiredTscByDataType: z.partialRecord(z.enum(DATA_TYPES, { error: "Unknown data type" }), tscList),
  /** Evidence on top of requiredEvidence by data type; a row saved before this rule existed gets the shipped default. */
  requiredEvidenceByDataType: z
    .partialRecord(
      z.enum(DATA_TYPES, { error: "Unknown data type" }),
      z.enum(REQUIRED_EVIDENCE, { error: "Choose the evidence this data type requires" }),
    )
    .optional(),
  acceptedIsoVersions: z
    .array(z.enum(ISO_VERSIONS, { error: "Unknown ISO/IEC 27001 version" }))
    .min(1, { error: "Accept at least one ISO/IEC 27001 version" }),
  iso2013InvalidFrom: z.iso
    .date({ error: "ISO 27001:2013 invalid from: use a date (YYYY-MM-DD)" })
    .refine(isIsoDate, { error: "ISO 27001:2013 invalid from: not a calendar date" }),
  expiryWarningDays: days("Certificate expiry warning"),
  surveillanceIntervalDays: days("Surveillance interval", 1),
  recognisedAccreditationBodies: z
    .array(z.string().trim().min(1).max(40, { error: "Accreditation body names are at most 40 characters" }))
    .max(100, { error: "At most 100 accreditation bodies" }),
  slaDays: z.object({
    critical: days("Critical gap SLA", 1),
    high: days("High gap SLA", 1),
    medium: days("Medium gap SLA", 1),
    low: days("Low gap SLA", 1),
  }),
  disabledChecks: z.array(z.enum(CHECK_IDS, { error: "Unknown check" })),
};

export const criteriaRulesSchema = z.object(criteriaRulesShape);
export type CriteriaRules = z.infer<typeof criteriaRulesSchema>;

// Compile-time guard: the rules plus id/region/tier must be a CriteriaSet the scorer accepts.
type Assignable<T extends Omit<CriteriaSet, "id" | "region" | "tier">> = T;
export type CheckedCriteriaRules = Assignable<CriteriaRules>;

const regionSchema = z.enum(REGIONS, { error: "Unknown region" });
const criteriaTierSchema = z.enum(CRITERIA_TIERS, { error: "Unknown tier" });
/** 0 means "no saved set yet": the first save creates version 1. */
const expectedVersion = z.preprocess(toNumber, z.number().int().min(0));

// Flat on purpose: authedAction flattens zod errors to top-level keys, so each rule gets its own message.
export const saveCriteriaSetSchema = z.object({
  region: regionSchema,
  tier: criteriaTierSchema,
  expectedVersion,
  ...criteriaRulesShape,
});
export type SaveCriteriaSetInput = z.input<typeof saveCriteriaSetSchema>;

export const resetCriteriaSetSchema = z.object({ region: regionSchema, tier: criteriaTierSchema, expectedVersion });
export type ResetCriteriaSetInput = z.input<typeof resetCriteriaSetSchema>;

export function parseRegion(value: string): (typeof REGIONS)[number] | null {
  return REGIONS.find((region) => region.toLowerCase() === value.toLowerCase()) ?? null;
}

export function parseCriteriaTier(value: string): CriteriaTier | null {
  return CRITERIA_TIERS.find((tier) => tier === value.toLowerCase()) ?? null;
}
