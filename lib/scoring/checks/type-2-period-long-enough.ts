import type { CheckContext, GapDraft } from "../check-types";
import { daysBetween } from "../dates";
import { citeField, isType2Soc2, reliedOnSocReport } from "../evidence";

/** Does the Type 2 period meet the policy's minimum length? (§3.2: windows of 3-12 months) */
export function checkType2PeriodLongEnough({ vendor, policy }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  if (!report || !isType2Soc2(report)) return [];
  if (!report.periodStart || !report.periodEnd) {
    return [
      {
        subject: report.documentId,
        severity: "low",
        title: "Could not verify the Type 2 period",
        detail: "The start or end of the examined period was not found in the report, so its length cannot be checked.",
        citation: citeField(report, "periodStart"),
      },
    ];
  }
  const days = daysBetween(report.periodStart, report.periodEnd) + 1;
  if (days >= policy.minType2PeriodDays) return [];
  return [
    {
      subject: report.documentId,
      severity: "medium",
      title: "Type 2 period shorter than required",
      detail: `The report covers ${days} days (${report.periodStart} to ${report.periodEnd}); policy asks for at least ${policy.minType2PeriodDays}. A short window tests few occurrences of each control.`,
      citation: citeField(report, "periodStart"),
    },
  ];
}
