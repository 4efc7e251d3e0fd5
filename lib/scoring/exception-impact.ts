import { SEVERITY_RANK, lower, raise } from "./severity";
import type { BuyerService, DataType, Severity } from "./types";

/**
 * How much a control exception matters to this buyer, from the criteria it failed (2017 TSC IDs)
 * and what the buyer's service handles. Documented in docs/decisions/002-scoring-exception-severity.md.
 */
const PERSONAL: DataType[] = ["personal", "sensitive_personal", "health"];
const REGULATED: DataType[] = ["sensitive_personal", "health", "financial", "payment_card", "credentials"];
const FINANCIAL: DataType[] = ["financial", "payment_card"];

function handles(service: BuyerService, types: DataType[]): boolean {
  return service.dataTypes.some((type) => types.includes(type));
}

function handlesNonPublic(service: BuyerService): boolean {
  return service.dataTypes.some((type) => type !== "public");
}

export type CriterionImpact = { severity: Severity; reason: string };

export function criterionImpact(criterion: string, service: BuyerService): CriterionImpact {
  const id = criterion.trim().toUpperCase();
  const family = /^(CC\d|PI1|A1|C1|P\d)/.exec(id)?.[1] ?? null;
  switch (family) {
    case "CC6":
      return handlesNonPublic(service)
        ? {
            severity: "high",
            reason: `${id} (logical and physical access) protects the non-public data your service sends`,
          }
        : { severity: "medium", reason: `${id} (logical and physical access); your service handles public data only` };
    case "CC7":
      if (/^CC7\.[345]$/.test(id) && handlesNonPublic(service))
        return { severity: "high", reason: `${id} (incident response) decides how a breach of your data is handled` };
      return handles(service, [...PERSONAL, ...REGULATED, "confidential_business"])
        ? {
            severity: "high",
            reason: `${id} (detecting and responding to security events) bears on the sensitive data your service handles`,
          }
        : { severity: "medium", reason: `${id} (system operations)` };
    case "CC8":
      return service.criticality === "critical"
        ? { severity: "high", reason: `${id} (change management) on a service you rate critical` }
        : { severity: "medium", reason: `${id} (change management)` };
    case "A1":
      if (service.criticality === "critical")
        return { severity: "high", reason: `${id} (availability) on a service you rate critical` };
      return service.criticality === "high"
        ? { severity: "medium", reason: `${id} (availability) on a high-criticality service` }
        : { severity: "low", reason: `${id} (availability) on a service you rate ${service.criticality}` };
    case "C1":
      return handles(service, [...PERSONAL, ...REGULATED, "confidential_business"])
        ? { severity: "high", reason: `${id} (confidentiality) bears on the confidential data your service handles` }
        : { severity: "low", reason: `${id} (confidentiality); your service handles no confidential data` };
    case "PI1":
      return handles(service, FINANCIAL)
        ? {
            severity: "high",
            reason: `${id} (processing integrity) bears on the financial data your service processes`,
          }
        : { severity: "medium", reason: `${id} (processing integrity)` };
    case null:
      return { severity: "medium", reason: `${id || "no criterion given"} (criterion not recognised)` };
    default:
      if (family.startsWith("P")) {
        return handles(service, PERSONAL)
          ? { severity: "high", reason: `${id} (privacy) bears on the personal data your service handles` }
          : { severity: "low", reason: `${id} (privacy); your service handles no personal data` };
      }
      if (id === "CC9.2" && handlesNonPublic(service))
        return {
          severity: "high",
          reason: `${id} (vendor management) governs the vendor's own suppliers of your data`,
        };
      // CC1-CC5 (control environment, communication, risk, monitoring, control activities) and CC9.
      return { severity: "medium", reason: `${id} (entity-level control)` };
  }
}

/** "1 of 8 sampled", "3 of the 5 vendors": the deviation rate when the text states one. */
export function deviationRate(deviation: string): { failed: number; sampled: number } | null {
  const match = /\b(\d+)\s+(?:out\s+)?of\s+(?:the\s+)?(\d+)\b/i.exec(deviation);
  if (!match) return null;
  const failed = Number(match[1]);
  const sampled = Number(match[2]);
  return sampled > 0 && failed <= sampled ? { failed, sampled } : null;
}

/**
 * The criterion's impact weighed by how often the control failed: an isolated deviation (at most
 * 1 in 7) is one step lower, a frequent one (a quarter or more) one step higher, up to high.
 */
export function weighedImpact(criteria: string[], deviation: string, service: BuyerService): CriterionImpact {
  const impact = exceptionImpact(criteria, service);
  const rate = deviationRate(deviation);
  if (!rate) return impact;
  const share = rate.failed / rate.sampled;
  const stated = `${rate.failed} of ${rate.sampled} sampled`;
  if (share <= 1 / 7 && impact.severity !== "low")
    return { severity: lower(impact.severity), reason: `${impact.reason}; an isolated deviation (${stated})` };
  if (share >= 0.25 && SEVERITY_RANK[impact.severity] > SEVERITY_RANK.high)
    return { severity: raise(impact.severity), reason: `${impact.reason}; a frequent deviation (${stated})` };
  return { ...impact, reason: `${impact.reason} (${stated})` };
}

/** The worst impact across the exception's criteria. */
export function exceptionImpact(criteria: string[], service: BuyerService): CriterionImpact {
  if (criteria.length === 0) return { severity: "medium", reason: "the report maps this exception to no criterion" };
  return criteria
    .map((criterion) => criterionImpact(criterion, service))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0]!;
}
