// A table read by position from a PDF's text items, whatever order the content stream drew its cells in. The header
// (a line of several cells made of header words, with the header-word lines just above and below it: wrapped or
// vertically centred headers; rotated or narrow one-token headers over a matrix of marks) gives the columns; a
// column's left edge is where most body cells start under it; each body item goes to the column its left edge falls
// in; a row starts where the first (key) column has text after a gap wider than a wrapped cell's line spacing, and
// the lines of a wrapped cell join the open row. Rows go on under the next page's repeated header, or on a next page
// without a header whose cells start on the same column edges.
import type { PageLayout, RawItem } from "./layout";
import { normalizeText } from "./normalize";
import { headerAt } from "./table-header";

/** One line of a cell as printed: the page (0-based) and the text of the cell on that line. */
export type CellPart = { page: number; text: string };
export type GridCell = { text: string; parts: CellPart[] };
export type GridRow = {
  /** Cell text by column header (wrapped lines joined by a space); an empty column is absent. */
  cells: Record<string, GridCell>;
  /** The headers of the mark columns (rotated or one-token headers) that have a mark in this row. */
  marks: string[];
  /** Where the row starts (0-based page) and its first key-column line, as printed there. */
  page: number;
  quote: string;
  /** A line printed across several columns (a section band, "Management's response: …"), not a data row. */
  band: boolean;
};
export type Grid = { headers: string[]; markHeaders: string[]; rows: GridRow[] };

export type GridOptions = {
  /** Whether the horizontal header cells (left to right) and the mark headers name the wanted table. */
  isHeader: (cells: string[], markHeaders: string[]) => boolean;
  /** The words header cells are made of ("Tests", "Performed", "by", "#"): a header line holds nothing else. */
  headerWord: RegExp;
  /** A mark column's header (rotated or narrow): "CC6.1". */
  markHeader: RegExp;
  /** A key-column text that starts a row even right under the previous line (rows without padding); otherwise a
   *  row starts only after a gap wider than a wrapped cell's line spacing. */
  rowKey?: RegExp;
  /** A key-column text (an id such as "CC6.1") that starts a row right under the previous line when the cells beside
   *  it start anew: in some column the line above ended a sentence and this line starts with a capital, and no
   *  column's line above ended in a hyphen. Rows printed without padding whose ids could also be a wrapped list. */
  idKey?: RegExp;
  /** Whether a line starting left of the table (of its header and its first row) ends it: the heading or paragraph
   *  printed at the page's margin after a table whose cells are padded in from it. */
  endAtMargin?: boolean;
  /** Whether a paragraph printed across the columns (a band of 60 characters or more) ends the table: a table with
   *  no band rows of its own, followed by the next section's text. */
  endAtParagraph?: boolean;
  /** Whether a line whose cells all had room on the line above for their first word starts a row even at a wrapped
   *  cell's spacing (a cell wraps only when its line is full): one-line rows printed without padding. */
  wrapOnlyWhenFull?: boolean;
  /** Whether a line after a row gap starts a row even without text in the first column: a first-column cell that
   *  spans several rows (an organisation over each of its controls). */
  spanningKey?: boolean;
  /** Fewest columns (text and mark columns together) a header has: 3 unless a two-column table is wanted. */
  minColumns?: number;
  /** A line (its whole text) that is no part of the table although printed inside it: a page-break notice such as
   *  "(continued on next page)" under a table's last row on a page. */
  notInTable?: RegExp;
  /** Whether a line with key text after a step a little wider than a wrapped cell's line spacing (by a cell border's
   *  width) starts a row: a word processor's table has no cell padding, only the rule between its rows. */
  ruledRows?: boolean;
  /** Whether a cell's room (`wrapOnlyWhenFull`) ends where its column's widest body line ends rather than at the next
   *  column's edge: a justified or tightly set column's full lines end there, so a short last line followed by a word
   *  that fits is no wrap but the next row's first line. */
  roomToWidestLine?: boolean;
};

export type Item = { text: string; x0: number; x1: number; y: number; size: number };
/** A baseline's items as drawn (`items`) and joined into cells where the gap between two is narrow (`cells`). */
export type Line = { y: number; size: number; cells: Item[]; items: Item[] };
export type Column = { header: string; x0: number; x1: number };
export type Table = {
  columns: Column[];
  bounds: number[];
  marks: { header: string; x: number }[];
  grid: Grid;
  /** Where the body's cells start, column by column, when every column's edge was found in the body. */
  edges?: number[];
};

