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
  let text = "";
  for (const page of doc.pages) {
    starts.push(text.length);
    text += page + PAGE_BREAK;
  }
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

/** The whole line(s) holding [offset, offset+length), whitespace collapsed, capped so a quote stays readable. */
export function quoteAt(index: TextIndex, offset: number, length: number, max = 320): string {
  // A quote never runs past the end of the page it is cited on (a match may span a page break).
  const page = pageAt(index, offset);
  const pageEnd = page < index.starts.length ? index.starts[page]! - PAGE_BREAK.length : index.text.length;
  const start = index.text.lastIndexOf("\n", offset - 1) + 1;
  let end = index.text.indexOf("\n", offset + Math.max(length, 1) - 1);
  if (end < 0 || end > pageEnd) end = pageEnd;
  let quote = squash(index.text.slice(start, end));
  if (quote.length > max) {
    const inner = squash(index.text.slice(offset, Math.min(offset + length, pageEnd)));
    quote = inner.length > max ? `${inner.slice(0, max - 1)}…` : inner;
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

export function searchAll(index: TextIndex, re: RegExp): RegExpExecArray[] {
  const flags = re.flags.includes("g") ? re.flags : `${re.flags}g`;
  return [...index.text.matchAll(new RegExp(re.source, flags))];
}
