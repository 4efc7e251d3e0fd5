// A label printed over several lines in its own column (a table's wrapped label cell "Date of / original /
// certification", a bilingual label stacked "Gültig bis" over "Valid until") and the value beside it, by position:
// the value is a cell to the right of the label's column whose baseline lies within the label's lines (top-aligned
// on its first line, vertically centred between its lines, or on its last line), whatever the wording.
import type { Cell, Line, Page } from "./layout";
import { unfinished } from "./wrapped-value";

/** Stacked label lines further apart than this many font sizes are two labels (a table row's padding, a new row). */
const LABEL_LEADING = 1.45;
/** Cells whose left edges are this close (in font sizes) start at one column edge. */
const EDGE = 0.5;
/** A wrapped label takes at most this many lines. */
const MAX_LINES = 4;

export type LabelBlock = {
  /** Index of each label line in `page.lines`, with its label cell. */
  parts: { line: number; cell: Cell }[];
  /** The label's words joined with single spaces. */
  text: string;
  /** Offset in `text` where each part starts. */
  at: number[];
};

const leftOf = (line: Line, x: number, size: number) => line.cells.find((c) => Math.abs(c.x0 - x) <= EDGE * size);

/**
 * The label blocks a page's first cells make: a cell that starts its line, with the cells right under it that start at
 * its left edge on close baselines (lines holding only a cell right of the label, a value centred beside it, may sit
 * between them). A block of one line is a plain label cell; the callers read those already.
 */
export function labelBlocks(page: Page): LabelBlock[] {
  const out: LabelBlock[] = [];
  const used = new Set<Cell>();
  page.lines.forEach((line, li) => {
    for (const [ci, first] of line.cells.entries()) {
      if (used.has(first)) continue;
      const size = Math.max(first.size, 1);
      const parts = [{ line: li, cell: first }];
      let lastY = line.y;
      // One label has one value: a label line with a value beside it, after a value was seen, is the next row (a
      // word processor's table puts rows as close as a cell's wrapped lines)… (for a label column at the left; the
      // cells right of a header grid's label are other labels, not values).
      // A row of three or more cells without a digit is a header row, whose cells are all labels.
      const header = line.cells.length >= 3 && !/\d/.test(line.text);
      const labelColumn = ci === 0 && !header;
      let valued = labelColumn && line.cells.length > 1;
      // The value column's left edge, once a line holds only values right of the label: cells further right belong to
      // a block of labels and values beside this one (two blocks side by side), not to this label.
      let valueX = Infinity;
      const firstValue = line.cells.find((c) => c.x0 > first.x1);
      let [lastValue, lastValueX] = firstValue ? [firstValue.text, firstValue.x0] : ["", 0];
      for (let k = li + 1; k < page.lines.length && parts.length < MAX_LINES; k++) {
        const next = page.lines[k]!;
        // A word broken with a hyphen goes on however far a table's row sets its lines apart.
        const leading = /\p{L}-$/u.test(parts.at(-1)!.cell.text) ? 2 : LABEL_LEADING;
        if (next.y - lastY > leading * Math.max(size, next.size)) break;
        // Stacked at the label's left edge, or, for labels set flush right or centred, its right edge or centre.
        const cell =
          next.cells.find((c) => Math.abs(c.x0 - first.x0) <= EDGE * size) ??
          next.cells.find((c) => Math.abs(c.x1 - first.x1) <= EDGE * size && c.x0 > first.x0 - 20 * size) ??
          next.cells.find((c) => Math.abs(c.x0 + c.x1 - first.x0 - first.x1) <= 2 * EDGE * size);
        if (!cell) {
          // Nothing under the label (a value's line to its right, another column's line) leaves the block open;
          // text running under it closes it.
          if (next.cells.some((c) => c.x0 < first.x1 && c.x1 > first.x0)) break;
          if (labelColumn) valued = true;
          for (const c of next.cells) if (c.x0 > first.x1) valueX = Math.min(valueX, c.x0);
          continue;
        }
        // A header's label is set in its own type: the value row under it, in the values' type, is no part of it.
        if (!labelColumn && Math.abs(cell.size - first.size) >= 0.2 * size) break;
        const value = next.cells.find((c) => c.x0 > cell.x1 && c.x0 <= valueX + EDGE * size);
        // A value line that goes on with the value beside the label's earlier lines ("Version 8.2 of 15" / "December
        // 2025") is that value's, not the next row's.
        const hasValue =
          !!value && !(lastValue && unfinished(lastValue) && Math.abs(value.x0 - lastValueX) <= EDGE * size);
        if (value) [lastValue, lastValueX] = [value.text, value.x0];
        // A cell left of the label that reaches into its column is the line's text, not another block's.
        const intruded = next.cells.some((c) => c !== cell && c.x0 < cell.x0 && c.x1 > first.x0 - EDGE * size);
        // …unless its label words go on in lower case ("certification" under "Scope of", a value centred beside both).
        if (labelColumn && (intruded || (valued && hasValue && !/^\p{Ll}/u.test(cell.text)))) break;
        valued ||= labelColumn && hasValue;
        parts.push({ line: k, cell });
        lastY = next.y;
      }
      if (parts.length < 2) continue;
      for (const p of parts) used.add(p.cell);
      let text = "";
      const at: number[] = [];
      for (const p of parts) {
        // A word broken with a hyphen at a line's end joins again ("certifica-" / "tion", "APPLICABIL-" / "ITY").
        if (/\p{L}-$/u.test(text) && brokenWord(text, p.cell.text)) text = text.slice(0, -1);
        else if (text) text += " ";
        at.push(text.length);
        text += p.cell.text;
      }
      out.push({ parts, text, at });
    }
  });
  return out;
}

