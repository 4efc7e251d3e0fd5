// A document's pages joined into one searchable string, with the offsets needed to cite a PDF page and a quote.
import type { Fact, TextDocument } from "./types";
import { squash } from "./normalize";

export type TextIndex = {
  doc: TextDocument;
  text: string;
  /** starts[i] = offset in `text` where page i+1 begins. */
  starts: number[];
};

const PAGE_BREAK = "\n\n";

export function buildTextIndex(doc: TextDocument): TextIndex {
  const starts: number[] = [];
  let at = 0;
  for (const page of doc.pages) {
    starts.push(at);
    at += page.length + PAGE_BREAK.length;
  }
  // Joined in one go: a string grown page by page is a rope that the first regex over it has to copy flat (about
  // as long as a rule's whole scan of a long report). The trailing "" gives the last page its break too.
  const text = doc.pages.length ? [...doc.pages, ""].join(PAGE_BREAK) : "";
  return { doc, text, starts };
}

export function pageAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Where the page holding `offset` ends in `text` (its page break excluded). */
export function pageEnd(index: TextIndex, offset: number): number {
  const next = index.starts[pageAt(index, offset)];
  return next === undefined ? index.text.length : next - PAGE_BREAK.length;
}

/**
 * The whole line(s) holding [offset, offset+length), whitespace collapsed, capped so a quote stays readable. The
 * quote never runs past the end of the page it is cited on, and a long one is cut at a word, without an ellipsis,
 * so it stays text that is on that page.
 */
export function quoteAt(index: TextIndex, offset: number, length: number, max = 320): string {
  const limit = pageEnd(index, offset);
  const start = index.text.lastIndexOf("\n", offset - 1) + 1;
  let end = index.text.indexOf("\n", Math.min(offset + Math.max(length, 1) - 1, limit));
  if (end < 0 || end > limit) end = limit;
  let quote = squash(index.text.slice(start, end));
  if (quote.length > max) {
    const inner = squash(index.text.slice(offset, Math.min(offset + length, limit)));
    quote = inner.length > max ? inner.slice(0, max).replace(/\s+\S*$/, "") : inner;
  }
  return quote;
}

export function factAt<T>(
  index: TextIndex,
  value: T,
  offset: number,
  length: number,
  confidence: number,
  note?: string,
): Fact<T> {
  // A match that starts with whitespace (a pattern's leading \s*) may start in the previous page's break: cite
  // the page where its text is.
  while (length > 1 && /\s/.test(index.text[offset] ?? "")) {
    offset++;
    length--;
  }
  const fact: Fact<T> = { value, page: pageAt(index, offset), quote: quoteAt(index, offset, length), confidence };
  if (note) fact.note = note;
  return fact;
}

export function missing(note?: string): Fact<never> {
  return note
    ? { value: null, page: null, quote: null, confidence: 0, note }
    : { value: null, page: null, quote: null, confidence: 0 };
}

/** First regex match at or after `from`; the regex must not be sticky. */
export function search(index: TextIndex, re: RegExp, from = 0): RegExpExecArray | null {
  const flags = re.flags.includes("g") ? re.flags : `${re.flags}g`;
  const g = new RegExp(re.source, flags);
  g.lastIndex = from;
  return g.exec(index.text);
}

/**
 * Every regex match in order, each found when the loop asks for it: a caller that stops at the match it wants does
 * not scan the rest of a long report (searchAll finds them all first).
 */
export function searchEach(index: TextIndex, re: RegExp): IterableIterator<RegExpExecArray> {
  const flags = re.flags.includes("g") ? re.flags : `${re.flags}g`;
  return index.text.matchAll(new RegExp(re.source, flags));
}

/** The first match that `keep` accepts, scanning no further. */
export function findMatch(
  index: TextIndex,
  re: RegExp,
  keep: (m: RegExpExecArray) => boolean,
): RegExpExecArray | undefined {
  for (const m of searchEach(index, re)) if (keep(m)) return m;
  return undefined;
}

export function searchAll(index: TextIndex, re: RegExp): RegExpExecArray[] {
  const flags = re.flags.includes("g") ? re.flags : `${re.flags}g`;
  return [...index.text.matchAll(new RegExp(re.source, flags))];
}
