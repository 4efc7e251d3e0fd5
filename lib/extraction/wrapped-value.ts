// A value printed under or beside its label and wrapped over lines of its own column ("Version 4.1 of 15" over
// "September 2025" in a grid of labels above values): the lines below the value's first cell that start at its left
// edge, while the value read so far is visibly unfinished. Lines with nothing in the column between them (a
// neighbouring cell centred in its row) are passed over.
import type { Cell, Page } from "./layout";

/** A value that ends like this goes on on the next line: a joining word, a comma or hyphen, a day or month alone. */
const UNFINISHED =
  /(?:\b(?:of|dated?|on|from|version|ver\.?|issue|rev\.?|v)|[,\-–]|\b\d{1,2}\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s*$/i;

/** The value read so far ends mid-reference ("Version 8.2 of 15"): its next line in the column goes on with it. */
export const unfinished = (text: string) => UNFINISHED.test(text);

export type WrappedValue = { text: string; lastLine: number; end: number };

/** The value that starts in `cell` on line `li`, with the lines it wraps onto (at most `max`). */
export function wrappedValue(page: Page, li: number, cell: Cell, from: number, max = 3): WrappedValue {
  let text = page.text.slice(from, cell.start + cell.text.length).trim();
  let last = page.lines[li]!;
  let lastLine = li;
  let end = cell.start + cell.text.length;
  for (let k = li + 1; k < page.lines.length && k <= lastLine + max && UNFINISHED.test(text); k++) {
    const line = page.lines[k]!;
    if (line.y - last.y > 1.6 * Math.max(line.size, last.size, 1)) break;
    const under = line.cells.find((c) => c.x0 < cell.x1 && c.x1 > cell.x0);
    if (!under) continue;
    // Another cell under the column (not at its edge), or text in another type size (the next row's label), ends it.
    if (Math.abs(under.x0 - cell.x0) > 0.5 * cell.size || Math.abs(under.size - cell.size) >= 0.2 * cell.size) break;
    // A word broken with a hyphen at the line's end goes on without it ("Octo-" / "ber 2025").
    text =
      /\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(under.text) ? text.slice(0, -1) + under.text : `${text} ${under.text}`;
    last = line;
    lastLine = k;
    end = under.start + under.text.length;
  }
  return { text, lastLine, end };
}
