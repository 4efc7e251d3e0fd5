import type { CheckContext, GapDraft } from "../check-types";
import { citeField, reliedOnSocReport } from "../evidence";
import { forTier } from "../severity";
import type { TscCategory } from "../types";
import { TSC_CATEGORIES } from "../types";

const LABEL: Record<TscCategory, string> = {
  security: "Security",
  availability: "Availability",
  processing_integrity: "Processing Integrity",
  confidentiality: "Confidentiality",
  privacy: "Privacy",
};

/** Did the report examine every Trust Services category the policy needs for this service's data? (§3.1, §3.8) */
export function checkRequiredTscExamined({ vendor, policy }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  // A SOC 1 has no Trust Services categories; soc-report-kind-accepted reports it.
  if (!report || report.kind === "soc1" || policy.requiredTsc.length === 0) return [];
  const citation = citeField(report, "tscCategories");
  if (report.tscCategories === null) {
    return [
      {
        subject: report.documentId,
        severity: "medium",
        title: "Could not verify which Trust Services categories were examined",
        detail: `The report's categories were not found; policy needs ${policy.requiredTsc.map((c) => LABEL[c]).join(", ")}.`,
        citation,
      },
    ];
  }
  // A set, not a list: print it in canonical order so input order cannot change the text.
  const examined = TSC_CATEGORIES.filter((category) => report.tscCategories!.includes(category));
  const missing = policy.requiredTsc.filter((category) => !examined.includes(category));
  if (missing.length === 0) return [];
  // One finding per report: the categories left out are one scoping decision by the vendor.
  const labels = missing.map((c) => LABEL[c]);
  return [
    {
      subject: `${report.documentId}:categories`,
      severity: forTier(missing.includes("security") ? "high" : "medium", vendor.tier),
      title: `${labels.join(", ")} ${missing.length === 1 ? "category" : "categories"} not examined`,
      detail: `Policy needs ${labels.join(", ")} for this service; the report examined ${examined.map((c) => LABEL[c]).join(", ") || "no category"}. Ask whether the next report adds ${missing.length === 1 ? "it" : "them"}, and what evidence covers ${missing.length === 1 ? "it" : "them"} meanwhile.`,
      citation,
    },
  ];
}
