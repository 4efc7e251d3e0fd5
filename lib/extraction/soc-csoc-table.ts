// Complementary subservice organisation controls read from their table by position (table-grid.ts): "Subservice
// Organization | Control Expected | Criteria", "Criteria | Complementary Subservice Organization Control", or "Control
// Expected | Criteria" under a band naming each organisation. A row is one control expected of a subservice
// organisation; its criteria are its own cell's, and it is cited on the page and in the words its row is printed with.
import { parseCriteria } from "./criteria";
import { column, quoteOf } from "./grid-cite";
import { squash } from "./normalize";
import { PARTY_GRID, partyLayouts } from "./soc-party-pages";
import { readTables, type Grid, type GridOptions } from "./table-grid";
import type { TextDocument } from "./types";

export type TableCsoc = { text: string; criteria: string[]; page: number; quote: string };

// The column of the controls: "Control Expected", "Complementary Subservice Organization Controls", "CSOC".
const CONTROL = /controls?|\bCSOCs?\b|responsibilit/i;
// What makes the table about subservice organisations' controls (and not the service organisation's own, or CUECs).
const OF_SUBSERVICE = /subservice|sub-service|expected|\bCSOCs?\b/i;
const CRITERIA = /criteri|\btsc\b|trust\s+services|mapping/i;
const NOT_CSOC = /\bresults?\b|\btests?\b|\btesting\b|user\s*entit|\bexceptions?\b/i;
const HEADER_WORD =
  /^(?:the|of|and|to|by|for|at|complementary|subservice|sub-service|organi[sz]ations?|organi[sz]ation's|controls?|expected|responsibilit(?:y|ies)|csocs?|related|applicable|relevant|criteria|criterion|trust|services?|tsc|#|no|ref|reference|id|name|description|provider|vendor|addressed|covered|mapping)$/i;

function isCsocHeader(cells: string[]): boolean {
  if (cells.some((c) => NOT_CSOC.test(c)) || !cells.some((c) => OF_SUBSERVICE.test(c))) return false;
  return !!column(cells, CONTROL, CRITERIA) && (!!column(cells, CRITERIA) || cells.length >= 2);
}

export const CSOC_TABLE_OPTIONS: GridOptions = {
  isHeader: (cells) => isCsocHeader(cells),
  headerWord: HEADER_WORD,
  ...PARTY_GRID,
  spanningKey: true,
};

function rowsOf(grid: Grid, pages: string[]): TableCsoc[] {
  // The controls' column: the one that names controls and not only the organisation ("Subservice Organization").
  const control =
    column(grid.headers, /control|\bCSOCs?\b|responsibilit/i, /^(?:sub-?service\s+)?organi[sz]ations?$/i) ??
    column(grid.headers, CONTROL)!;
  const criteria = column(grid.headers, CRITERIA);
  const out: TableCsoc[] = [];
  const rows = grid.rows.filter((r) => !r.band && r.cells[control]);
  // Where most rows carry criteria, a short row without any and without a full stop names the organisation the
  // rows under it belong to (a band printed inside the controls' column).
  const withCriteria = criteria ? rows.filter((r) => r.cells[criteria]).length : 0;
  for (const row of rows) {
    const cell = row.cells[control]!;
    const text = squash(cell.text);
    if (text.length < 15) continue;
    if (criteria && !row.cells[criteria] && withCriteria >= 0.6 * rows.length && !/[.;:]$/.test(text)) continue;
    const cited = quoteOf(cell.parts, pages);
    if (!cited) continue;
    out.push({
      text,
      criteria: criteria && row.cells[criteria] ? parseCriteria(row.cells[criteria].text) : [],
      ...cited,
    });
  }
  return out;
}

/** The controls expected of subservice organisations in the tables found by position; null when there is none. */
export function tableCsocs(doc: TextDocument): TableCsoc[] | null {
  const layouts = partyLayouts(doc);
  if (!layouts) return null;
  const rows = readTables(layouts, CSOC_TABLE_OPTIONS).flatMap((g) => rowsOf(g, doc.pages));
  return rows.length ? rows : null;
}
