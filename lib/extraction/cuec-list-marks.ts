// How a CUEC list is headed and how its items are marked, beyond "Complementary User Entity Controls" over "•" bullets.
// Word processors print bullets from symbol fonts (U+F0B7 and its neighbours in the private use area, "o" for a
// second level, arrows "➢", dashes "–"), and letter items "(a)", "b)"; reports head the list "Complementary User Entity
// Control Considerations", "User Entity Responsibilities" or "Customer Responsibilities", sometimes numbered
// ("4. Complementary User Entity Controls"). The mark is the list's, not the item's words.

// A bullet glyph of any of those kinds, or a lower-case letter or roman numeral in brackets or before ")" or ".";
// "o" only before a capital (a sentence may open with "o" nowhere, but a word may).
const MARK = String.raw`(?:[•●▪◦*\-–—➢➤►▶■□◆❖✓✔\u{F000}-\u{F0FF}]|o(?=[ \t]+[A-Z])|\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})[.)](?=[ \t]))`;

/** A line that is one list item: its mark, then its words (group 1). */
export const LIST_ITEM = new RegExp(String.raw`^\s*${MARK}\s+(.+)$`, "u");

/** A CUEC section's heading on a line of its own, optionally numbered and with "(CUECs)" after it. */
export const CUEC_HEADING =
  /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:Complementary\s*User\s*Entity\s*Controls?(?:\s*Considerations)?|User\s*Entity\s*(?:Control\s*Considerations|Responsibilities)|(?:Customer|Client)\s*(?:Control\s*)?Responsibilities)[ \t]*(?:\(CUECs?\))?[ \t]*\n/gim;

/** An item's text without the list mark a reader left at its start. */
export function withoutListMark(text: string): string {
  return text.replace(new RegExp(String.raw`^${MARK}\s+`, "u"), "");
}
