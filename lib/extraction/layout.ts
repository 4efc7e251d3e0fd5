// Page layout from positioned pdf.js text items: lines rebuilt by baseline, cells split by wide horizontal gaps,
// so a label and its value can be paired by position (right of the label on its line, or below it) and a table
// row reads as one line of cells, whatever order the PDF's content stream drew them in.
import { readColumns } from "./columns";
import { cellBelow, cellsBeside, labelBlocks, partAt, valueLinesBeside } from "./label-blocks";
import { normalizeText } from "./normalize";
import { deskewed } from "./deskew";
import { attachAccentItems } from "./spacing-accents";
import type { TextDocument } from "./types";

/** [text, x, baseline y (from the top), width, font size, rotated 0|1], as lib/server/pdf-text-items.mjs sends them. */
export type RawItem = [string, number, number, number, number, number];
export type PageLayout = { width: number; height: number; items: RawItem[] };

/** One drawn text item of a cell, where it is on the line (a cell may run over a narrow gap into the next column). */
export type CellPart = { text: string; x0: number; x1: number };
export type Cell = { text: string; x0: number; x1: number; size: number; start: number; parts?: CellPart[] };
export type Line = { y: number; size: number; cells: Cell[]; text: string; start: number };
export type Page = { width: number; height: number; lines: Line[]; text: string };

/** A gap this many font sizes wide between two items on one baseline separates cells (columns, label/value). */
const CELL_GAP = 1.6;
/** Between items whose font sizes differ by a fifth or more, a gap this many (larger) font sizes wide separates cells. */
const RESIZED_GAP = 1.0;
/** Smaller gaps than this (in font sizes) join two items without a space (kerned runs split into items). */
const SPACE_GAP = 0.12;

type Item = { text: string; x0: number; x1: number; y: number; size: number };

function toItems(raw: RawItem[]): Item[] {
  const out: Item[] = [];
  for (const [text, x, y, w, size, rotated] of attachAccentItems(raw)) {
    // Sideways text (margins, stamps) is not part of the reading lines.
    if (rotated) continue;
    const t = normalizeText(text).replace(/\n/g, " ");
    if (!t.trim()) continue;
    out.push({ text: t, x0: x, x1: x + Math.max(0, w), y, size: size > 0 ? size : 10 });
  }
  // A skewed scan's OCR layer: its lines turned level before they are grouped (deskew.ts).
  return deskewed(out);
}

/** Groups items whose baselines are within a fraction of the font size; superscripts stay on their line. */
function groupLines(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: { y: number; size: number; items: Item[] }[] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(item.y - line.y) <= 0.45 * Math.max(line.size, item.size) && !stackedIn(line.items, item)) {
      line.items.push(item);
      // The line's baseline is its largest text's (a superscript does not move it).
      if (item.size > line.size) {
        line.y = item.y;
        line.size = item.size;
      }
    } else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  return lines.map((l) => l.items.sort((a, b) => a.x0 - b.x0));
}

/**
 * Text set under other text of the line, not beside it: small lines stacked beside a large logo word ("Kestrel
 * Assurance Ltd" over its address, both within the logo's height) share no baseline with each other.
 */
function stackedIn(items: Item[], item: Item): boolean {
  return items.some(
    (o) =>
      Math.min(o.x1, item.x1) - Math.max(o.x0, item.x0) > 1 &&
      Math.abs(o.y - item.y) > 0.6 * Math.min(o.size, item.size),
  );
}

function buildCells(items: Item[]): Omit<Cell, "start">[] {
  const cells: Omit<Cell, "start">[] = [];
  let cur: Omit<Cell, "start"> | null = null;
  for (const item of items) {
    const part = { text: item.text, x0: item.x0, x1: item.x1 };
    if (!cur) {
      cur = { text: item.text, x0: item.x0, x1: item.x1, size: item.size, parts: [part] };
      continue;
    }
    const gap = item.x0 - cur.x1;
    const size = Math.max(cur.size, item.size);
    const trailing = /\s$/.test(cur.text);
    // Text drawn over text (bold by overprinting, shadows) repeats a run at nearly the same place: keep one.
    if (gap < -0.5 * size && item.text === cur.text.slice(-item.text.length)) continue;
    // A label in smaller type beside its value in larger type (a table whose label column is set small) is two
    // cells at a narrower gap than text in one type size.
    const resized = Math.abs(item.size - cur.size) >= 0.2 * size && gap > RESIZED_GAP * size;
    if ((gap > CELL_GAP * size && !(trailing && gap < 3 * size)) || resized) {
      cells.push(cur);
      cur = { text: item.text, x0: item.x0, x1: item.x1, size: item.size, parts: [part] };
      continue;
    }
    const join = gap > SPACE_GAP * size && !trailing && !/^\s/.test(item.text) ? " " : "";
    cur.text += join + item.text;
    cur.parts!.push(part);
    cur.x1 = Math.max(cur.x1, item.x1);
    cur.size = size;
  }
  if (cur) cells.push(cur);
  return cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, " ").trim() })).filter((c) => c.text);
}

