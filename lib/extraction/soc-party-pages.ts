// The pages a SOC report's CUEC, subservice organisation and CSOC tables can be on: a page with a line (a heading or a
// header cell) that opens with the name of such controls or organisations, and the page after one (a table going on
// without its header). The positioned readers of those tables (soc-cuec-table.ts, soc-subservice-table.ts,
// soc-csoc-table.ts) read only these pages, so a long report's test pages are not laid out three more times. The same
// line is what the parser child sends a long report's items for: one rule, kept in the child's module.
import { PARTY_TABLE_LINE } from "../server/pdf-text-items.mjs";
import type { PageLayout } from "./layout";
import type { GridOptions } from "./table-grid";
import type { TextDocument } from "./types";

const cache = new WeakMap<TextDocument, PageLayout[]>();

/** The document's layouts with the items of every other page left out (same length, same page numbers). */
export function partyLayouts(doc: TextDocument): PageLayout[] | null {
  if (!doc.layouts || doc.layouts.length !== doc.pages.length) return null;
  const known = cache.get(doc);
  if (known) return known;
  const named = doc.pages.map((p) => PARTY_TABLE_LINE.test(p));
  const layouts = doc.layouts.map((l, i) => (named[i] || (i > 0 && named[i - 1]) ? l : { ...l, items: [] }));
  cache.set(doc, layouts);
  return layouts;
}

/**
 * How the CUEC, subservice organisation and CSOC tables are read by the grid reader, whatever their header: two columns
 * make a table, no mark matrix (a criterion is never a column of its own here), the table ends at the page margin or a
 * paragraph, and a cell wraps only when its line is full.
 */
export const PARTY_GRID: Omit<GridOptions, "isHeader" | "headerWord"> = {
  markHeader: /^\u0000$/,
  minColumns: 2,
  endAtMargin: true,
  endAtParagraph: true,
  wrapOnlyWhenFull: true,
};
