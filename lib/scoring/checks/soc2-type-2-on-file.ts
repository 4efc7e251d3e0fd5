import type { CheckContext, GapDraft } from "../check-types";
import { citeField, soc2Reports } from "../evidence";
import { hasSoc2Type2, soc2Needed } from "../requirements";
import { forTier } from "../severity";
import { TYPE1_TITLE } from "../type2-commitment";

/** Is the SOC 2 a Type 2 (operating effectiveness over a period), not a Type 1 (design at a date)? (§3.2) */
export function checkSoc2Type2OnFile({ vendor, policy }: CheckContext): GapDraft[] {
  if (hasSoc2Type2(vendor) || !soc2Needed(policy.sets, vendor)) return [];
  return soc2Reports(vendor).map((report) =>
    report.type === "type_1"
      ? {
          subject: report.documentId,
          severity: forTier("high", vendor.tier),
          title: TYPE1_TITLE,
          detail: `A Type 1 report only says controls were designed suitably as of ${report.periodEnd ?? "a date"}; it does not test whether they operated over time. Ask for a Type 2 report.`,
          citation: citeField(report, "type"),
        }
      : {
          subject: report.documentId,
          severity: "medium",
          title: "Could not verify the SOC 2 report type",
          detail:
            "The report's type (Type 1 or Type 2) was not found in the document. Confirm it covers operating effectiveness over a period.",
          citation: citeField(report, "type"),
        },
  );
}
