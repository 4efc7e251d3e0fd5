// The header of a positioned table (table-grid.ts): the line of several cells made of header words, with the
// header-word lines just above and below it (a wrapped header, or one centred on its row so its one-line cells sit
// between a two-line cell's lines), their cells merged into columns where they overlap; rotated or narrow one-token
// headers become mark columns.
import type { Column, GridOptions, Item, Line, Table } from "./table-grid";

/** Rotated one-token items standing on (or hanging from) the header line: the headers of a mark matrix. */
function rotatedHeaders(rotated: Item[], line: Line, opts: GridOptions): { header: string; x: number }[] {
  // A rotated item's width runs along the page's height; which way depends on the rotation, so either side counts.
  return rotated
    .filter((r) => opts.markHeader.test(r.text) && Math.abs(r.y - line.y) <= r.x1 - r.x0 + 2 * line.size)
    .map((r) => ({ header: r.text, x: r.x0 }))
    .sort((a, b) => a.x - b.x);
}

/** Whether a cell's every word (brackets and trailing punctuation aside) is a header word; stops at the first that
 *  is not (most lines of a page are body text, asked on every page). */
function allHeaderWords(cell: Item, opts: GridOptions): boolean {
  for (const raw of cell.text.split(/\s+/)) {
    const w = raw === "#" ? raw : raw.replace(/^[([]+|[)\],:;.#?]+$/g, "");
    if (w && !opts.headerWord.test(w)) return false;
  }
  return true;
}

/** A line whose every cell is made of header words (or is a mark column's header). */
function headerish(line: Line, opts: GridOptions): boolean {
  return line.cells.every((c) => isMarkCell(c, opts) || allHeaderWords(c, opts));
}

/** Whether two lines are close enough to be one header's lines. */
const close = (a: Line, b: Line) => Math.abs(a.y - b.y) <= 1.6 * Math.max(a.size, b.size);

/** Whether a line has fewer than two cells that are not mark-column headers (counted until the second). */
function underTwoTextCells(line: Line, opts: GridOptions): boolean {
  let n = 0;
  for (const c of line.cells) if (!isMarkCell(c, opts) && ++n === 2) return false;
  return true;
}

/** A cell made only of mark-column headers (checked on every line of every page, so nothing is built). */
function isMarkCell(cell: Item, opts: GridOptions): boolean {
  // Most cells fail on their first word: only a cell whose first word is a mark header is split.
  const space = cell.text.indexOf(" ");
  if (!opts.markHeader.test(space < 0 ? cell.text : cell.text.slice(0, space))) return false;
  return space < 0 || cell.text.split(" ").every((w) => opts.markHeader.test(w));
}

/**
 * The mark-column headers a header cell is made of, each at its share of the cell's width: narrow upright headers
 * ("CC1.1 CC1.2 CC1.3") can sit closer than a cell gap and come as one cell. Null when the cell is not all headers.
 */
function marksIn(cell: Item, opts: GridOptions): { header: string; x: number }[] | null {
  if (!isMarkCell(cell, opts)) return null;
  const words = cell.text.split(" ");
  const perChar = (cell.x1 - cell.x0) / Math.max(1, cell.text.length);
  let at = 0;
  return words.map((w) => {
    const x = cell.x0 + (at + w.length / 2) * perChar;
    at += w.length + 1;
    return { header: w, x };
  });
}

/**
 * A header line's cells, each split where the body's cells start at one of its later items, well apart from the item
 * before: two headers printed closer than a cell gap ("Criteria  Control Expected of …", a narrow column set tight
 * against the next) are two columns when most body lines start a cell under the second.
 */
function splitAtBody(line: Line, below: Line[]): Item[] {
  const several = below.filter((b) => b.items.length >= 2);
  const shared = (x: number) => several.filter((b) => b.items.some((o) => Math.abs(o.x0 - x) <= 1.5)).length;
  const out: Item[] = [];
  for (const c of line.cells) {
    const parts = line.items.filter((it) => it.x0 >= c.x0 - 0.5 && it.x1 <= c.x1 + 0.5).sort((a, b) => a.x0 - b.x0);
    if (parts.length < 2) {
      out.push(c);
      continue;
    }
    let cur: Item | null = null;
    parts.forEach((it, k) => {
      const gap = k ? it.x0 - parts[k - 1]!.x1 : 0;
      // A space's width apart is enough when the body says so: a spreadsheet prints a header that fills its cell
      // tight against the next cell's ("Country of processing Headquarters", three points apart).
      const split = k > 0 && gap > 0.2 * it.size && shared(it.x0) >= Math.max(2, several.length / 2);
      if (!cur || split) {
        if (cur) out.push(cur);
        cur = { ...it };
      } else {
        cur.text = gap > 0.12 * it.size ? `${cur.text} ${it.text}` : cur.text + it.text;
        cur.x1 = Math.max(cur.x1, it.x1);
      }
    });
    if (cur) out.push(cur);
  }
  return out;
}

/**
 * Whether a line is one cell printed across two or more of the header line's cells: the section's heading over the table
 * ("Complementary User Entity Controls" over "# | Complementary user entity control | Related criteria"), not a
 * wrapped header line, whose parts each sit over one column.
 */
function spansCells(above: Line, header: Line): boolean {
  if (above.cells.length !== 1 || header.cells.length < 2) return false;
  const cell = above.cells[0]!;
  return header.cells.filter((c) => Math.min(c.x1, cell.x1) - Math.max(c.x0, cell.x0) > 0).length >= 2;
}

/**
 * The table whose header has a line at `lines[at]`: that line and the lines of header words just above and below it
 * (a wrapped header, or one centred on its row so its one-line cells sit between a two-line cell's lines), their
 * cells merged into columns where they overlap.
 */
export function headerAt(
  lines: Line[],
  at: number,
  rotated: Item[],
  opts: GridOptions,
): { table: Table; body: number } | null {
  const line = lines[at]!;
  // The header's own line has cells side by side, all of header words (a title or a band near it is neither); or it
  // is the top line of a header whose cells are each centred on the row, so no two share a baseline ("Subservice" /
  // "Services Provided" / "Organization"): the lines of header words below it are read with it.
  // Every line of every page is asked: the cheap tests on positions come before the words are read.
  if (underTwoTextCells(line, opts)) {
    const above = lines[at - 1];
    const below = lines[at + 1];
    const cell = line.cells[0]!;
    if (line.cells.length !== 1 || isMarkCell(cell, opts) || !below || !close(line, below)) return null;
    if (below.cells.every((c) => c.x1 > cell.x0 && c.x0 < cell.x1) || spansCells(line, below)) return null;
    if (!headerish(line, opts) || !headerish(below, opts)) return null;
    if (above && close(above, line) && headerish(above, opts)) return null;
  } else if (!headerish(line, opts)) return null;
  let first = at;
  let last = at;
  while (
    first > 0 &&
    at - first < 2 &&
    close(lines[first - 1]!, lines[first]!) &&
    headerish(lines[first - 1]!, opts) &&
    !spansCells(lines[first - 1]!, line)
  )
    first--;
  while (
    last + 1 < lines.length &&
    last - at < 2 &&
    close(lines[last]!, lines[last + 1]!) &&
    headerish(lines[last + 1]!, opts)
  )
    last++;
  const upright: { header: string; x: number }[] = [];
  const columns: Column[] = [];
  const below = lines.slice(last + 1, last + 13);
  // The header lines each column has a cell on.
  const from = new Map<Column, Set<Line>>();
  for (const l of lines.slice(first, last + 1))
    for (const c of splitAtBody(l, below)) {
      // A one-token header that names a criterion is a mark column even when printed upright ("CC1.1  CC1.2 …").
      const inCell = marksIn(c, opts);
      if (inCell) {
        upright.push(...inCell);
        continue;
      }
      // Overlapping, or nearly: a short word ("#") centred under a longer one may miss it by a little; two cells of
      // one line are two columns unless they overlap.
      const col = columns.find(
        (k) => Math.min(k.x1, c.x1) - Math.max(k.x0, c.x0) > (from.get(k)?.has(l) ? 0 : -0.8 * c.size),
      );
      if (!col) {
        const added = { header: c.text, x0: c.x0, x1: c.x1 };
        columns.push(added);
        from.set(added, new Set([l]));
      } else {
        from.get(col)?.add(l);
        col.header = `${col.header} ${c.text}`;
        col.x0 = Math.min(col.x0, c.x0);
        col.x1 = Math.max(col.x1, c.x1);
      }
    }
  columns.sort((a, b) => a.x0 - b.x0);
  const marks = [...rotatedHeaders(rotated, line, opts), ...upright].sort((a, b) => a.x - b.x);
  if (columns.length < 2 || columns.length + marks.length < (opts.minColumns ?? 3)) return null;
  const body = last + 1;
  const headers = columns.map((c) => c.header);
  if (
    !opts.isHeader(
      headers,
      marks.map((m) => m.header),
    )
  )
    return null;
  // A cell belongs to the column its left edge is in; two columns meet halfway across the gap between their headers
  // (a centred header sits inside its column, a left-aligned one at its edge: halfway is inside both gaps).
  const bounds = columns.slice(1).map((c, i) => (columns[i]!.x1 + c.x0) / 2);
  return {
    table: { columns, bounds, marks, grid: { headers, markHeaders: marks.map((m) => m.header), rows: [] } },
    body,
  };
}
