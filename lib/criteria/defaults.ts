import { DEFAULT_CRITERIA_SETS } from "@/lib/scoring/presets";
import type { Region, Tier } from "@/lib/scoring/types";
import type { CriteriaRules, CriteriaTier } from "./schema";

// The shipped defaults (lib/scoring presets, drawn from market-and-domain §3.15) as editable rules.

/**
 * A region-wide ("any") set has no shipped default of its own; the form starts it from the
 * region's medium-tier default, the middle of the four.
 */
export const ANY_TIER_TEMPLATE: Tier = "medium";

export function shippedRules(region: Region, tier: CriteriaTier): CriteriaRules {
  const wanted = tier === "any" ? ANY_TIER_TEMPLATE : tier;
  const preset = DEFAULT_CRITERIA_SETS.find((set) => set.region === region && set.tier === wanted);
  if (!preset) throw new Error(`No shipped criteria set for ${region}/${wanted}`);
  const { id: _id, region: _region, tier: _tier, ...rules } = structuredClone(preset);
  return rules as CriteriaRules;
}