/** Gap (font sizes) between two items of one line that separates two cells. */
const CELL_GAP = 1.2;
/** A body line this many font sizes below the previous one is past the table's end (a footer, the next section). */
const TABLE_GAP = 5;
/** Marks printed in a matrix cell: check marks, crosses, bullets (Wingdings' check is "ü"). */
const MARK = /^(?:[✓✔√☑✗✘×xX●•■▪◼Yü]|Yes)$/;

/** Text that needs no normalising: printable ASCII, single spaces, no space at either end (most items). */
const PLAIN = /^[!-~](?:[!-~]| (?! ))*$/;

function itemsOf(raw: RawItem[]): { flat: Item[]; rotated: Item[] } {
  const flat: Item[] = [];
  const rotated: Item[] = [];
  // An indexed loop: this runs over every item of every page, and destructuring each tuple costs an iterator.
  for (let k = 0; k < raw.length; k++) {
    const [text, x, y, w, size, rot] = raw[k]!;
    const t = PLAIN.test(text) && !text.endsWith(" ") ? text : normalizeText(text).replace(/\s+/g, " ").trim();
    if (!t) continue;
    const item = { text: t, x0: x, x1: x + Math.max(0, w), y, size: size > 0 ? size : 10 };
    (rot ? rotated : flat).push(item);
  }
  return { flat, rotated };
}

/** Items grouped by baseline, then joined into cells where the gap between two items is narrow. */
function linesOf(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups.at(-1);
    if (g && Math.abs(it.y - g[0]!.y) <= 0.45 * Math.max(it.size, g[0]!.size)) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    const cells: Item[] = [];
    for (const it of g.sort((a, b) => a.x0 - b.x0)) {
      const cur = cells.at(-1);
      if (cur && it.x0 - cur.x1 <= CELL_GAP * Math.max(cur.size, it.size)) {
        cur.text = it.x0 - cur.x1 > 0.12 * it.size ? `${cur.text} ${it.text}` : cur.text + it.text;
        cur.x1 = Math.max(cur.x1, it.x1);
      } else cells.push({ ...it });
    }
    return { y: g[0]!.y, size: Math.max(...g.map((i) => i.size)), cells, items: g };
  });
}

/** Adds where a line's cells and words start to `out`: items after a space, not the later runs of a word drawn in
 *  pieces. */
function addWordStarts(line: Line, out: number[]): void {
  const items = line.items;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if ((k === 0 || it.x0 - items[k - 1]!.x1 > 0.3 * it.size) && !MARK.test(it.text)) out.push(it.x0);
  }
}

function wordStarts(line: Line): number[] {
  const out: number[] = [];
  addWordStarts(line, out);
  return out;
}

/** Cell starts sorted by x, each with how many starts lie within 1.5 points of it (counted in one sweep). Typed
 *  arrays: a table's body has thousands of starts, and an object per start was most of this reader's garbage. */
type StartCounts = { xs: Float64Array; ns: Int32Array };
function startCounts(starts: number[]): StartCounts {
  const xs = Float64Array.from(starts).sort();
  const ns = new Int32Array(xs.length);
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    while (xs[lo]! < x - 1.5) lo++;
    while (hi < xs.length && xs[hi]! <= x + 1.5) hi++;
    ns[i] = hi - lo;
  }
  return { xs, ns };
}

/** The body cells' most shared left edge in (left, right] (the leftmost of equals), or null. */
function sharedEdge({ xs, ns }: StartCounts, left: number, right: number): number | null {
  let best = -1;
  for (let i = 0; i < xs.length; i++)
    if (xs[i]! > left && xs[i]! <= right && (best < 0 || ns[i]! > ns[best]!)) best = i;
  return best < 0 ? null : xs[best]!;
}

/**
 * Column edges moved to where the body's cells start: a centred header can start right of a wide column's left edge.
 * A column's edge is the left edge most body cells share between the previous header's centre and its own (the header
 * sits inside its column); a column with no cell starting there keeps the halfway line.
 */