/** Lines top to bottom, cells left to right; `text` is the page as lines of tab-separated cells. */
export function buildPage(layout: PageLayout): Page {
  const lines: Line[] = [];
  let text = "";
  // Two columns side by side are read one after the other (columns.ts).
  for (const items of readColumns(groupLines(toItems(layout.items)), groupLines)) {
    const cells = buildCells(items);
    if (cells.length === 0) continue;
    if (text) text += "\n";
    const lineStart = text.length;
    const placed: Cell[] = [];
    cells.forEach((c, i) => {
      if (i > 0) text += "\t";
      placed.push({ ...c, start: text.length });
      text += c.text;
    });
    const size = Math.max(...cells.map((c) => c.size));
    const y = items.reduce((m, it) => (it.size >= size ? it.y : m), items[0]!.y);
    lines.push({ y, size, cells: placed, text: text.slice(lineStart), start: lineStart });
  }
  return { width: layout.width, height: layout.height, lines, text };
}

/** The document with each PDF page's text rebuilt from its layout (lines by baseline, tab between cells). */
export function layoutDocument(doc: TextDocument): TextDocument {
  if (!doc.layouts || doc.layouts.length !== doc.pages.length) return doc;
  return { ...doc, pages: doc.layouts.map((l, i) => (l.items.length ? buildPage(l).text : doc.pages[i]!)) };
}

/** Lines and cells of every page of an index's text (tab-separated cells); positions from the layout when known. */
export function pagesOf(doc: TextDocument, text: string[]): Page[] {
  return text.map((pageText, i) => {
    const layout = doc.layouts?.[i];
    if (layout && layout.items.length) {
      const page = buildPage(layout);
      if (page.text === pageText) return page;
    }
    // No positions: a cell's column number stands in for its x range.
    const lines: Line[] = [];
    let pos = 0;
    for (const lineText of pageText.split("\n")) {
      const cells: Cell[] = [];
      let at = pos;
      lineText.split("\t").forEach((c, k) => {
        cells.push({ text: c, x0: k, x1: k + 0.99, size: 1, start: at });
        at += c.length + 1;
      });
      lines.push({ y: lines.length, size: 1, cells, text: lineText, start: pos });
      pos += lineText.length + 1;
    }
    return { width: 0, height: 0, lines, text: pageText };
  });
}

export type Located = {
  page: number;
  offset: number;
  length: number;
  value: RegExpExecArray;
  labelOffset: number;
  /** A label printed over several lines: its words joined, and where the matched label starts in them. */
  block?: { text: string; at: number };
};

function overlaps(a: Cell, b: Cell): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
}

/**
 * Values printed for a label, by position: after the label in its own cell, in the next cell to its right on the
 * same line, or in the first cell below it (within two lines) that overlaps it horizontally. Offsets are page-text
 * offsets; `page` is 0-based.
 */
