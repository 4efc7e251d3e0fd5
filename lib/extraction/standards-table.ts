// A certificate of registration for several standards prints one table row per standard ("Standard | Certificate
// No. | Initial registration | Date of issue | Expiry date"), each with its own number and dates. The certificate's
// facts are the certified standard's row; the first row (or the first labelled value) may be another standard's.
import type { Cell, Page } from "./layout";

export type StandardRowCell = { header: string; text: string; page: number; offset: number; length: number };

const STANDARD_HEADER = /^(?:standards?|management\s*system\s*standards?|norm(?:en)?)\s*:?$/i;
const STANDARD_CELL = /\bISO\s*(?:\/\s*IEC\s*)?(\d{4,5}(?:-\d{1,2})?)/i;

/** The header cell a row cell sits under: the one its left edge is nearest to, among those starting left of its end. */
function headerFor(cell: Cell, header: Cell[]): Cell | undefined {
  const candidates = header.filter((h) => h.x0 <= cell.x1);
  return candidates.sort((a, b) => Math.abs(a.x0 - cell.x0) - Math.abs(b.x0 - cell.x0))[0];
}

/**
 * The cells of the row naming standard `number` (e.g. "27001"), each with its column's header, when the page holds a
 * table with a standard column and rows for at least two different standards; null otherwise.
 */
export function standardRow(pages: Page[], number: string): StandardRowCell[] | null {
  for (const [p, page] of pages.entries()) {
    // Two header cells are enough: narrow columns' headers may run together ("Management system Certified since").
    const at = page.lines.findIndex((l) => l.cells.length >= 2 && STANDARD_HEADER.test(l.cells[0]!.text.trim()));
    if (at < 0) continue;
    const header = page.lines[at]!.cells;
    const rows = page.lines.slice(at + 1).filter((l) => l.cells.length >= 2 && STANDARD_CELL.test(l.cells[0]!.text));
    const numbers = new Set(rows.map((r) => STANDARD_CELL.exec(r.cells[0]!.text)![1]));
    if (numbers.size < 2) continue;
    const row = rows.find((r) => STANDARD_CELL.exec(r.cells[0]!.text)![1] === number);
    if (!row) continue;
    return row.cells.slice(1).flatMap((c) => {
      const h = headerFor(c, header);
      return h && h !== header[0]
        ? [{ header: h.text, text: c.text, page: p, offset: row.start, length: row.text.length }]
        : [];
    });
  }
  return null;
}
