// Two text columns side by side (a certificate's holder/scope block on the left, its number and dates on the right)
// are read one after the other, not line by line across the page. Grouped by baseline alone, a left line and a right
// line that happen to sit at nearly the same height glue into one line: a value then pairs with the wrong label, and
// a quote made of that line is text that is nowhere on the page as a reader (or pdf.js's reading order) sees it.
// A table's label and value cells share one baseline row after row; two independent columns do not, and that is
// what tells them apart.

/** What the column reader needs of a positioned text item (x range, baseline from the top, font size). */
export type Box = { x0: number; x1: number; y: number; size: number };

/** A gutter is at least this many font sizes of empty space left of a column's edge. */
const GUTTER = 1.2;
/** Items whose left edges are this close (points) start at one column edge. */
const EDGE = 1.5;
/** Two baselines within this share of the font size are one row. */
const SAME_ROW = 0.15;
/** A run whose lines on its sparser side mostly share a row with the other side is a table, not two columns. */
const TABLE_SHARE = 0.6;

/** Left edges of items that follow a wide gap on their line and that at least three items share: candidate gutters. */
function columnEdges<T extends Box>(lines: T[][]): number[] {
  const starts: number[] = [];
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const gap = line[i]!.x0 - line[i - 1]!.x1;
      if (gap > GUTTER * line[i]!.size) starts.push(line[i]!.x0);
    }
  const all = lines.flat();
  const support = (x: number) => all.filter((it) => Math.abs(it.x0 - x) <= EDGE).length;
  const edges: { x: number; n: number }[] = [];
  for (const x of starts) {
    if (edges.some((e) => Math.abs(e.x - x) <= EDGE)) continue;
    const n = support(x);
    if (n >= 3) edges.push({ x, n });
  }
  return edges.sort((a, b) => b.n - a.n).map((e) => e.x);
}

/** Baselines of the lines a set of items makes (items within the row tolerance are one line). */
function baselines<T extends Box>(items: T[]): { y: number; size: number }[] {
  const out: { y: number; size: number }[] = [];
  for (const it of [...items].sort((a, b) => a.y - b.y)) {
    const last = out.at(-1);
    if (last && Math.abs(it.y - last.y) <= 0.45 * Math.max(last.size, it.size)) continue;
    out.push({ y: it.y, size: it.size });
  }
  return out;
}

/**
 * Whether the two sides run side by side as two columns: each has at least two lines beside the other's (within the
 * height both span), and the lines of the sparser side mostly do not share a baseline with the other's. A table row
 * whose right cell wraps ("Boston, MA" beside three lines of activity) has one left line there, on the first row.
 */
function sideBySide<T extends Box>(left: T[], right: T[]): boolean {
  const l = baselines(left);
  const r = baselines(right);
  if (l.length === 0 || r.length === 0) return false;
  const tol = (a: { size: number }) => 0.45 * a.size;
  const top = Math.max(l[0]!.y, r[0]!.y);
  const bottom = Math.min(l.at(-1)!.y, r.at(-1)!.y);
  const beside = (x: { y: number; size: number }[]) => x.filter((a) => a.y >= top - tol(a) && a.y <= bottom + tol(a));
  const lb = beside(l);
  const rb = beside(r);
  if (lb.length < 2 || rb.length < 2) return false;
  const [few, many] = lb.length <= rb.length ? [lb, rb] : [rb, lb];
  const paired = few.filter((a) => many.some((b) => sameRow(a, b)));
  if (paired.length >= TABLE_SHARE * few.length) return false;
  // A form whose labels take two lines (a bilingual "Ausstellungsdatum" over "Date of issue") or whose values wrap
  // pairs only the first line of each label with the first line of its value: compared block by block, it is a table.
  const [fewBlocks, manyBlocks] = [blocks(lb), blocks(rb)].sort((a, b) => a.length - b.length) as [Span[], Span[]];
  if (fewBlocks.length < 2) return true;
  const pairedBlocks = fewBlocks.filter((a) => manyBlocks.some((b) => sameCellRow(a, b)));
  return pairedBlocks.length < TABLE_SHARE * fewBlocks.length;
}

/** A block of lines: its first and last line. */
type Span = { first: Row; last: Row };

/**
 * Two blocks are one table row's cells when they are aligned in it the way a table aligns cells: at the top (first
 * lines share a row), at the bottom (last lines do), or centred (a two-line label beside a one-line value, a seven-line
 * scope beside its two-line label: their middles within half a line).
 */
function sameCellRow(a: Span, b: Span): boolean {
  if (sameRow(a.first, b.first) || sameRow(a.last, b.last)) return true;
  const size = Math.max(a.first.size, b.first.size);
  const mid = (s: Span) => (s.first.y - s.first.size + s.last.y) / 2;
  // A centred cell lies within its taller neighbour's lines, and their middles are (nearly) the same.
  const [short, tall] = a.last.y - a.first.y <= b.last.y - b.first.y ? [a, b] : [b, a];
  const inside = short.first.y >= tall.first.y - 0.5 * size && short.last.y <= tall.last.y + 0.5 * size;
  return inside && Math.abs(mid(a) - mid(b)) <= 0.25 * size;
}

type Row = { y: number; size: number };

/**
 * Two lines share a row when their baselines do, or, in different type sizes, their tops do: a grid cell aligns its
 * text at the top, so a value in larger type than its label sits lower by the difference in size.
 */
function sameRow(a: Row, b: Row): boolean {
  const tol = SAME_ROW * Math.max(a.size, b.size);
  return Math.abs(a.y - b.y) <= tol || Math.abs(a.y - a.size - (b.y - b.size)) <= tol;
}

/** Blocks of lines (first and last line of each): lines further apart than this many font sizes start a new block. */
const BLOCK_GAP = 1.6;
function blocks(lines: Row[]): Span[] {
  const out: Span[] = [];
  lines.forEach((l, i) => {
    if (i === 0 || l.y - lines[i - 1]!.y > BLOCK_GAP * Math.max(l.size, lines[i - 1]!.size))
      out.push({ first: l, last: l });
    else out.at(-1)!.last = l;
  });
  return out;
}

/**
 * The page's lines in reading order: where consecutive lines have an empty gutter at one column edge and the two
 * sides do not run in shared rows, the left side's lines come first, then the right side's (each regrouped into
 * lines by `group`). Other lines keep their order.
 */
export function readColumns<T extends Box>(lines: T[][], group: (items: T[]) => T[][]): T[][] {
  for (const x of columnEdges(lines)) {
    const crosses = (it: T) => it.x0 < x - EDGE && it.x1 > x - GUTTER * it.size;
    const out: T[][] = [];
    let changed = false;
    let i = 0;
    while (i < lines.length) {
      if (lines[i]!.some(crosses)) {
        out.push(lines[i]!);
        i++;
        continue;
      }
      let j = i;
      while (j < lines.length && !lines[j]!.some(crosses)) j++;
      const run = lines.slice(i, j);
      const items = run.flat();
      const left = items.filter((it) => it.x1 <= x);
      const right = items.filter((it) => it.x0 >= x - EDGE);
      const atEdge = right.filter((it) => Math.abs(it.x0 - x) <= EDGE).length;
      const split = atEdge >= 2 && sideBySide(left, right);
      if (split) {
        out.push(...group(left), ...group(right));
        changed = true;
      } else out.push(...run);
      i = j;
    }
    if (changed) return out;
  }
  return lines;
}
