import { bridgesReport, chronologyProblems } from "../bridges";
import type { CheckContext, GapDraft } from "../check-types";
import { compareDates, daysBetween } from "../dates";
import { citeField, reliedOnSocReport } from "../evidence";
import { forTier } from "../severity";

/**
 * Is the time between the report's period end and asOf (or the later reliance date) covered?
 * A bridge letter extends cover to its own end date; a letter whose dates are impossible extends
 * nothing. (§3.7: bridge letters, usually <= 3 months)
 */
export function checkBridgeCoversGap({ vendor, policy, coverUntil }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  if (!report?.periodEnd) return [];
  const periodEnd = report.periodEnd;
  const letters = vendor.bridgeLetters.filter((letter) => bridgesReport(letter, report));
  const usable = letters.filter((letter) => letter.coversThrough && chronologyProblems(letter, periodEnd).length === 0);
  const coveredThrough = usable
    .map((letter) => letter.coversThrough!)
    .reduce((a, b) => (compareDates(a, b) >= 0 ? a : b), periodEnd);
  const uncovered = daysBetween(coveredThrough, coverUntil);
  // The allowance runs once, from the period end: a letter that ends does not start a new one.
  const bridged = coveredThrough !== periodEnd;
  const allowance = bridged ? 0 : policy.bridgeRequiredAfterDays;
  if (uncovered <= allowance) return [];

  const letterNote =
    letters.length === 0
      ? "No bridge letter for this report is on file."
      : usable.length === 0
        ? "The bridge letter on file cannot be relied on (its dates are impossible or missing)."
        : `The bridge letter on file covers through ${coveredThrough}.`;
  return [
    {
      subject: report.documentId,
      severity: forTier("medium", vendor.tier),
      title: "Gap since the report period is not covered by a bridge letter",
      detail: bridged
        ? `Cover ends ${coveredThrough}, ${uncovered} days before ${coverUntil}; the policy's ${policy.bridgeRequiredAfterDays} days without a bridge letter run from the period end, not again after a letter. ${letterNote}`
        : `Cover ends ${coveredThrough}, ${uncovered} days before ${coverUntil}; policy allows ${policy.bridgeRequiredAfterDays} days without a bridge letter. ${letterNote}`,
      citation: citeField(report, "periodEnd"),
      // A letter can only vouch for cover up to a day that has passed: due when cover is needed until.
      dueBy: coverUntil,
    },
  ];
}
