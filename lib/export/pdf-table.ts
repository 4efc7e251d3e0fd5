import { toPdfText } from "./pdf-text";

// A small table renderer over pdfkit: wrapped cells, zebra rows, and a page break
// that repeats the header (and an optional "continued" caption) so every page of a
// long gap list can be read on its own.

export const FONT_REGULAR = "Helvetica";
export const FONT_BOLD = "Helvetica-Bold";
export const INK = "#111827";
export const MUTED = "#4B5563";
const RULE = "#D1D5DB";
const HEADER_FILL = "#E5E7EB";
const ZEBRA_FILL = "#F9FAFB";
const PAD_X = 4;
const PAD_Y = 3;

export type PdfColumn = { header: string; width: number };

export type PdfCell = {
  text: string;
  bold?: boolean;
  color?: string;
  /** Smaller grey text under the main text (e.g. a gap's detail). */
  note?: string;
  noteColor?: string;
};

export type PdfTableOptions = {
  fontSize: number;
  /** Lowest y a row may reach; the footer lives below it. */
  bottom: number;
  /** Drawn at the top of each page the table continues on, above the repeated header. */
  continuedCaption?: string;
};

type Doc = PDFKit.PDFDocument;

function textHeight(doc: Doc, text: string, width: number, font: string, size: number): number {
  if (!text) return 0;
  return doc.font(font).fontSize(size).heightOfString(text, { width });
}

function cellHeight(doc: Doc, cell: PdfCell, width: number, size: number): number {
  const inner = width - 2 * PAD_X;
  let h = textHeight(doc, toPdfText(cell.text), inner, cell.bold ? FONT_BOLD : FONT_REGULAR, size);
  if (cell.note) h += 1.5 + textHeight(doc, toPdfText(cell.note), inner, FONT_REGULAR, size - 1);
  return h;
}

function rowHeight(doc: Doc, columns: PdfColumn[], cells: PdfCell[], size: number): number {
  // A line-height floor keeps empty rows visible.
  const floor = doc.font(FONT_REGULAR).fontSize(size).currentLineHeight();
  return Math.max(floor, ...cells.map((cell, i) => cellHeight(doc, cell, columns[i].width, size))) + 2 * PAD_Y;
}

function drawCells(doc: Doc, columns: PdfColumn[], cells: PdfCell[], y: number, size: number): void {
  let x = doc.page.margins.left;
  cells.forEach((cell, i) => {
    const inner = columns[i].width - 2 * PAD_X;
    const text = toPdfText(cell.text);
    if (text) {
      doc
        .font(cell.bold ? FONT_BOLD : FONT_REGULAR)
        .fontSize(size)
        .fillColor(cell.color ?? INK)
        .text(text, x + PAD_X, y + PAD_Y, { width: inner });
    }
    if (cell.note) {
      const noteY =
        y + PAD_Y + (text ? textHeight(doc, text, inner, cell.bold ? FONT_BOLD : FONT_REGULAR, size) + 1.5 : 0);
      doc
        .font(FONT_REGULAR)
        .fontSize(size - 1)
        .fillColor(cell.noteColor ?? MUTED)
        .text(toPdfText(cell.note), x + PAD_X, noteY, { width: inner });
    }
    x += columns[i].width;
  });
}

function tableWidth(columns: PdfColumn[]): number {
  return columns.reduce((sum, c) => sum + c.width, 0);
}

function drawHeader(doc: Doc, columns: PdfColumn[], y: number, size: number): number {
  const cells = columns.map((c): PdfCell => ({ text: c.header, bold: true }));
  const h = rowHeight(doc, columns, cells, size);
  doc.rect(doc.page.margins.left, y, tableWidth(columns), h).fill(HEADER_FILL);
  drawCells(doc, columns, cells, y, size);
  return y + h;
}

function startPage(doc: Doc, options: PdfTableOptions): number {
  doc.addPage();
  let y = doc.page.margins.top;
  if (options.continuedCaption) {
    doc
      .font(FONT_BOLD)
      .fontSize(10)
      .fillColor(MUTED)
      .text(toPdfText(options.continuedCaption), doc.page.margins.left, y);
    y = doc.y + 4;
  }
  return y;
}

/** Draws the table from doc.y and leaves doc.y below it. */
export function drawTable(doc: Doc, columns: PdfColumn[], rows: PdfCell[][], options: PdfTableOptions): void {
  const size = options.fontSize;
  const left = doc.page.margins.left;
  const width = tableWidth(columns);
  const headerCells = columns.map((c): PdfCell => ({ text: c.header, bold: true }));
  const headerH = rowHeight(doc, columns, headerCells, size);

  let y = doc.y;
  // Never leave a header stranded at the bottom of a page without its first row.
  const firstRowH = rows.length > 0 ? rowHeight(doc, columns, rows[0], size) : 0;
  if (y + headerH + firstRowH > options.bottom) y = startPage(doc, { ...options, continuedCaption: undefined });
  y = drawHeader(doc, columns, y, size);

  rows.forEach((cells, index) => {
    const h = rowHeight(doc, columns, cells, size);
    if (y + h > options.bottom) {
      y = startPage(doc, options);
      y = drawHeader(doc, columns, y, size);
    }
    if (index % 2 === 1) doc.rect(left, y, width, h).fill(ZEBRA_FILL);
    drawCells(doc, columns, cells, y, size);
    doc
      .moveTo(left, y + h)
      .lineTo(left + width, y + h)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    y += h;
  });

  doc.x = left;
  doc.y = y + 10;
}
