// A scanned PDF often carries the scanner's own invisible OCR text layer. When that layer is garbled the parser reads
// the page image again (ADR 017) and the facts come from the new reading; but the file's own layer is what a reader
// copies, searches or feeds to another tool. A printed date or number that this layer gets wrong ("l9.o3-2027" for
// "19.03.2027") is a consistency finding about the file, cited on the value as the page image shows it.
import { DATE_PATTERN } from "./dates";
import { flagOn } from "./flags";
import { escapeRe, squash } from "./normalize";
import type { Facts, FlagCitation } from "./types";

/** Characters an OCR engine reads in place of each digit (and separators it swaps). */
const LOOK_ALIKE: Record<string, string> = {
  "0": "0oOQD",
  "1": "1lIı|!i",
  "2": "2zZ",
  "3": "3",
  "4": "4A",
  "5": "5sS",
  "6": "6bG",
  "7": "7",
  "8": "8B",
  "9": "9gq",
};

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, "\\$&");
}

/** A pattern matching `printed` as a failed OCR may have read it: look-alike characters, any date separator. */
function misreadPattern(printed: string): RegExp {
  const parts = [...printed].map((ch) => {
    if (LOOK_ALIKE[ch]) return `[${escapeClass(LOOK_ALIKE[ch])}]`;
    if (/[.\-/,]/.test(ch)) return "[.\\-/,:;'\\s]?";
    if (/\s/.test(ch)) return "\\s*";
    return escapeRe(ch);
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join("")}(?![\\p{L}\\p{N}])`, "u");
}

/** The printed dates of a quote (as printed, not as ISO values). */
function printedDates(quote: string): string[] {
  return [...quote.matchAll(new RegExp(DATE_PATTERN, "gi"))].map((m) => m[0]).filter((d) => /\d/.test(d));
}

/**
 * Flags, for each fact read from a page whose own garbled text layer was replaced by OCR, a printed date the own layer
 * reads differently. `ownLayers`: page number (1-based) → that page's own text layer.
 */
export function garbledLayerFlags(facts: Facts, ownLayers: Map<number, string>): FlagCitation[] {
  const flags: FlagCitation[] = [];
  const seen = new Set<string>();
  for (const fact of Object.values(facts)) {
    const layer = fact.page === null ? undefined : ownLayers.get(fact.page);
    if (!layer || !fact.quote) continue;
    const own = squash(layer);
    for (const printed of printedDates(fact.quote)) {
      if (seen.has(printed) || own.includes(printed)) continue;
      const misread = misreadPattern(printed).exec(own)?.[0];
      if (!misread || misread === printed) continue;
      seen.add(printed);
      flags.push(
        flagOn(
          `The file's own text layer on page ${fact.page} (a scanner's OCR) reads the printed "${printed}" as "${misread}": text copied or searched from this PDF differs from the page image`,
          fact,
        ),
      );
    }
  }
  return flags;
}
