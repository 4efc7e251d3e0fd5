import type { CriteriaSet, DataType, Region, RequiredEvidence, Severity, Tier, TscCategory } from "./types";
import { REGIONS, TIERS } from "./types";
import { EVIDENCE_BY_DATA_TYPE } from "./evidence-demand";

// Default policies drawn from market-and-domain §3.2, §3.7, §3.11, §3.12 and §3.15. They are
// starting points that admins edit; every number here is a practitioner heuristic, not a standard.

// The seeds' decision framework: North America expects a SOC 2 Type 2 (covering the buyer's
// go-live / reliance period: see bridge-covers-gap); elsewhere ("global") ISO/IEC 27001:2022 with
// surveillance confirmed (surveillance-current); heavy personal or payment data needs both
// (EVIDENCE_BY_DATA_TYPE, by the service's data types); a public-sector buyer ISO everywhere. A
// low-tier vendor may show either. A service in several regions is held to each region's rule.
const NORTH_AMERICA: Record<Tier, RequiredEvidence> = {
  critical: "soc2_type2",
  high: "soc2_type2",
  medium: "soc2_type2",
  low: "soc2_type2_or_iso27001",
};
const GLOBAL: Record<Tier, RequiredEvidence> = {
  critical: "iso27001",
  high: "iso27001",
  medium: "iso27001",
  low: "soc2_type2_or_iso27001",
};
const EVIDENCE_BY_REGION: Record<Region, Record<Tier, RequiredEvidence>> = {
  US: NORTH_AMERICA,
  EU: GLOBAL,
  UK: GLOBAL,
  APAC: GLOBAL,
};

type TierLimits = Pick<
  CriteriaSet,
  | "maxReportAgeDays"
  | "minType2PeriodDays"
  | "bridgeRequiredAfterDays"
  | "maxBridgeDays"
  | "requiredTsc"
  | "expiryWarningDays"
  | "surveillanceIntervalDays"
  | "slaDays"
>;

const sla = (critical: number, high: number, medium: number, low: number): Record<Severity, number> => ({
  critical,
  high,
  medium,
  low,
});

const LIMITS_BY_TIER: Record<Tier, TierLimits> = {
  // Report dated within 12 months; bridge needed ~3 months after period end; bridges <= 3 months.
  critical: {
    maxReportAgeDays: 365,
    minType2PeriodDays: 180,
    bridgeRequiredAfterDays: 90,
    maxBridgeDays: 92,
    requiredTsc: ["security", "availability"],
    expiryWarningDays: 90,
    surveillanceIntervalDays: 395,
    slaDays: sla(7, 30, 60, 90),
  },
  high: {
    maxReportAgeDays: 365,
    minType2PeriodDays: 180,
    bridgeRequiredAfterDays: 90,
    maxBridgeDays: 92,
    requiredTsc: ["security"],
    expiryWarningDays: 90,
    surveillanceIntervalDays: 456,
    slaDays: sla(14, 30, 90, 180),
  },
  // "Older than ~15 months with no successor in flight is a red flag."
  medium: {
    maxReportAgeDays: 456,
    minType2PeriodDays: 90,
    bridgeRequiredAfterDays: 120,
    maxBridgeDays: 183,
    requiredTsc: ["security"],
    expiryWarningDays: 60,
    surveillanceIntervalDays: 456,
    slaDays: sla(30, 60, 120, 180),
  },
  // "Last review was 18 months ago" is cited as an audit finding: the outer limit.
  low: {
    maxReportAgeDays: 548,
    minType2PeriodDays: 90,
    bridgeRequiredAfterDays: 180,
    maxBridgeDays: 183,
    requiredTsc: ["security"],
    expiryWarningDays: 30,
    surveillanceIntervalDays: 456,
    slaDays: sla(30, 90, 180, 365),
  },
};

/** A service the buyer rates critical must stay up: its vendor's report must examine Availability. */
export const TSC_BY_CRITICALITY: Partial<Record<Tier, TscCategory[]>> = { critical: ["availability"] };

const TSC_BY_DATA_TYPE: Partial<Record<DataType, TscCategory[]>> = {
  sensitive_personal: ["confidentiality"],
  health: ["confidentiality"],
  payment_card: ["confidentiality"],
  credentials: ["confidentiality"],
  confidential_business: ["confidentiality"],
};

/** Accreditation bodies that are IAF MLA signatories for management-system certification. */
export const RECOGNISED_ACCREDITATION_BODIES = [
  "UKAS",
  "ANAB",
  "IAS",
  "DAkkS",
  "COFRAC",
  "ACCREDIA",
  "ENAC",
  "RvA",
  "BELAC",
  "SWEDAC",
  "DANAK",
  "FINAS",
  "INAB",
  "JAS-ANZ",
  "JAB",
  "SAC",
  "HKAS",
  "NABCB",
  "KAB",
  "SCC",
  "EGAC",
  "TURKAK",
  "IPAC",
  "EIAC",
];

function criteriaSet(region: Region, tier: Tier): CriteriaSet {
  return {
    id: `${region.toLowerCase()}-${tier}`,
    region,
    tier,
    requiredEvidence: EVIDENCE_BY_REGION[region][tier],
    ...LIMITS_BY_TIER[tier],
    requiredTsc: [...LIMITS_BY_TIER[tier].requiredTsc],
    requiredTscByDataType: structuredClone(TSC_BY_DATA_TYPE),
    requiredEvidenceByDataType: { ...EVIDENCE_BY_DATA_TYPE },
    acceptedIsoVersions: ["2022"],
    // IAF MD 26: the 2013 transition ended 31 Oct 2025.
    iso2013InvalidFrom: "2025-11-01",
    recognisedAccreditationBodies: [...RECOGNISED_ACCREDITATION_BODIES],
    slaDays: { ...LIMITS_BY_TIER[tier].slaDays },
    disabledChecks: [],
  };
}

export const DEFAULT_CRITERIA_SETS: CriteriaSet[] = REGIONS.flatMap((region) =>
  TIERS.map((tier) => criteriaSet(region, tier)),
);

/** The default sets for a service's regions at the vendor's tier. */
export function defaultCriteriaFor(regions: readonly Region[], tier: Tier): CriteriaSet[] {
  return DEFAULT_CRITERIA_SETS.filter((set) => set.tier === tier && regions.includes(set.region));
}
