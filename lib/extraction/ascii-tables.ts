// Tables drawn in characters by monospace producers (enscript, a2ps, a plain-text report printed to PDF): "+----+----+"
// borders and "| cell | cell |" rows. They are read as other producers' tables are: the border lines dropped and each
// row's cells set apart (by a tab in the page text, as separate items in the layout), so the table readers see cells
// and no pipe ends up in a value.
import type { RawItem } from "./layout";

// One border line, of a table of one column or more. The parser's DRAWN_TABLE_BORDER (server/pdf-text-items.mjs) asks for
// two cells at least: it decides from a whole page whether to send its items, where "+--+" in prose must not count.
const BORDER = /^[ \t]*\+(?:[-=]{2,}\+){1,}[ \t]*$/;
const ROW = /^[ \t]*\|(?:[^|\n]*\|){2,}[ \t]*$/;

/** The page text with its character-drawn tables as tab-separated cells; a page without such a table as it is. */
export function asciiTableText(page: string): string {
  // Most pages have no border: they are returned before being split into lines.
  if (!/\+[-=]{2,}\+/.test(page)) return page;
  const lines = page.split("\n");
  if (!lines.some((l) => BORDER.test(l)) || lines.filter((l) => ROW.test(l)).length < 2) return page;
  const out: string[] = [];
  for (const line of lines) {
    if (BORDER.test(line)) continue;
    if (!ROW.test(line)) {
      out.push(line);
      continue;
    }
    const cells = line
      .trim()
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim())
      .filter(Boolean);
    if (cells.length > 0) out.push(cells.join("\t"));
  }
  return out.join("\n");
}

type Piece = { text: string; x0: number; x1: number; y: number; size: number; rotated: number };

/**
 * A layout's items with the drawn table's characters left out: border lines dropped, and on a row's line the words
 * between two pipes made one item (placed by their characters: the font is monospaced). The pipes say where a cell
 * starts; without them a monospaced row's words line up with the next row's by chance and read as columns.
 */
export function asciiTableItems(raw: RawItem[]): RawItem[] {
  if (!raw.some(([text]) => BORDER.test(text))) return raw;
  const pieces: Piece[] = [];
  const pipes: { x: number; y: number; size: number }[] = [];
  for (const [text, x, y, w, size, rotated] of raw) {
    if (BORDER.test(text)) continue;
    const charWidth = text.length > 0 ? w / text.length : 0;
    for (const m of text.matchAll(/\|+|[^|]+/g)) {
      const at = x + m.index * charWidth;
      if (m[0].startsWith("|")) {
        pipes.push({ x: at, y, size });
        continue;
      }
      const word = m[0].trim();
      if (!word) continue;
      const x0 = at + (m[0].length - m[0].trimStart().length) * charWidth;
      pieces.push({ text: word, x0, x1: x0 + word.length * charWidth, y, size, rotated });
    }
  }
  // Pieces and pipes are grouped by line first, so a page of many rows costs a sort, not a scan per piece.
  const out: RawItem[] = [];
  for (const line of byLine(pieces, pipes)) {
    const bars = line.pipes.map((b) => b.x).sort((a, b) => a - b);
    if (bars.length < 2) {
      for (const p of line.pieces) out.push([p.text, p.x0, p.y, p.x1 - p.x0, p.size, p.rotated]);
      continue;
    }
    const used = new Set<Piece>();
    for (const piece of line.pieces) {
      if (used.has(piece)) continue;
      // The cell this piece is in: the words on its line between the same two pipes, left to right.
      const left = Math.max(...bars.filter((b) => b <= piece.x0), -Infinity);
      const right = Math.min(...bars.filter((b) => b >= piece.x1), Infinity);
      const cell = line.pieces.filter(
        (o) => !used.has(o) && o.rotated === piece.rotated && o.x0 >= left && o.x1 <= right,
      );
      for (const o of cell) used.add(o);
      const first = cell[0]!;
      const last = cell.at(-1)!;
      out.push([cell.map((o) => o.text).join(" "), first.x0, first.y, last.x1 - first.x0, first.size, first.rotated]);
    }
  }
  return out;
}

type Line = { y: number; size: number; pieces: Piece[]; pipes: { x: number; y: number; size: number }[] };

/**
 * Pieces and pipes in lines: sorted by baseline, a mark joins the line before it when its baseline is within 0.45 of
 * the larger font size (a monospaced row's items share a baseline up to rounding). Pieces of a line come left to right.
 */
function byLine(pieces: Piece[], pipes: { x: number; y: number; size: number }[]): Line[] {
  const marks = [
    ...pieces.map((p) => ({ y: p.y, size: p.size, piece: p as Piece | undefined, pipe: undefined })),
    ...pipes.map((b) => ({ y: b.y, size: b.size, piece: undefined, pipe: b })),
  ].sort((a, b) => a.y - b.y);
  const lines: Line[] = [];
  for (const m of marks) {
    const line = lines.at(-1);
    const same = line && Math.abs(m.y - line.y) <= 0.45 * Math.max(m.size, line.size);
    const target = same ? line : { y: m.y, size: m.size, pieces: [], pipes: [] };
    if (!same) lines.push(target);
    if (m.piece) target.pieces.push(m.piece);
    if (m.pipe) target.pipes.push(m.pipe);
  }
  for (const line of lines) line.pieces.sort((a, b) => a.x0 - b.x0);
  return lines;
}