/** A hyphen at a line's end splits one word: the next line goes on in lower case, or both halves are capitals. */
function brokenWord(before: string, after: string): boolean {
  return /^\p{Ll}/u.test(after) || (/(?:^|\s)\p{Lu}+-$/u.test(before) && /^\p{Lu}+\b/u.test(after));
}

/** The part of a block that holds offset `i` of its text. */
export function partAt(block: LabelBlock, i: number): number {
  let k = 0;
  while (k + 1 < block.at.length && block.at[k + 1]! <= i) k++;
  return k;
}

/**
 * The cells right of a block's label column whose baselines lie within the block's lines (from a line above its
 * first line's top to its last line), top to bottom: the candidates for its value.
 */
export function cellsBeside(page: Page, block: LabelBlock): { line: number; cell: Cell }[] {
  const first = block.parts[0]!;
  const last = block.parts.at(-1)!;
  const right = Math.max(...block.parts.map((p) => p.cell.x1));
  const top = page.lines[first.line]!;
  const out: { line: number; cell: Cell }[] = [];
  for (let k = first.line; k <= last.line; k++) {
    const line = page.lines[k]!;
    if (line.y < top.y - top.size) continue;
    for (const c of line.cells) if (c.x0 >= right) out.push({ line: k, cell: c });
  }
  if (out.length > 0) return out;
  // A table can draw its value column after its label column (a word processor's cells in column order): a value
  // centred beside a two-line label is then a line of its own further on in the page's lines, between the label's
  // baselines by position.
  const bottom = page.lines[last.line]!;
  page.lines.forEach((line, k) => {
    if (k >= first.line && k <= last.line) return;
    if (line.y <= top.y || line.y >= bottom.y) return;
    for (const c of line.cells) if (c.x0 >= right) out.push({ line: k, cell: c });
  });
  return out;
}

/**
 * A multi-line value beside a block (a scope or an address in a table whose label cell wraps): the lines with a cell at
 * the value's left edge, from above the block's first line (a value centred beside it) down past its last line, up
 * to another label in the label column or a gap wider than two lines.
 */
export function valueLinesBeside(page: Page, block: LabelBlock, maxLines: number): { line: number; cell: Cell }[] {
  const beside = cellsBeside(page, block);
  if (beside.length === 0) return [];
  const x = beside[0]!.cell.x0;
  const labelX = block.parts[0]!.cell.x0;
  const own = new Set(block.parts.map((p) => p.line));
  const inColumn = (k: number) => leftOf(page.lines[k]!, x, page.lines[k]!.size || 1);
  const foreignLabel = (k: number) => !own.has(k) && leftOf(page.lines[k]!, labelX, page.lines[k]!.size || 1);
  const close = (a: number, b: number) =>
    Math.abs(page.lines[b]!.y - page.lines[a]!.y) <= 2 * Math.max(page.lines[a]!.size, page.lines[b]!.size);
  let start = beside[0]!.line;
  // Upwards only over lines that hold nothing but the value's cell: a centred value starts above its label.
  const above: number[] = [];
  for (let k = start - 1; k >= 0 && above.length < maxLines; k--) {
    const line = page.lines[k]!;
    if (!close(k, k + 1)) break;
    if (own.has(k) && !inColumn(k)) continue;
    if (foreignLabel(k) || line.cells.length !== 1 || !inColumn(k)) {
      // Reached another row's label with no gap between: whose lines these are is not clear; keep the label's own.
      if (foreignLabel(k)) above.length = 0;
      break;
    }
    above.push(k);
  }
  if (above.length) start = above.at(-1)!;
  const out: { line: number; cell: Cell }[] = [];
  for (let k = start; k < page.lines.length && out.length < maxLines; k++) {
    if (k > start && (!close(k - 1, k) || foreignLabel(k))) break;
    const cell = inColumn(k);
    if (!cell) {
      if (own.has(k)) continue;
      break;
    }
    out.push({ line: k, cell });
  }
  return out;
}

/**
 * The first cell under a block (a header cell wrapped over lines, its value in the row below): the first line after
 * the block's last line with a cell under the block's width, within as many lines as a header cell may take.
 */
export function cellBelow(page: Page, block: LabelBlock): { line: number; cell: Cell } | null {
  const last = block.parts.at(-1)!;
  const x0 = Math.min(...block.parts.map((p) => p.cell.x0));
  const x1 = Math.max(...block.parts.map((p) => p.cell.x1));
  const bottom = page.lines[last.line]!;
  for (let k = last.line + 1; k < page.lines.length; k++) {
    const line = page.lines[k]!;
    if (line.y - bottom.y > (MAX_LINES + 1) * 1.3 * Math.max(bottom.size, line.size)) return null;
    const cell = line.cells.find((c) => c.x0 < x1 && c.x1 > x0);
    if (cell) return { line: k, cell };
  }
  return null;
}