function aligned(table: Table, lines: Line[]): Table {
  const starts: number[] = [];
  for (const l of lines) addWordStarts(l, starts);
  const counts = startCounts(starts);
  const centre = (c: Column) => (c.x0 + c.x1) / 2;
  const size = lines[0]!.size;
  const found = table.columns.map((c, i) =>
    sharedEdge(counts, i ? centre(table.columns[i - 1]!) : -Infinity, centre(c)),
  );
  const bounds = table.bounds.map((halfway, i) => (found[i + 1] != null ? found[i + 1]! - 0.5 * size : halfway));
  const edges = found.every((x) => x !== null) ? (found as number[]) : undefined;
  return { ...table, bounds, ...(edges ? { edges } : {}) };
}

/**
 * A page without a header that goes on with the table of the page before: most of its first lines of several cells
 * start their cells on the table's column edges. The table's lines start at the first line that does.
 */
function continuedAt(table: Table, lines: Line[]): number {
  const edges = table.edges;
  if (!edges) return -1;
  const fits = (l: Line) => wordStarts(l).every((x) => edges.some((e) => Math.abs(e - x) <= 2));
  const several = lines.filter((l) => wordStarts(l).length >= 2).slice(0, 8);
  if (several.length < 2 || several.filter(fits).length < 0.6 * several.length) return -1;
  return lines.findIndex((l) => wordStarts(l).length > 0 && fits(l));
}

function columnAt(table: Table, x: number): number {
  let k = 0;
  while (k < table.bounds.length && x >= table.bounds[k]!) k++;
  return k;
}

/** The mark column a mark is printed under: the nearest header, within the spacing of two mark columns. */
function markAt(table: Table, cell: Item): string | null {
  if (!MARK.test(cell.text) || table.marks.length === 0) return null;
  const x = (cell.x0 + cell.x1) / 2;
  const xs = table.marks.map((m) => m.x);
  const pitch = xs.length > 1 ? (xs.at(-1)! - xs[0]!) / (xs.length - 1) : 2 * cell.size;
  let best: { header: string; x: number } | null = null;
  for (const m of table.marks) if (!best || Math.abs(m.x - x) < Math.abs(best.x - x)) best = m;
  return best && Math.abs(best.x - x) <= Math.max(pitch * 0.75, cell.size) ? best.header : null;
}

function addPart(row: GridRow, header: string, page: number, text: string): void {
  const cell = row.cells[header];
  if (cell) {
    cell.text = `${cell.text} ${text}`;
    cell.parts.push({ page, text });
  } else row.cells[header] = { text, parts: [{ page, text }] };
}

/** Reads one page's body lines into the table, rows continuing the last one open from the previous page. */
/** A body line's items joined into one cell per column (two columns' texts can sit closer than a cell gap). */
function cellsByColumn(table: Table, items: Item[]): { column: number; text: string }[] {
  const out: { column: number; text: string; x1: number; size: number }[] = [];
  for (const it of items) {
    const column = columnAt(table, it.x0);
    const cur = out.at(-1);
    if (cur && cur.column === column) {
      cur.text = it.x0 - cur.x1 > 0.12 * it.size ? `${cur.text} ${it.text}` : cur.text + it.text;
      cur.x1 = Math.max(cur.x1, it.x1);
    } else out.push({ column, text: it.text, x1: it.x1, size: it.size });
  }
  return out;
}

/**
 * The spacing of a wrapped cell's lines: the smallest step between two body lines that start text at the same left
 * edge (a cell centred on its row puts a line halfway between another cell's two lines), else between any two; at
 * most 1.5 font sizes, so a table whose rows are one line each, padded apart, reads a row a line.
 */
function wrapSpacing(lines: Line[]): number {
  if (lines.length < 2) return Infinity;
  const size = lines[0]!.size;
  // Only the smallest step counts, so none is kept; an edge seen twice on a line only repeats the same steps.
  const lastAt = new Map<number, number>();
  let sameEdge = Infinity;
  for (const l of lines) {
    const items = l.items;
    for (const it of items) {
      const x = Math.round(it.x0);
      for (let near = x - 1; near <= x + 1; near++) {
        const y = lastAt.get(near);
        if (y !== undefined && l.y - y > 0.5 * size && l.y - y < sameEdge) sameEdge = l.y - y;
      }
    }
    for (const it of items) lastAt.set(Math.round(it.x0), l.y);
  }
  let found = sameEdge;
  if (found === Infinity)
    for (let i = 1; i < lines.length; i++) {
      const step = lines[i]!.y - lines[i - 1]!.y;
      if (step > 0.5 * size && step < found) found = step;
    }
  return Math.min(found, 1.5 * size);
}

