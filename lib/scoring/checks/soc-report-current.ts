import type { CheckContext, GapDraft } from "../check-types";
import { compareDates, daysBetween } from "../dates";
import type { BridgeLetter, IsoDate, SocReport } from "../types";
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
  const stated = statedNextReport(report, vendor.bridgeLetters);
  const promise =
    stated === null
      ? ""
      : compareDates(stated, asOf) > 0
        ? ` The vendor states its next report for ${stated}.`
        : ` The vendor stated its next report for ${stated}; it has not arrived.`;
  return [
    {
      subject: report.documentId,
      severity: forTier("high", vendor.tier),
      title: "SOC report older than policy allows",
      detail: `The ${describeSocReport(report)} ended ${age} days before ${asOf}; policy allows ${policy.maxReportAgeDays}. Ask for the current report.${promise}`,
      citation: citeField(report, "periodEnd"),
      blocksDocument: report.documentId,
      // The fix cannot come before the vendor's stated date: due then (or by SLA, if later).
      ...(stated !== null && compareDates(stated, asOf) > 0 ? { dueBy: stated } : {}),
    },
  ];
}

/** The latest next-report date the vendor states, in the report itself or in a bridge letter. */
export function statedNextReport(report: SocReport, letters: BridgeLetter[]): IsoDate | null {
  const dates = [report.nextReportDate, ...letters.map((letter) => letter.nextReportExpected)]
    .filter((date): date is IsoDate => !!date)
    .sort(compareDates);
  return dates.at(-1) ?? null;
}
