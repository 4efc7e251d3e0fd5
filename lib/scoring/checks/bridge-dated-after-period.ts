import { bridgedPeriodEnd, chronologyProblems } from "../bridges";
import type { CheckContext, GapDraft } from "../check-types";
import { citeField } from "../evidence";
import { forTier } from "../severity";

/** Is each bridge letter dated after the period it bridges, with dates that follow each other? (§3.7) */
export function checkBridgeDatedAfterPeriod({ vendor }: CheckContext): GapDraft[] {
  return vendor.bridgeLetters.flatMap((letter): GapDraft[] => {
    const periodEnd = bridgedPeriodEnd(letter, vendor.socReports);
    const problems = chronologyProblems(letter, periodEnd);
    if (problems.length > 0) {
      return [
        {
          subject: letter.documentId,
          severity: forTier("high", vendor.tier),
          title: "Bridge letter dated before the period it bridges",
          detail: `As printed, ${problems.join("; ")}. A letter cannot vouch for a period that had not ended; ask the vendor to reissue it with correct dates.`,
          citation: citeField(letter, "letterDate"),
        },
      ];
    }
    if (!periodEnd || !letter.letterDate) {
      return [
        {
          subject: letter.documentId,
          severity: "low",
          title: "Could not verify a bridge letter's dates",
          detail: !letter.letterDate
            ? "The letter's date was not found."
            : "The letter does not say which report period it bridges.",
          citation: citeField(letter, "letterDate"),
        },
      ];
    }
    return [];
  });
}
