import { assert } from "./assert";
import { TSC_BY_CRITICALITY } from "./presets";
import { compareDates } from "./dates";
import { evidenceDemand } from "./evidence-demand";
import type { BuyerService, CriteriaSet, IsoDate, Region, Severity, TscCategory } from "./types";
import { SEVERITIES, TSC_CATEGORIES } from "./types";

/**
 * The rules in force when a service spans several regions: each region's evidence requirement is
 * checked on its own; every other limit takes the strictest value across the sets.
 */
export type EffectivePolicy = {
  /** Each region's set, its `requiredEvidence` raised by the service's data types and sector. */
  sets: CriteriaSet[];
  /** Why a set's evidence demand is stricter than its region x tier rule, by set id. */
  evidenceBecause: Record<string, string[]>;
  regions: Region[];
  requiresSoc2: boolean;
  requiresIso: boolean;
  maxReportAgeDays: number;
  minType2PeriodDays: number;
  bridgeRequiredAfterDays: number;
  maxBridgeDays: number;
  requiredTsc: TscCategory[];
  acceptedIsoVersions: string[];
  iso2013InvalidFrom: IsoDate;
  expiryWarningDays: number;
  surveillanceIntervalDays: number;
  recognisedAccreditationBodies: string[];
  slaDays: Record<Severity, number>;
  disabledChecks: Set<string>;
};

function intersect(lists: string[][]): string[] {
  const [first = [], ...rest] = lists;
  if (rest.length === 0) return [...new Set(first)].sort();
  const sets = rest.map((list) => new Set(list));
  return [...new Set(first)].filter((item) => sets.every((set) => set.has(item))).sort();
}

// Thousands of vendors are scored against the same few criteria-set objects: the policy depends only
// on those sets and the service's data types, criticality and sector, so it is worked out once.
// Inputs are never mutated (the scorer is pure), so object identity is a sound key.
const POLICY_CACHE = new WeakMap<CriteriaSet, Map<string, { sets: CriteriaSet[]; policy: EffectivePolicy }>>();

export function effectivePolicy(sets: CriteriaSet[], service: BuyerService): EffectivePolicy {
  assert(sets.length > 0, "scoreVendor needs at least one criteria set");
  const key = policyKey(sets, service);
  const byService = POLICY_CACHE.get(sets[0]!) ?? new Map<string, { sets: CriteriaSet[]; policy: EffectivePolicy }>();
  const hit = byService.get(key);
  if (hit && hit.sets.length === sets.length && hit.sets.every((set, i) => set === sets[i])) return hit.policy;
  const policy = computePolicy(sets, service);
  byService.set(key, { sets: [...sets], policy });
  POLICY_CACHE.set(sets[0]!, byService);
  return policy;
}

/** What the policy depends on besides the sets' identity, as text: each part length-prefixed, so no two inputs share a key. */
function policyKey(sets: CriteriaSet[], service: BuyerService): string {
  let key = `${service.criticality.length}:${service.criticality}|${service.publicSector ?? false}|`;
  for (const set of sets) key += `${set.id.length}:${set.id}`;
  key += "|";
  for (const dataType of service.dataTypes) key += `${dataType.length}:${dataType}`;
  return key;
}

function computePolicy(sets: CriteriaSet[], service: BuyerService): EffectivePolicy {
  assert(sets.length > 0, "scoreVendor needs at least one criteria set");
  const evidenceBecause: Record<string, string[]> = {};
  const sorted = [...sets]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((set) => {
      const demand = evidenceDemand(set, service);
      if (demand.because.length > 0) evidenceBecause[set.id] = demand.because;
      return demand.requiredEvidence === set.requiredEvidence
        ? set
        : { ...set, requiredEvidence: demand.requiredEvidence };
    });
  const min = (pick: (set: CriteriaSet) => number) => Math.min(...sorted.map(pick));
  const max = (pick: (set: CriteriaSet) => number) => Math.max(...sorted.map(pick));

  const tsc = new Set<TscCategory>();
  for (const set of sorted) {
    for (const category of set.requiredTsc) tsc.add(category);
    for (const dataType of service.dataTypes)
      for (const category of set.requiredTscByDataType[dataType] ?? []) tsc.add(category);
    for (const category of (set.requiredTscByCriticality ?? TSC_BY_CRITICALITY)[service.criticality] ?? [])
      tsc.add(category);
  }

  const slaDays = Object.fromEntries(
    SEVERITIES.map((severity) => [severity, min((set) => set.slaDays[severity])]),
  ) as Record<Severity, number>;

  return {
    sets: sorted,
    evidenceBecause,
    regions: [...new Set(sorted.map((set) => set.region))].sort(),
    requiresSoc2: sorted.some((set) => set.requiredEvidence !== "iso27001"),
    requiresIso: sorted.some((set) => set.requiredEvidence !== "soc2_type2"),
    maxReportAgeDays: min((set) => set.maxReportAgeDays),
    minType2PeriodDays: max((set) => set.minType2PeriodDays),
    bridgeRequiredAfterDays: min((set) => set.bridgeRequiredAfterDays),
    maxBridgeDays: min((set) => set.maxBridgeDays),
    requiredTsc: TSC_CATEGORIES.filter((category) => tsc.has(category)),
    acceptedIsoVersions: intersect(sorted.map((set) => set.acceptedIsoVersions)),
    iso2013InvalidFrom: sorted.map((set) => set.iso2013InvalidFrom).sort(compareDates)[0]!,
    expiryWarningDays: max((set) => set.expiryWarningDays),
    surveillanceIntervalDays: min((set) => set.surveillanceIntervalDays),
    recognisedAccreditationBodies: intersect(
      sorted.map((set) => set.recognisedAccreditationBodies.map((body) => body.trim())),
    ),
    slaDays,
    // A check stays on unless every region turned it off.
    disabledChecks: new Set(intersect(sorted.map((set) => set.disabledChecks))),
  };
}
