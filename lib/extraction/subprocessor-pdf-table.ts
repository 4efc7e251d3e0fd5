// A sub-processor list printed as a PDF table (a spreadsheet or a web page printed): read by position from the text
// items, since cells that wrap onto several lines come out of the text stream one line of every column at a time.
// Columns start where the header row's cells start; a row starts on a line with a name cell after a gap wider than
// the row's own line spacing; a row with only a name (a band such as "Affiliates") is a section heading, not an entry.
import type { RawItem } from "./layout";
import { normalizeText } from "./normalize";
import { columns, NAME_COL, type Subprocessor } from "./subprocessor-cells";
import type { TextDocument } from "./types";
import { isPageFurniture, runningLineKeys } from "./pdf-running-lines";

type Item = { text: string; x0: number; x1: number; y: number; size: number };
type Row = { cells: string[]; page: number; first: string };

/** A gap between two lines of more than this many font sizes starts a new table row (rows are padded). */
const ROW_GAP = 1.6;
/** A table ends at a gap of more than this many font sizes. */
const TABLE_GAP = 5;

function linesOf(items: RawItem[]): Item[][] {
  const list = items
    .filter(([text, , , , , rotated]) => !rotated && text.trim())
    .map(([text, x, y, w, size]) => ({
      // A footnote mark printed in superscript after a name ("SendGrid²") is no part of it.
      text: normalizeText(text.replace(/(?<=\S)[\u00B9\u00B2\u00B3\u2070-\u2079]+$/u, "")).trim(),
      x0: x,
      x1: x + w,
      y,
      size: size > 0 ? size : 10,
    }))
    .sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Item[][] = [];
  for (const it of list) {
    const line = lines.at(-1);
    if (line && Math.abs(it.y - line[0]!.y) <= 0.45 * Math.max(it.size, line[0]!.size)) line.push(it);
    else lines.push([it]);
  }
  return lines.map((l) => l.sort((a, b) => a.x0 - b.x0));
}

/** Which column an item starts in: the last column whose left edge is at or left of it (half a size's slack). */
function columnOf(item: Item, starts: number[]): number {
  let col = -1;
  starts.forEach((x, i) => {
    if (item.x0 >= x - 0.5 * item.size) col = i;
  });
  return col;
}

/** Whether a table line starts a new row: a name cell after a gap wider than the lines of one cell are apart. */
function rowStarts(body: { line: Item[]; gap: number }[], starts: number[]): boolean[] {
  const size = (line: Item[]) => Math.max(...line.map((it) => it.size));
  const hasName = (line: Item[]) => line.some((it) => columnOf(it, starts) === 0);
  // Padded rows: a gap of more than ROW_GAP font sizes starts a row.
  if (body.some(({ line, gap }) => gap > ROW_GAP * size(line)))
    return body.map(({ line, gap }) => gap > ROW_GAP * size(line) && hasName(line));
  // Tight rows (a word processor's table, no cell padding): the lines of one wrapped cell are the closest lines of
  // the table; a line that fills several cells after a wider gap (a border's width or more) starts the next row.
  const pitch = Math.min(...body.map((b) => b.gap));
  // No cell wraps when every line is as far from the one above as the others: each line that fills cells is a row.
  const uniform = Math.max(...body.map((b) => b.gap)) - pitch <= 0.1 * size(body[0]!.line);
  return body.map(({ line, gap }) => hasName(line) && line.length >= 2 && (uniform || gap > pitch + 0.05 * size(line)));
}

/** The entries of a sub-processor table laid out on the document's PDF pages, or null when it has none. */
export function subprocessorsFromPdfTable(
  doc: TextDocument,
): { rows: Subprocessor[]; page: number; first: string } | null {
  if (!doc.layouts) return null;
  const rows: Row[] = [];
  let header: string[] | null = null;
  const pages = doc.layouts.map((layout) => linesOf(layout.items));
  const lineText = (line: Item[]) => line.map((it) => it.text).join(" ");
  // A running header or footer (printed on every page) or a page number is no row: the table ends above it.
  const running = runningLineKeys(pages.map((lines) => lines.map(lineText)));
  pages.forEach((lines, p) => {
    let starts: number[] | null = null;
    let previous: Item[] | null = null;
    const body: { line: Item[]; gap: number; segment: number }[] = [];
    let segment = 0;
    for (const line of lines) {
      if (!starts) {
        // The header: at least three cells, one of them naming the sub-processor column.
        if (line.length >= 3 && line.some((it) => NAME_COL.test(it.text))) {
          starts = line.map((it) => it.x0);
          header = line.map((it) => it.text);
          previous = line;
        }
        continue;
      }
      const size = Math.max(...line.map((it) => it.size));
      const gap = previous ? line[0]!.y - previous[0]!.y : 0;
      if (gap > TABLE_GAP * size || line.some((it) => columnOf(it, starts!) < 0)) break;
      if (isPageFurniture(lineText(line), running)) break;
      // Text running on across the next column's left edge is prose under the table (a note, an affiliate), no cell.
      if (line.some((it) => it.x1 > (starts![columnOf(it, starts!) + 1] ?? Infinity) + 0.5 * it.size)) break;
      // The header printed again under a band line ("European Union / EEA" over "Sub-processor | Purpose | …"): a
      // list grouped by region in one table per group. The band is a heading, not a row; the rows below it are
      // spaced apart from the band's wider gap, so each group's row spacing is judged on its own.
      if (header && lineText(line) === header.join(" ")) {
        const band = body.at(-1);
        if (band && band.line.length === 1 && columnOf(band.line[0]!, starts) === 0) body.pop();
        segment++;
        previous = line;
        continue;
      }
      body.push({ line, gap, segment });
      previous = line;
    }
    if (!starts || body.length === 0) return;
    const startsRow = [...new Set(body.map((b) => b.segment))].flatMap((k) =>
      rowStarts(
        body.filter((b) => b.segment === k),
        starts!,
      ),
    );
    let current: Row | null = null;
    body.forEach(({ line }, i) => {
      if (startsRow[i]) {
        current = { cells: starts!.map(() => ""), page: p, first: line.map((it) => it.text).join(" ") };
        rows.push(current);
      }
      for (const it of line) {
        const c = columnOf(it, starts!);
        // Lines before the first row under the header are the header's own wrapped words ("Location of" over
        // "Processing").
        const cells = current ? current.cells : header!;
        cells[c] = cells[c] ? `${cells[c]} ${it.text}` : it.text;
      }
    });
  });
  if (!header) return null;
  const col = columns(header);
  const cell = (r: Row, k: number) => (k >= 0 ? r.cells[k]!.replace(/\s+/g, " ").trim() || null : null);
  // A band row ("Affiliates", "Third-party sub-processors") has a name cell only.
  const entries = rows.filter((r) => r.cells.some((c, k) => k !== col.name && c.trim()));
  if (entries.length === 0) return null;
  return {
    rows: entries.map((r) => ({
      name: cell(r, col.name)!,
      purpose: cell(r, col.purpose),
      location: cell(r, col.location),
    })),
    page: entries[0]!.page,
    first: entries[0]!.first,
  };
}
