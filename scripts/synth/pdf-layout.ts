import PDFDocument from "pdfkit";
import type { TableStyle } from "./soc2-spec";

export type Pdf = PDFKit.PDFDocument;
export const PAGE = { width: 612, height: 792, left: 54, right: 54, top: 72, bottom: 68 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";

/** Buffered pages let us stamp "Page N of M" once the total is known. */
export function createPdf(title: string, creationDate: Date): { doc: Pdf; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: "LETTER",
    bufferPages: true,
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    // Fixed dates keep the bytes stable for a given spec.
    info: {
      Title: title,
      CreationDate: creationDate,
      ModDate: creationDate,
      Producer: "assay synth",
      Creator: "assay synth",
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(FONT).fontSize(10);
  return { doc, done };
}

export function pageCount(doc: Pdf): number {
  return doc.bufferedPageRange().count;
}

function bottomLimit(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

export function heading(doc: Pdf, text: string, level: 1 | 2 | 3 = 2): void {
  const size = level === 1 ? 16 : level === 2 ? 13 : 11;
  ensureSpace(doc, size * 3);
  doc.moveDown(level === 1 ? 0 : 0.6);
  doc.font(BOLD).fontSize(size).text(text, PAGE.left, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
  doc.font(FONT).fontSize(10);
}

export function paragraph(
  doc: Pdf,
  text: string,
  options: { bold?: boolean; align?: "left" | "justify" | "center" } = {},
): void {
  doc.font(options.bold ? BOLD : FONT).fontSize(10);
  doc.text(text, PAGE.left, doc.y, { width: CONTENT_WIDTH, align: options.align ?? "left" });
  doc.moveDown(0.5);
  doc.font(FONT);
}

export function bullets(doc: Pdf, items: string[]): void {
  for (const item of items) {
    doc
      .font(FONT)
      .fontSize(10)
      .text(`•  ${item}`, PAGE.left + 12, doc.y, { width: CONTENT_WIDTH - 12 });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.4);
}

export type Column = { header: string; width: number };
export type Table = { columns: Column[]; style: TableStyle };
const PAD = 4;

function cellHeight(doc: Pdf, text: string, width: number, bold: boolean): number {
  doc.font(bold ? BOLD : FONT).fontSize(9);
  return doc.heightOfString(text, { width: width - 2 * PAD });
}

export function rowHeight(doc: Pdf, table: Table, cells: string[], bold = false): number {
  return Math.max(...cells.map((c, i) => cellHeight(doc, c, table.columns[i].width, bold))) + 2 * PAD;
}

export function rowFits(doc: Pdf, table: Table, cells: string[]): boolean {
  return doc.y + rowHeight(doc, table, cells) <= bottomLimit(doc);
}

function drawCells(doc: Pdf, table: Table, cells: string[], bold: boolean, height: number): void {
  const y = doc.y;
  let x = PAGE.left;
  cells.forEach((text, i) => {
    const w = table.columns[i].width;
    if (table.style === "ruled") doc.lineWidth(0.5).rect(x, y, w, height).stroke();
    doc
      .font(bold ? BOLD : FONT)
      .fontSize(9)
      .text(text, x + PAD, y + PAD, { width: w - 2 * PAD });
    x += w;
  });
  if (table.style === "borderless" && bold) {
    doc
      .lineWidth(0.8)
      .moveTo(PAGE.left, y + height)
      .lineTo(PAGE.left + CONTENT_WIDTH, y + height)
      .stroke();
  }
  doc.x = PAGE.left;
  doc.y = y + height;
}

export function tableHeader(doc: Pdf, table: Table): void {
  const cells = table.columns.map((c) => c.header);
  const h = rowHeight(doc, table, cells, true);
  ensureSpace(doc, h + 30);
  drawCells(doc, table, cells, true, h);
}

/** Draws a row, starting a new page (with the header repeated) when it does not fit. */
export function tableRow(doc: Pdf, table: Table, cells: string[]): void {
  const h = rowHeight(doc, table, cells);
  if (doc.y + h > bottomLimit(doc)) {
    doc.addPage();
    tableHeader(doc, table);
  }
  drawCells(doc, table, cells, false, h);
  if (table.style === "borderless") doc.y += 2;
}

/** A full-width label row inside a table (criterion statement), kept with at least one following row. */
export function tableSpanRow(doc: Pdf, table: Table, text: string): void {
  doc.font(BOLD).fontSize(9);
  const h = doc.heightOfString(text, { width: CONTENT_WIDTH - 2 * PAD }) + 2 * PAD;
  if (doc.y + h + 40 > bottomLimit(doc)) {
    doc.addPage();
    tableHeader(doc, table);
  }
  const y = doc.y;
  if (table.style === "ruled") doc.lineWidth(0.5).rect(PAGE.left, y, CONTENT_WIDTH, h).stroke();
  doc.text(text, PAGE.left + PAD, y + PAD, { width: CONTENT_WIDTH - 2 * PAD });
  doc.font(FONT);
  doc.x = PAGE.left;
  doc.y = y + h;
}

/** Running header and footer on every page; margins are lifted so pdfkit does not add pages while stamping. */
export function stampPages(
  doc: Pdf,
  header: (page: number, total: number) => string,
  footer: (page: number, total: number) => { left: string; right: string },
): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    const saved = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font(FONT).fontSize(8).fillColor("#444444");
    doc.text(header(i + 1, total), PAGE.left, 34, { width: CONTENT_WIDTH, align: "left", lineBreak: false });
    doc
      .lineWidth(0.5)
      .moveTo(PAGE.left, 48)
      .lineTo(PAGE.width - PAGE.right, 48)
      .stroke("#888888");
    const f = footer(i + 1, total);
    doc.text(f.left, PAGE.left, PAGE.height - 44, { width: CONTENT_WIDTH / 2, align: "left", lineBreak: false });
    doc.text(f.right, PAGE.left + CONTENT_WIDTH / 2, PAGE.height - 44, {
      width: CONTENT_WIDTH / 2,
      align: "right",
      lineBreak: false,
    });
    doc.fillColor("black").strokeColor("black");
    doc.page.margins = saved;
  }
}
