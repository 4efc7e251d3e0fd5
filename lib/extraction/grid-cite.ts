// Citing a cell of a table read by position (table-grid.ts): the page its first line is printed on and the run of its
// first lines that is text on that page, so every row a positioned reader returns carries its own exact quote.
import { comparable } from "./citation-check";
import type { CellPart } from "./table-grid";

/** The first header a pattern names (and `not` does not), or null. */
export function column(headers: string[], re: RegExp, not?: RegExp): string | null {
  return headers.find((h) => re.test(h) && !(not && not.test(h))) ?? null;
}

/**
 * The longest run of the cell's first lines that is text on their page, at least its first line: a cell's wrapped
 * lines are contiguous in the page's text only when the PDF draws the cell before the next one.
 */
export function quoteOf(parts: CellPart[], pages: string[]): { page: number; quote: string } | null {
  const first = parts[0];
  const page = first ? pages[first.page] : undefined;
  if (!first || page === undefined) return null;
  const onPage = comparable(page);
  let quote: string | null = null;
  let text = "";
  for (const part of parts) {
    if (part.page !== first.page) break;
    text = text ? `${text} ${part.text}` : part.text;
    // Quotes stay readable (text-index.ts caps them at 320 characters): a longer run stops at its last whole line.
    if ((quote && text.length > 320) || !onPage.includes(comparable(text))) break;
    quote = text;
  }
  return quote ? { page: first.page + 1, quote } : null;
}