/**
 * Whether a line can be the wrapped lines of the cells above it: in some column where both print text, the line above
 * had no room left for the first word of the line (a cell wraps only when its line is full). A column's room ends
 * where the next column's cells start, the last column's at the right edge of the page's text. When no column prints
 * text on both lines, nothing tells, and the line may be a wrap.
 */
function couldWrap(table: Table, above: Item[], line: Item[], textRight: number): boolean {
  const ends = new Map<number, number>();
  for (const it of above) {
    const k = columnAt(table, it.x0);
    ends.set(k, Math.max(ends.get(k) ?? -Infinity, it.x1));
  }
  let both = false;
  for (const it of line) {
    const k = columnAt(table, it.x0);
    const end = ends.get(k);
    if (end === undefined) continue;
    // Only the first item of the line in its column: the word that would have had to fit above.
    if (line.some((o) => o !== it && columnAt(table, o.x0) === k && o.x0 < it.x0)) continue;
    both = true;
    const limit = k < table.bounds.length ? table.bounds[k]! : textRight;
    const word = it.text.split(" ")[0]!;
    // Capitals and wide letters make a word wider than the item's mean: at least half a font size a letter, and two
    // font sizes for the space before it and the cell's padding.
    const perChar = Math.max((it.x1 - it.x0) / Math.max(1, it.text.length), 0.5 * it.size);
    if (limit - end < word.length * perChar + 2 * it.size) return true;
  }
  return !both;
}

/**
 * Whether a line can go on with the open row's cells (`roomToWidestLine`): in every column where both print text, the
 * cell's last line so far had no room for the line's first word there, its room ending where the column's widest body
 * line ends (where its full lines end), less a space. A wrapped line goes on with every cell it prints in, so one cell
 * with room left says the line is the next row's. When no column prints text in both, nothing tells: it may be a wrap.
 */
function wrapsEveryCell(table: Table, cellEnds: Map<number, number>, line: Item[], widest: Map<number, number>) {
  for (const it of line) {
    const k = columnAt(table, it.x0);
    const end = cellEnds.get(k);
    const right = widest.get(k);
    if (end === undefined || right === undefined) continue;
    if (line.some((o) => o !== it && columnAt(table, o.x0) === k && o.x0 < it.x0)) continue;
    const word = it.text.split(" ")[0]!;
    // Capitals and wide letters make a word wider than the item's mean: at least half a font size a letter.
    const perChar = Math.max((it.x1 - it.x0) / Math.max(1, it.text.length), 0.5 * it.size);
    if (right - end - 0.25 * it.size >= word.length * perChar) return false;
  }
  return true;
}

/** Where each column's widest line of the body ends: the right edge its full lines reach. */
function widestLines(table: Table, lines: Line[]): Map<number, number> {
  const right = new Map<number, number>();
  for (const l of lines)
    for (const it of l.items) {
      const k = columnAt(table, it.x0);
      // A band across the columns is no column's line.
      if (k < table.bounds.length && it.x1 > table.bounds[k]! + it.size) continue;
      right.set(k, Math.max(right.get(k) ?? -Infinity, it.x1));
    }
  return right;
}

