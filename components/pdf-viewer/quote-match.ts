// Where a fact's quote sits in a page's text pieces (pdf.js text-layer items, or a text file's one piece).
// Compared the way lib/extraction/citation-check.ts compares a quote with its page: Unicode NFKC, one kind of
// quote and dash, case and white space ignored — pdf.js splits a line into items at font changes and the
// extractor joined them with spaces or newlines, so neither side's spacing can be trusted.
import { normalizeText } from "@/lib/extraction/normalize";

/** Characters [start, end) of piece `item` belong to the quote. */
export type QuoteRange = { item: number; start: number; end: number };

type Mapped = { text: string; item: number[]; offset: number[] };

function comparableChars(pieces: readonly string[]): Mapped {
  let text = "";
  const item: number[] = [];
  const offset: number[] = [];
  pieces.forEach((piece, i) => {
    let at = 0;
    for (const ch of piece) {
      // One source character can become several (a ligature) or none (a bidi mark, white space).
      const norm = normalizeText(ch).replace(/\s+/g, "").toLowerCase();
      // One entry per UTF-16 unit, as indexOf counts.
      for (let u = 0; u < norm.length; u++) {
        item.push(i);
        offset.push(at);
      }
      text += norm;
      at += ch.length;
    }
  });
  return { text, item, offset };
}

function comparableQuote(quote: string): string {
  return normalizeText(quote)
    .replace(/(…|\.\.\.)\s*$/, "")
    .replace(/^\s*(…|\.\.\.)/, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

function toRanges(map: Mapped, pieces: readonly string[], from: number, to: number): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  for (let k = from; k < to; k++) {
    const i = map.item[k]!;
    const start = map.offset[k]!;
    const ch = pieces[i]!.codePointAt(start)!;
    const end = start + (ch > 0xffff ? 2 : 1);
    const last = ranges.at(-1);
    // Consecutive quote characters in one piece: what lies between them was skipped white space.
    if (last && last.item === i) last.end = Math.max(last.end, end);
    else ranges.push({ item: i, start, end });
  }
  return ranges;
}

/**
 * The pieces of text that make up `quote`, or [] when it is not on this page. A quote the extractor cut
 * with "…", or one that runs onto the next page, still marks the part found here: the longest of its
 * lines that is on the page and long enough not to match by chance.
 */
export function findQuote(pieces: readonly string[], quote: string): QuoteRange[] {
  const map = comparableChars(pieces);
  const whole = comparableQuote(quote);
  if (!whole) return [];
  const at = map.text.indexOf(whole);
  if (at >= 0) return toRanges(map, pieces, at, at + whole.length);
  const parts = quote
    .split(/\n|…|\.\.\./)
    .map(comparableQuote)
    .filter((p) => p.length >= 12)
    .sort((a, b) => b.length - a.length);
  for (const part of parts) {
    const i = map.text.indexOf(part);
    if (i >= 0) return toRanges(map, pieces, i, i + part.length);
  }
  return [];
}
