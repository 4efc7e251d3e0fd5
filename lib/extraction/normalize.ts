// Text normalisation applied before any rule matches: real exports carry ligatures, NBSPs and bidi controls.
import { composeSpacingAccents, GRAVE_IN_WORD } from "./spacing-accents";

const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u200B\u200C\u200D\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

export function normalizeText(input: string): string {
  // An all-ASCII text (most pages of a report) is its own NFKC form and holds none of the characters replaced next.
  if (!NON_ASCII.test(input)) return lineEnds(GRAVE_IN_WORD.test(input) ? composeSpacingAccents(input) : input);
  return lineEnds(
    composeSpacingAccents(input)
      .normalize("NFKC")
      .replace(BIDI_CONTROLS, "")
      .replace(SPACES, " ")
      .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
      .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, "-"),
  );
}

const NON_ASCII = /[^\x00-\x7F]/;

function lineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n");
}

/** Collapse whitespace for quotes and comparisons. */
export function squash(input: string): string {
  return input.replace(/\s+/g, " ").trim();
}

/** Letters folded to their base (İ→I, Ş→S, ı→i, é→e), so a word matches however the print or the OCR rendered it. */
export function foldLetters(s: string): string {
  // Only runs of non-ASCII characters are folded: ASCII characters are their own decomposition and combine with no
  // mark (every one is a starter), so decomposing the runs alone gives the same string, and a long report's text is
  // mostly ASCII (decomposing and scanning all of it cost more than reading its rules).
  // A text whose runs are already folded is returned as it is, not copied (a report's text is a few megabytes).
  let parts: string[] | null = null;
  let last = 0;
  for (const m of s.matchAll(NON_ASCII_RUN)) {
    const folded = foldRun(m[0]);
    if (folded === m[0]) continue;
    (parts ??= []).push(s.slice(last, m.index), folded);
    last = m.index + m[0].length;
  }
  if (!parts) return s;
  parts.push(s.slice(last));
  return parts.join("");
}

const NON_ASCII_RUN = /[^\x00-\x7F]+/g;

function foldRun(run: string): string {
  return run
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ı/g, "i");
}

/** Text as a regex source that matches it literally. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
