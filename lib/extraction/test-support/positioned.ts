// Made-up certificates laid out by position as pdf.js reports them, for the layout rule tests: rows of [text, x] cells
// on one baseline each, read as an ISO certificate on 2026-01-01.
import { extractFromText } from "../extract-document";
import { buildPage, type RawItem } from "../layout";
import type { TextDocument } from "../types";

/** A line of cells: [text, x] pairs on one baseline, in one font size; `gap` is the distance from the line above. */
export type Row = { cells: [string, number][]; size: number; gap?: number };
export const row = (size: number, ...cells: [string, number][]): Row => ({ cells, size });

/** pdf.js-shaped items for the rows, each row `lineSpacing` × its size below the one above unless it sets a gap. */
export function layoutOf(rows: Row[], lineSpacing = 1.6) {
  const items: RawItem[] = [];
  let y = 60;
  for (const r of rows) {
    y += r.gap ?? r.size * lineSpacing;
    for (const [text, x] of r.cells) items.push([text, x, y, text.length * r.size * 0.5, r.size, 0]);
  }
  return { width: 595, height: 842, items };
}

/** The values read from pages of rows as an ISO certificate (classification given, today 2026-01-01). */
export function readCertificate(pages: Row[][], lineSpacing = 1.6): Record<string, unknown> {
  const layouts = pages.map((rows) => layoutOf(rows, lineSpacing));
  const doc: TextDocument = {
    pages: layouts.map((l) => buildPage(l).text),
    filename: "certificate.pdf",
    format: "pdf",
    layouts,
  };
  const r = extractFromText(doc, {
    classification: { kind: "iso_certificate", confidence: 1, reason: "test" },
    now: new Date("2026-01-01"),
  });
  return Object.fromEntries(
    Object.entries(r.facts as Record<string, { value: unknown }>).map(([k, f]) => [k, f.value]),
  );
}
