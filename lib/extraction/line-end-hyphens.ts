// Words a typesetter broke at a line's end with a hyphen ("au-" / "thorised"), joined again in a list item's text.
// TeX and groff hyphenate running text; a browser or word processor breaks a line only after a hyphen that is
// printed ("multi-" / "factor" is "multi-factor"). Which of the two made a document is told by the document itself:
// a typesetter that hyphenates leaves broken words that it prints whole elsewhere ("organi-" / "zation" where
// "organization" is printed on one line). Where it does, a broken word the document prints nowhere else is joined too.

// A word broken at a line's end: letters, a hyphen, the line break, the rest in lower case.
const BROKEN_AT_LINE_END = /(\p{L}{2,})-[ \t]*\n[ \t]*(\p{Ll}{2,})/gu;
// The same in a text whose lines were already joined with a space ("au- thorised").
const BROKEN_IN_JOINED = /(\p{L}+)- (\p{Ll}+)/gu;
const HAS_BROKEN = new RegExp(BROKEN_IN_JOINED.source, "u");

let cached: { text: string; hyphenates: boolean } | null = null;

function printedWhole(lower: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}])`, "u").test(lower);
}

/** Whether the document's typesetter breaks words with hyphens: two or more broken words it also prints whole. */
export function typesetterHyphenates(text: string): boolean {
  if (cached?.text === text) return cached.hyphenates;
  const lower = text.toLowerCase();
  let whole = 0;
  let compounds = 0;
  for (const m of text.matchAll(BROKEN_AT_LINE_END)) {
    const a = m[1]!.toLowerCase();
    const b = m[2]!.toLowerCase();
    if (printedWhole(lower, `${a}-${b}`)) compounds++;
    else if (printedWhole(lower, `${a}${b}`)) whole++;
  }
  const hyphenates = whole >= 2 && whole > compounds;
  cached = { text, hyphenates };
  return hyphenates;
}

/** An item's text with each word broken at a line end ("au- thorised") joined, as the document prints words. */
export function joinBrokenWords(item: string, documentText: string): string {
  if (!HAS_BROKEN.test(item)) return item;
  const lower = documentText.toLowerCase();
  return item.replace(BROKEN_IN_JOINED, (whole, a: string, b: string) => {
    const al = a.toLowerCase();
    const bl = b.toLowerCase();
    if (printedWhole(lower, `${al}-${bl}`)) return `${a}-${b}`;
    if (printedWhole(lower, `${al}${bl}`) || typesetterHyphenates(documentText)) return `${a}${b}`;
    return whole;
  });
}

/**
 * A phrase's pattern that also finds it with a word broken at a line's end ("Complementary subser-" / "vice
 * organization controls"): between any two letters a hyphen and a line break may stand; between words, any space.
 */
export function brokenPhrase(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => [...word].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("(?:-[ \\t]*\\n[ \\t]*)?"))
    .join("\\s+");
}
