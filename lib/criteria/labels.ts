import type { CheckId } from "@/lib/scoring/check-ids";
import type { DataType, Region, RequiredEvidence, TscCategory } from "@/lib/scoring/types";
import { TIER_LABELS } from "@/lib/vocabulary";
import type { CriteriaTier } from "./schema";

// Words for the admin screens. Kept beside the schema so a new enum value fails typecheck here.

export const REGION_LABELS: Record<Region, string> = {
  EU: "European Union",
  UK: "United Kingdom",
  US: "United States",
  APAC: "Asia-Pacific",
};

export const CRITERIA_TIER_LABELS: Record<CriteriaTier, string> = { any: "All tiers", ...TIER_LABELS };

export const EVIDENCE_LABELS: Record<RequiredEvidence, string> = {
  soc2_type2: "SOC 2 Type 2 report",
  iso27001: "ISO/IEC 27001 certificate",
  soc2_type2_or_iso27001: "SOC 2 Type 2 or ISO/IEC 27001",
  soc2_type2_and_iso27001: "SOC 2 Type 2 and ISO/IEC 27001",
};

export const TSC_LABELS: Record<TscCategory, string> = {
  security: "Security",
  availability: "Availability",
  processing_integrity: "Processing integrity",
  confidentiality: "Confidentiality",
  privacy: "Privacy",
};

export const DATA_TYPE_LABELS: Record<DataType, string> = {
  personal: "Personal data",
  sensitive_personal: "Sensitive personal data",
  health: "Health data",
  financial: "Financial data",
  payment_card: "Payment card data",
  credentials: "Credentials",
  confidential_business: "Confidential business data",
  public: "Public data",
};

export const CHECK_LABELS: Record<CheckId, string> = {
  "reliance-gate": "Documents with serious authenticity signals are verified before reliance",
  "document-names-vendor": "Each document is about this vendor",
  "dates-impossible": "Document dates are possible",
  "required-evidence-on-file": "Required evidence is on file",
  "soc-report-kind-accepted": "SOC report kind is accepted (SOC 2, not SOC 1 or 3)",
  "soc2-type-2-on-file": "SOC 2 is a Type 2, not a Type 1",
  "type-2-period-long-enough": "Type 2 period is long enough",
  "soc-report-current": "SOC report is current",
  "bridge-covers-gap": "Bridge letter covers the time since the period end",
  "bridge-length-within-limit": "Bridge letter is within the maximum length",
  "bridge-dated-after-period": "Bridge letter is dated after the period",
  "bridge-scope-covers-service": "Bridge letter covers the service",
  "auditor-opinion-unmodified": "Auditor's opinion is unmodified",
  "required-tsc-examined": "Required trust services categories were examined",
  "control-exception-impact": "Control exceptions are assessed",
  "cuec-mapped": "Complementary user entity controls have an owner",
  "carved-out-subservice-report-on-file": "Carved-out subservice organisations have a report on file",
  "subprocessors-reconcile": "Sub-processors reconcile with the report",
  "subprocessor-ai-provider": "AI model providers receiving your data are reviewed",
  "subprocessor-locations": "Sub-processor locations match where data must stay",
  "subprocessor-list-changes": "New sub-processors on a list's new version are reviewed",
  "service-in-scope": "The service bought is in scope",
  "locations-covered": "The buyer's locations are covered",
  "legal-entity-matches": "Legal entity matches the contract",
  "iso-version-current": "ISO/IEC 27001 version is accepted",
  "certificate-in-date": "Certificate is in date",
  "surveillance-current": "Surveillance audits are current",
  "accreditation-recognised": "Accreditation body is recognised",
  "certificate-is-27001": "Certificate is ISO/IEC 27001",
  "iso-soa-reference": "Certificate cites its Statement of Applicability",
  "extraction-flags": "Authenticity and consistency flags",
};

/** "365 days (about 12 months)": the unit next to every number, months for intuition. */
export function describeDays(days: number): string {
  if (days < 45) return `${days} day${days === 1 ? "" : "s"}`;
  const months = Math.round(days / 30.44);
  return `${days} days (about ${months} month${months === 1 ? "" : "s"})`;
}
