import type { CheckContext, GapDraft } from "../check-types";
import { daysBetween } from "../dates";
import { citeField } from "../evidence";

/** Does each bridge letter stay within the policy's maximum length? (§3.7: "three months or less") */
export function checkBridgeLengthWithinLimit({ vendor, policy }: CheckContext): GapDraft[] {
  return vendor.bridgeLetters.flatMap((letter): GapDraft[] => {
    if (!letter.coversFrom || !letter.coversThrough) {
      return [
        {
          subject: letter.documentId,
          severity: "low",
          title: "Could not verify the period a bridge letter covers",
          detail: "The letter's start or end of cover was not found, so its length cannot be checked.",
          citation: citeField(letter, letter.coversFrom ? "coversThrough" : "coversFrom"),
        },
      ];
    }
    const days = daysBetween(letter.coversFrom, letter.coversThrough) + 1;
    // A letter that ends before it starts is reported by bridge-dated-after-period.
    if (days <= 0 || days <= policy.maxBridgeDays) return [];
    return [
      {
        subject: letter.documentId,
        severity: "medium",
        title: "Bridge letter covers longer than policy allows",
        detail: `The letter covers ${days} days (${letter.coversFrom} to ${letter.coversThrough}); policy allows ${policy.maxBridgeDays}. A management letter is no substitute for an audited period that long.`,
        citation: citeField(letter, "coversThrough"),
      },
    ];
  });
}
