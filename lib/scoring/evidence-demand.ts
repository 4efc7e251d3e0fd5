import type { BuyerService, CriteriaSet, DataType, RequiredEvidence } from "./types";

// A required-evidence choice as clauses that must all hold, each met by any one of its items:
// "SOC 2 or ISO" is one clause of two items, "SOC 2 and ISO" two clauses of one. Demands from the
// region, the data types and the sector then combine by adding clauses.
type Item = "soc2" | "iso";
const CLAUSES: Record<RequiredEvidence, Item[][]> = {
  soc2_type2: [["soc2"]],
  iso27001: [["iso"]],
  soc2_type2_or_iso27001: [["soc2", "iso"]],
  soc2_type2_and_iso27001: [["soc2"], ["iso"]],
};

/** Both demands at once: the stricter combination ("SOC 2" with "ISO" is "both"; "either" with "SOC 2" is "SOC 2"). */
export function combineEvidence(a: RequiredEvidence, b: RequiredEvidence): RequiredEvidence {
  const clauses = [...CLAUSES[a], ...CLAUSES[b]];
  const single = new Set(clauses.filter((clause) => clause.length === 1).map((clause) => clause[0]!));
  if (single.has("soc2") && single.has("iso")) return "soc2_type2_and_iso27001";
  if (single.has("soc2")) return "soc2_type2";
  if (single.has("iso")) return "iso27001";
  return "soc2_type2_or_iso27001";
}

/**
 * The seeds' decision framework beyond region x tier: heavy personal or payment data needs both a
 * SOC 2 Type 2 and an ISO/IEC 27001 certificate. Used when a criteria set does not say otherwise.
 */
export const EVIDENCE_BY_DATA_TYPE: Partial<Record<DataType, RequiredEvidence>> = {
  payment_card: "soc2_type2_and_iso27001",
  sensitive_personal: "soc2_type2_and_iso27001",
  health: "soc2_type2_and_iso27001",
};

/** Public-sector buyers expect ISO/IEC 27001 whatever the region (§3.15). */
export const PUBLIC_SECTOR_EVIDENCE: RequiredEvidence = "iso27001";

const DATA_TYPE_WORDS: Record<DataType, string> = {
  personal: "personal data",
  sensitive_personal: "sensitive personal data",
  health: "health data",
  financial: "financial data",
  payment_card: "payment card data",
  credentials: "credentials",
  confidential_business: "confidential business data",
  public: "public data",
};

export type EvidenceDemand = { requiredEvidence: RequiredEvidence; because: string[] };

/** What one region's set demands of this service: its region x tier rule, raised by the service's data types and sector. */
export function evidenceDemand(set: CriteriaSet, service: BuyerService): EvidenceDemand {
  let requiredEvidence = set.requiredEvidence;
  const because: string[] = [];
  const byDataType = set.requiredEvidenceByDataType ?? EVIDENCE_BY_DATA_TYPE;
  for (const dataType of [...new Set(service.dataTypes)].sort()) {
    const demand = byDataType[dataType];
    if (!demand) continue;
    const next = combineEvidence(requiredEvidence, demand);
    if (next !== requiredEvidence) because.push(`the service handles ${DATA_TYPE_WORDS[dataType]}`);
    requiredEvidence = next;
  }
  if (service.publicSector) {
    const next = combineEvidence(requiredEvidence, PUBLIC_SECTOR_EVIDENCE);
    if (next !== requiredEvidence) because.push("the buyer is in the public sector");
    requiredEvidence = next;
  }
  return { requiredEvidence, because };
}
