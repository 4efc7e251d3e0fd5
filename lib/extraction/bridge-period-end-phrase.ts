// A bridge letter can name where its bridge period starts by words instead of a date: "no material changes … between
// the end of the period covered by that report and March 31, 2026", "since the end of the review period through
// 30 June 2026". The one date printed is then the end of what the letter vouches for; with no "as of" date and no
// printed range it is the no-change date (the letter's own date is only the fallback when nothing else is said).
import { DATE_PATTERN } from "./dates";
import { searchEach, type TextIndex } from "./text-index";

// "the end of the period covered by that report", "the end of our most recent audit period", "the report's period end".
const PERIOD_END_WORDS = String.raw`(?:the\s+end\s+of\s+(?:the|that|this|our|its|their)\s+(?:[\w'’-]+\s+){0,8}?(?:period|report)\b[^.;]{0,80}?|the\s+(?:report(?:'s|’s)?\s+)?period\s+end\b[^.;]{0,40}?)`;

const FROM_PERIOD_END_TO_DATE = new RegExp(
  String.raw`\b(?:between\s+${PERIOD_END_WORDS}\s+and|(?:since|from)\s+${PERIOD_END_WORDS}\s*,?\s+(?:through|to|until|thru))\s+(?:and\s+including\s+)?(${DATE_PATTERN})`,
  "gi",
);

/** The date a "from the end of the report's period to <date>" phrase ends the bridge at, in a sentence about changes. */
export function periodEndPhraseThrough(index: TextIndex): RegExpExecArray | null {
  for (const m of searchEach(index, FROM_PERIOD_END_TO_DATE)) {
    const sentenceStart = Math.max(index.text.lastIndexOf(". ", m.index), 0);
    const sentence = index.text.slice(sentenceStart, m.index + m[0].length + 200);
    if (/\bchanges?\b|\bnot\s+aware\b/i.test(sentence)) return m;
  }
  return null;
}
