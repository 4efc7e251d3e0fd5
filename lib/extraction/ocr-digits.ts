// OCR reads a date's digits as look-alike letters: "1O October 2O17", "O7/03/2021", "March l8, 2024" (O and o for 0,
// l, I and | for 1). On a recognised page, the digits of date-shaped tokens are put back, one character for one, so
// offsets and citations stay where they were. Only tokens that already hold real digits and stand where a date's
// parts stand are touched: a word is never turned into a number.
import { MONTH_ALTERNATION } from "./dates";

const LOOK_ALIKE = /[OoIl|]/g;
const DIGIT_OF: Record<string, string> = { O: "0", o: "0", I: "1", l: "1", "|": "1" };
const toDigits = (s: string) => s.replace(LOOK_ALIKE, (c) => DIGIT_OF[c]!);
const realDigits = (s: string) => (s.match(/\d/g) ?? []).length;

const D = "[0-9OoIl|]";
// "O7/03/2021", "06.O3.2027", "2O19-05-12": numeric dates with at least four real digits.
const NUMERIC = new RegExp(`(?<![\\w|])${D}{1,4}[./-]${D}{1,2}[./-]${D}{2,4}(?![\\w|])`, "g");
// "2O26", "20l9": a year with at least two real digits, next to a month name or ending a numeric date's line.
const YEAR = new RegExp(
  `(?<=${MONTH_ALTERNATION}\\.?,?\\s{1,3}(?:${D}{1,2}(?:st|nd|rd|th)?,?\\s{1,3})?)(?:1[9]|2[0Oo])${D}{2}(?![\\w|])`,
  "giu",
);
// "1O October", "2l March": a day with one real digit before a month name.
const DAY_BEFORE = new RegExp(`(?<![\\w|])${D}{1,2}(?=(?:st|nd|rd|th)?\\s{1,3}${MONTH_ALTERNATION}\\b)`, "giu");
// "March l8, 2024": a day after a month name and before a year.
const DAY_AFTER = new RegExp(`(?<=${MONTH_ALTERNATION}\\s{1,3})${D}{1,2}(?=,?\\s{1,3}${D}{4}(?![\\w|]))`, "giu");

/** `text` with the look-alike letters of its date-shaped tokens read as the digits they stand for (same length). */
export function repairOcrDateDigits(text: string): string {
  const fix = (min: number) => (m: string) => (realDigits(m) >= min && /[OoIl|]/.test(m) ? toDigits(m) : m);
  return text.replace(NUMERIC, fix(4)).replace(DAY_BEFORE, fix(1)).replace(DAY_AFTER, fix(1)).replace(YEAR, fix(2));
}
