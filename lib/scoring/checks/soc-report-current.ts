import type { CheckContext, GapDraft } from "../check-types";
import { compareDates, daysBetween } from "../dates";
import type { BridgeLetter, IsoDate } from "../types";
import { describeSocReport } from "../describe";
import { citeField, reliedOnSocReport } from "../evidence";
import { forTier } from "../severity";

/** Did the relied-on report's period end no more than the maximum age before asOf? (§3.2 staleness) */
export function checkSocReportCurrent({ vendor, policy, asOf }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  if (!report) return [];
  if (!report.periodEnd) {
    return [
      {
        subject: report.documentId,
        severity: "medium",
        title: "Could not verify how old the SOC report is",
        detail: "The report's period end (or as-of date) was not found, so its age cannot be measured.",
        citation: citeField(report, "periodEnd"),
      },
    ];
  }
  const age = daysBetween(report.periodEnd, asOf);
  if (age <= policy.maxReportAgeDays) return [];
  return [
    {
      subject: report.documentId,
      severity: forTier("high", vendor.tier),
      title: "SOC report older than policy allows",
      detail: `The ${describeSocReport(report)} ended ${age} days before ${asOf}; policy allows ${policy.maxReportAgeDays}. Ask for the current report.`,
      citation: citeField(report, "periodEnd"),
      blocksDocument: report.documentId,
      ...nextReport(vendor.bridgeLetters, asOf),
    },
  ];
}

/** The vendor's stated date for its next report, if still ahead: the fix cannot come before it. */
function nextReport(letters: BridgeLetter[], asOf: IsoDate): { dueBy?: IsoDate } {
  const dates = letters
    .map((letter) => letter.nextReportExpected)
    .filter((date): date is IsoDate => !!date && compareDates(date, asOf) > 0)
    .sort(compareDates);
  return dates.length > 0 ? { dueBy: dates[dates.length - 1]! } : {};
}
