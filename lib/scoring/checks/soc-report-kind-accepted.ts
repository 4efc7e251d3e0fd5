import type { CheckContext, GapDraft } from "../check-types";
import { citeField } from "../evidence";
import { soc2Needed } from "../requirements";
import { forTier } from "../severity";

const WHY = {
  soc3: "A SOC 3 is a general-use summary: it has no tests of controls, no exceptions and no CUECs to review.",
  soc1: "A SOC 1 covers controls over the customer's financial reporting, not security of the service.",
} as const;

/** Is a SOC 3 or SOC 1 standing in for the SOC 2 the policy needs? (§3.1) */
export function checkSocReportKindAccepted({ vendor, policy }: CheckContext): GapDraft[] {
  const hasSoc2 = vendor.socReports.some((report) => report.kind === "soc2");
  if (hasSoc2 || !soc2Needed(policy.sets, vendor)) return [];
  return vendor.socReports
    .filter((report) => report.kind !== "soc2")
    .map((report) => {
      const kind = report.kind === "soc1" ? "soc1" : "soc3";
      const label = kind === "soc1" ? "SOC 1" : "SOC 3";
      return {
        subject: report.documentId,
        severity: forTier("high", vendor.tier),
        title: `${label} report given where a SOC 2 is required`,
        detail: `${WHY[kind]} Ask the vendor for its SOC 2 Type 2 report for the same system.`,
        citation: citeField(report, "kind"),
      };
    });
}