function readBody(table: Table, lines: Line[], page: number, opts: GridOptions, textRight = 0): void {
  const rows = table.grid.rows;
  const wrap = wrapSpacing(lines);
  // The widest-line room test only where nothing else sets rows apart: no step between lines a border's width wider
  // than a wrapped cell's spacing (a word processor's ruled rows are told apart by that step instead).
  const borderStep = (l: Line, i: number) =>
    i > 0 && l.y - lines[i - 1]!.y > wrap + Math.max(0.3, 0.03 * l.size) && l.y - lines[i - 1]!.y <= 1.15 * wrap;
  const widest = opts.roomToWidestLine && !lines.some(borderStep) ? widestLines(table, lines) : null;
  let previous: Line | null = null;
  let above: Item[] | null = null;
  // Where each cell of the open row ends on its last line so far (`roomToWidestLine`).
  let cellEnds = new Map<number, number>();
  for (const [at, line] of lines.entries()) {
    if (previous && line.y - previous.y > TABLE_GAP * line.size) break;
    // A page-break notice is skipped as if not printed: it neither joins a cell nor spaces the rows.
    if (opts.notInTable?.test(line.items.map((it) => it.text).join(" "))) continue;
    const gap = previous ? line.y - previous.y : Infinity;
    previous = line;
    const marks: string[] = [];
    const items: Item[] = [];
    for (const it of line.items) {
      const m = markAt(table, it);
      if (m) marks.push(m);
      else items.push(it);
    }
    if (items.length === 0 && marks.length === 0) continue;
    // Text running over a column edge is a band across the table (a section title, a response paragraph).
    const band = items.some((it) => table.bounds.some((b) => it.x0 < b - it.size && it.x1 > b + it.size));
    if (opts.endAtParagraph && band && items.map((it) => it.text).join(" ").length >= 60) break;
    const cells = cellsByColumn(table, items);
    const key = cells.find((c) => c.column === 0);
    const open = rows.at(-1);
    // The first line of a page's body is no wrapped line (a row left open goes on only in a line without key text).
    // A border between rows widens the step by its width (about half a point) over a wrapped cell's spacing.
    const ruled = !!opts.ruledRows && key !== undefined && gap > wrap + Math.max(0.3, 0.03 * line.size);
    const wrapped =
      gap !== Infinity &&
      gap <= 1.15 * wrap &&
      !ruled &&
      !(opts.wrapOnlyWhenFull && textRight > 0 && above && !widest && !couldWrap(table, above, items, textRight)) &&
      !(widest && rows.length > 0 && !wrapsEveryCell(table, cellEnds, items, widest));
    const lineAbove = above;
    above = items;
    // A band goes on over its wrapped lines (the last may fit in the first column); a row's first line has cells.
    const bandGoesOn = open?.band && wrapped && (band || (cells.length === 1 && key !== undefined));
    // A key printed level with the middle of its row ("1" beside the second of a cell's two lines): the row opened on
    // the line above without a key, mid-sentence, and this line's key is that row's.
    const centredKey =
      key !== undefined &&
      wrapped &&
      !!open &&
      !open.band &&
      !open.cells[table.columns[0]!.header] &&
      !!lineAbove?.some((it) => columnAt(table, it.x0) > 0 && !/[.!?:;)]$/.test(it.text.trim()));
    const starts =
      !bandGoesOn &&
      (band ||
        !open ||
        open.band ||
        (key !== undefined &&
          !centredKey &&
          (!wrapped ||
            !!opts.rowKey?.test(key.text) ||
            (!!lineAbove && idStartsAnew(table, opts, key.text, lineAbove, items)))) ||
        (!!opts.spanningKey && !wrapped && cells.length > 0) ||
        (key === undefined && !wrapped && gap !== Infinity && keyBelow(table, line, lines[at + 1], wrap)));
    if (starts)
      rows.push({ cells: {}, marks: [], page, quote: (band ? items[0] : key)?.text ?? cells[0]?.text ?? "", band });
    if (starts) cellEnds = new Map();
    for (const it of items) {
      const k = columnAt(table, it.x0);
      // The line's own end in each column it prints in: that cell's last line now.
      if (!items.some((o) => o !== it && columnAt(table, o.x0) === k && o.x1 > it.x1)) cellEnds.set(k, it.x1);
    }
    const row = rows.at(-1)!;
    for (const m of marks) if (!row.marks.includes(m)) row.marks.push(m);
    if (row.band) addPart(row, table.columns[0]!.header, page, items.map((it) => it.text).join(" "));
    else for (const c of cells) addPart(row, table.columns[c.column]!.header, page, c.text);
  }
}

/**
 * Whether a line without a key, after a row gap, opens a row whose key is printed on the line below, level with the
 * middle of the row's cells: the line stops mid-sentence and the next line, at a wrapped cell's spacing, has a key.
 */
function keyBelow(table: Table, line: Line, next: Line | undefined, wrap: number): boolean {
  if (!next || next.y - line.y > 1.15 * wrap) return false;
  if (!next.items.some((it) => columnAt(table, it.x0) === 0 && !markAt(table, it))) return false;
  return line.items.some((it) => columnAt(table, it.x0) > 0 && !/[.!?:;)]$/.test(it.text.trim()));
}

