// Dates a certificate tells in running sentences rather than beside labels: "This certificate was first issued on the
// 2nd day of April 2018. It is issued on the 15th day of March 2024 and remains valid until the 1st day of April 2027",
// "originally certified on 4 May 2019", "expires on 3 June 2028". A sentence wraps where the line ends, so a date's
// words may stand on two lines, and a typesetter may break a word there with a hyphen ("It is is-" / "sued on"): the
// sentences are read with their lines joined, each offset mapped back to the page text for the citation.
import { DATE_PATTERN } from "./dates";

/** The text with line breaks as spaces and words broken at a line's end joined; `at[i]` is character i's offset. */
export function joinedLines(text: string): { text: string; at: number[] } {
  let out = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // "is-⏎sued": a letter, a hyphen, the line break, a lower-case letter.
    if (c === "-" && text[i + 1] === "\n" && /\p{L}/u.test(text[i - 1] ?? "") && /\p{Ll}/u.test(text[i + 2] ?? "")) {
      i++;
      continue;
    }
    out += c === "\n" || c === "\t" ? " " : c;
    at.push(i);
  }
  return { text: out, at };
}

// Between the words and the date: "on", "from", a colon, an article ("until the 1st day of April").
const TO_DATE = String.raw`[ ,:]*(?:(?:on|from|as\s+of|dated)\s+)?(?:the\s+)?`;
const FIRST = String.raw`(?:first|originally|initially)`;

const PROSE = {
  original: new RegExp(
    String.raw`\b(?:${FIRST}\s+(?:issued|certified|registered|approved|granted)|(?:certified|registered|approved)\s+since)${TO_DATE}(${DATE_PATTERN})`,
    "gi",
  ),
  // "issued on", "re-issued on", "this certificate is issued": not the first issue.
  issue: new RegExp(String.raw`(?<!${FIRST}\s+)\b(?:re-?)?issued${TO_DATE}(${DATE_PATTERN})`, "gi"),
  expiry: new RegExp(
    String.raw`\b(?:(?:remains?|is|shall\s+be)\s+valid\s+(?:until|till|through|up\s+to)|valid\s+(?:until|till|through)|expires?)${TO_DATE}(${DATE_PATTERN})`,
    "gi",
  ),
} as const;

export type ProseDate = { date: string; offset: number; length: number };

/** The first date each kind of sentence gives, with its offset and length in `text` (lines as printed). */
export function proseDates(text: string): Partial<Record<keyof typeof PROSE, ProseDate>> {
  const joined = joinedLines(text);
  const out: Partial<Record<keyof typeof PROSE, ProseDate>> = {};
  for (const key of Object.keys(PROSE) as (keyof typeof PROSE)[]) {
    const m = new RegExp(PROSE[key].source, PROSE[key].flags).exec(joined.text);
    if (!m) continue;
    const start = joined.at[m.index]!;
    const end = joined.at[m.index + m[0].length - 1]! + 1;
    out[key] = { date: m[1]!, offset: start, length: end - start };
  }
  return out;
}
