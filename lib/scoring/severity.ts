import type { Severity, Tier } from "./types";
import { SEVERITIES } from "./types";

export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** One step more severe (critical stays critical). */
export function raise(severity: Severity): Severity {
  return SEVERITIES[Math.max(0, SEVERITY_RANK[severity] - 1)]!;
}

/** One step less severe (low stays low). */
export function lower(severity: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITY_RANK[severity] + 1)]!;
}

/** Base severities are set for a high-tier vendor: critical tier raises one step, medium/low lower one. */
export function forTier(base: Severity, tier: Tier): Severity {
  if (tier === "critical") return raise(base);
  if (tier === "medium" || tier === "low") return lower(base);
  return base;
}