/** Whether an id in the key column starts a row although the line sits at a wrapped cell's spacing (`idKey`). */
function idStartsAnew(table: Table, opts: GridOptions, key: string, above: Item[], line: Item[]): boolean {
  if (!opts.idKey?.test(key)) return false;
  const first = (items: Item[], k: number, last: boolean) => {
    const inColumn = items.filter((it) => columnAt(table, it.x0) === k);
    if (inColumn.length === 0) return undefined;
    return inColumn.reduce((a, b) => ((last ? b.x1 > a.x1 : b.x0 < a.x0) ? b : a)).text;
  };
  let anew = false;
  for (let k = 1; k < table.columns.length; k++) {
    const end = first(above, k, true);
    if (end === undefined) continue;
    if (/[-\u2010\u00ad]$/.test(end)) return false;
    const start = first(line, k, false);
    if (start !== undefined && /[.!?:;]["'\u2019)]?$/.test(end) && /^["'\u201c(]?\p{Lu}/u.test(start)) anew = true;
  }
  return anew;
}

/** Where a table ends at the first line that starts left of both its header's first column and its first row. */
function marginEnd(table: Table, lines: Line[], from: number, end: number): number {
  const start = (l: Line) => Math.min(...l.items.map((it) => it.x0));
  const left = Math.min(table.columns[0]!.x0, start(lines[from]!)) - 1;
  for (let k = from + 1; k < end; k++) if (start(lines[k]!) < left) return k;
  return end;
}

function sameHeaders(a: Grid, b: Grid): boolean {
  return a.headers.join("|") === b.headers.join("|") && a.markHeaders.join("|") === b.markHeaders.join("|");
}

/**
 * Every table whose header `opts.isHeader` accepts, page by page: a page whose header repeats the last table's goes
 * on with that table (its first line without key text joins the row left open on the previous page).
 */
/**
 * A page's lines and rotated items, built once per page layout however many table readers ask (nothing reading a
 * table changes them).
 */
type PageLines = { lines: Line[]; rotated: Item[]; textRight: number };
const pageLines = new WeakMap<PageLayout, PageLines>();
function linesOfPage(layout: PageLayout): PageLines {
  let built = pageLines.get(layout);
  if (!built) {
    const { flat, rotated } = itemsOf(layout.items);
    // A loop, not Math.max(...spread): a page can hold more items than a call takes arguments.
    let textRight = 0;
    for (const it of flat) textRight = Math.max(textRight, it.x1);
    built = { lines: linesOf(flat), rotated, textRight };
    pageLines.set(layout, built);
  }
  return built;
}

export function readTables(layouts: PageLayout[], opts: GridOptions): Grid[] {
  const grids: Grid[] = [];
  let last: Table | null = null;
  layouts.forEach((layout, page) => {
    // textRight: the right edge of the page's text, where a table's last column has no more room.
    const { lines, rotated, textRight } = linesOfPage(layout);
    const before = last;
    let headed = false;
    // Each line is asked once whether a header starts there: the body's end below asks the same of the next lines.
    const headers: (ReturnType<typeof headerAt> | undefined)[] = new Array(lines.length);
    const header = (at: number) => {
      if (headers[at] === undefined) headers[at] = headerAt(lines, at, rotated, opts);
      return headers[at];
    };
    for (let at = 0; at < lines.length; at++) {
      const found = header(at);
      if (!found) continue;
      headed = true;
      let { table } = found;
      if (last && sameHeaders(last.grid, table.grid)) {
        // The repeated header may sit a little differently: this page's columns, the table's rows.
        table = { ...table, grid: last.grid };
      } else grids.push(table.grid);
      // The body runs to the next header on the page (another table) or the page's end.
      let end = found.body;
      while (end < lines.length && !header(end)) end++;
      if (opts.endAtMargin && found.body < end) end = marginEnd(table, lines, found.body, end);
      const body = lines.slice(found.body, end);
      if (body.length) table = aligned(table, body);
      readBody(table, body, page, opts, textRight);
      last = table;
      at = end - 1;
    }
    // No header on this page: the previous page's table may go on in the same columns.
    if (!headed && before && last === before) {
      const start = continuedAt(before, lines);
      const end = start >= 0 && opts.endAtMargin ? marginEnd(before, lines, start, lines.length) : lines.length;
      if (start >= 0) readBody(before, lines.slice(start, end), page, opts, textRight);
      else last = null;
    } else if (!headed) last = null;
  });
  return grids;
}