// The rest of a label's cell that is the label in another language: a slash and a few words, no digit.
const TRANSLATED_REST = /^[ \t]*:?[ \t]*\/[ \t]*\p{L}[\p{L} '’.-]{0,40}$/u;

export function labelValues(pages: Page[], label: RegExp, value: RegExp): Located[] {
  const out: Located[] = [];
  const labelAll = new RegExp(label.source, label.flags.includes("g") ? label.flags : `${label.flags}g`);
  // Between a label and its value: a colon, or what OCR makes of one ("+", "~", "=", "|"; at most two of those), or
  // a colon OCR read as a lone "1", "I", "l" or "!" when a number follows ("Registration Date 1 07.07.2025").
  const valueAt = new RegExp(
    `^[\\s:;.\\-–]*(?:[+~=|][\\s:;.\\-–]*){0,2}(?:[1Il!]\\s+(?=\\d))?(?:${value.source})`,
    value.flags.replace("g", ""),
  );
  pages.forEach((page, p) => {
    page.lines.forEach((line, li) => {
      line.cells.forEach((cell, ci) => {
        // Every label in the cell, not only the first: a bilingual line prints the label twice ("Geçerlilik Tarihi /
        // Validity Date : 19.03.2027"), and only the last one stands before the value.
        for (const l of cell.text.matchAll(labelAll)) {
          const labelOffset = cell.start + l.index;
          const tryIn = (text: string, base: number): boolean => {
            const v = valueAt.exec(text);
            if (!v) return false;
            out.push({ page: p, offset: base, length: v[0].length, value: v, labelOffset });
            return true;
          };
          const restStart = l.index + l[0].length;
          // A value after the label in its own cell; a later label in the same cell may have its own ("was first
          // issued on 14 February 2019, was reissued on 3 February 2025"): each is a hit, in order.
          if (tryIn(cell.text.slice(restStart), cell.start + restStart)) continue;
          // Nothing but the label in its cell: the value is to the right, or below.
          // A bilingual label whose other half wraps ("Date de certification initiale / Original" over
          // "certification"): words after a slash, without a digit, are still the label.
          const rest = cell.text.slice(restStart);
          if (rest.replace(/[\s:.]/g, "").length > 0 && !TRANSLATED_REST.test(rest)) continue;
          const right = line.cells[ci + 1];
          if (right && tryIn(right.text, right.start)) return;
          for (const below of page.lines.slice(li + 1, li + 3)) {
            const under = below.cells.find((c) => overlaps(c, cell));
            if (under && tryIn(under.text, under.start)) return;
          }
          return;
        }
      });
    });
    // A label printed over several lines of its column (a wrapped table cell, a bilingual label stacked in two
    // lines): its value is a cell right of the column on one of its lines (label-blocks.ts).
    const read = new Set(out.filter((h) => h.page === p).map((h) => h.labelOffset));
    for (const block of labelBlocks(page)) {
      if (block.parts.some((b) => [...read].some((o) => o >= b.cell.start && o < b.cell.start + b.cell.text.length)))
        continue;
      for (const l of block.text.matchAll(labelAll)) {
        // The label ends its block (a colon at most after it); words after it would be a value in the label's cell.
        if (block.text.slice(l.index + l[0].length).replace(/[\s:.]/g, "").length > 0) continue;
        const part = block.parts[partAt(block, l.index)]!;
        const labelOffset = part.cell.start + Math.max(0, l.index - block.at[partAt(block, l.index)]!);
        // Beside the block, else under it (a header row's wrapped cell over the value row).
        const below = cellBelow(page, block);
        for (const { cell } of [...cellsBeside(page, block), ...(below ? [below] : [])]) {
          const v = valueAt.exec(cell.text);
          if (!v) continue;
          out.push({
            page: p,
            offset: cell.start,
            length: v[0].length,
            value: v,
            labelOffset,
            block: { text: block.text, at: l.index },
          });
          break;
        }
        break;
      }
    }
  });
  // In reading order of the labels (block labels after their page's cells otherwise).
  return out
    .map((h, i) => ({ h, i }))
    .sort((a, b) => a.h.page - b.h.page || a.h.labelOffset - b.h.labelOffset || a.i - b.i)
    .map((x) => x.h);
}

/** A two-column form's value for one label: its lines' texts, the label's line and the value's last line. */
export type ColumnValue = { page: number; line: Line; last: Line; texts: string[] };

/**
 * Two-column form: the first line whose left cell is `label`, its value in the right cell and on the lines below that
 * hold only a cell in that column (or the label's other-language line beside one: "Scope" under "Geltungsbereich").
 * The value ends at the next label, at a line outside the column, or at a gap wider than two lines.
 */
export function valueInColumn(pages: Page[], label: RegExp, maxLines: number): ColumnValue | null {
  for (const [p, page] of pages.entries()) {
    const found = valueInColumnOf(page, p, label, maxLines);
    if (found) return found;
    // A label cell that wraps over lines, its value beside them (top-aligned, centred or on its last line).
    for (const block of labelBlocks(page)) {
      if (!isLabel(label, block.text)) continue;
      const lines = valueLinesBeside(page, block, maxLines + 1);
      if (lines.length === 0) continue;
      const firstLine = Math.min(block.parts[0]!.line, lines[0]!.line);
      const lastLine = Math.max(block.parts.at(-1)!.line, lines.at(-1)!.line);
      return {
        page: p,
        line: page.lines[firstLine]!,
        last: page.lines[lastLine]!,
        texts: lines.map((l) => l.cell.text.trim()),
      };
    }
  }
  return null;
}

/**
 * A label cell's text is the label, or one side of a bilingual label ("Geltungsbereich / Scope", "Anschrift /
 * Address"): each side is tried.
 */
export function isLabel(label: RegExp, text: string): boolean {
  const t = text.trim();
  return label.test(t) || (/\s\/\s/.test(t) && t.split(/\s+\/\s+/).some((part) => label.test(part.trim())));
}

function valueInColumnOf(page: Page, p: number, label: RegExp, maxLines: number): ColumnValue | null {
  {
    for (const [li, line] of page.lines.entries()) {
      if (line.cells.length !== 2 || !isLabel(label, line.cells[0]!.text)) continue;
      const value = line.cells[1]!;
      const texts = [value.text.trim()];
      let last = line;
      for (const next of page.lines.slice(li + 1, li + 1 + maxLines)) {
        const cells = next.cells.filter((c) => c.text.trim());
        const translated = cells.length === 2 && isLabel(label, cells[0]!.text);
        const only = cells.length === 1 || translated ? cells.at(-1)! : null;
        const inColumn = only && Math.abs(only.x0 - value.x0) < Math.max(1, 0.5 * value.size);
        if (!inColumn || (page.width > 0 && next.y - last.y > 2 * Math.max(next.size, last.size))) break;
        texts.push(only.text.trim());
        last = next;
      }
      return { page: p, line, last, texts };
    }
  }
  return null;
}
