// The line that closes an auditor's report with where and when it was signed, in the ways firms print it:
// "San Jose, California. March 3, 2025", "Hamburg, 4 December 2025", "Monterrey, N.L., Mexico — March 20, 2026",
// "Boston, Massachusetts | March 3, 2026", "São Paulo, SP, Brazil, 10 March 2026", "Issued at Boise, Idaho on November
// 6th, 2026", "Signed at Cape Town on 3 March 2026", or a date alone ("Dated: 3 March 2026"). The place is one to three parts set apart by commas, each of a
// few words in any alphabet; the date comes after a full stop, a comma, a dash, a bar, a middle dot or "on".
import { DATE_PATTERN } from "./dates";
import { squash } from "./normalize";

const WORD = "\\p{L}[\\p{L}.'’-]*";
const PART = `${WORD}(?:[ \\t]+${WORD}){0,3}`;
// "Issued at", "Signed in", "Dated at": the words that lead the place are not the place.
const LEAD = "(?:Issued|Signed|Dated|Made|Given)[ \\t]+(?:at|in)[ \\t]+";
// A city alone before a day-first date ("Hamburg, 4 December 2025"), as German and Dutch reports sign.
const PLACE = `${PART}(?:,[ \\t]*${PART}){1,2}|${PART}(?=,\\s*\\d)`;
const BETWEEN = "(?:[ \\t]+on[ \\t]+|[ \\t]*[–—|·•][ \\t]*|[ \\t]+-[ \\t]+|[.,]?\\s+)";

/** A line that is a date, optionally after the place; group 1 is the place (with any lead words), group 2 the date. */
export function placeDateLine(): RegExp {
  return new RegExp(
    // After "Signed at" a city alone is the place ("Signed at Cape Town on 3 March 2026").
    `^[ \\t_*]*(?:Date[d]?\\s*:?\\s*)?(?:((?:${LEAD})?(?:${PLACE})|${LEAD}${PART})[.,]?${BETWEEN})?(${DATE_PATTERN})[ \\t_*]*$`,
    "gimu",
  );
}

/**
 * The place as a reader wants it: without "Issued at" before it or "on" after it; null when what stands there opens in
 * lower case (a sentence's end, not a place).
 */
export function cleanPlace(raw: string): string | null {
  const place = squash(raw)
    .replace(/^(?:Issued|Signed|Dated|Made|Given)\s+(?:at|in)\s+/i, "")
    // A closing abbreviation keeps its full stop ("U.S.A.", "N.L."); a sentence's does not.
    .replace(/(?<!\b\p{Lu}\.\p{Lu})[.,]$/u, "")
    .replace(/\s+on$/i, "");
  return /^\p{Lu}/u.test(place) ? place : null;
}
