// Complementary user entity controls read from their table by position (table-grid.ts): "# | Complementary User
// Entity Control | Related Criteria", "Complementary User Entity Control | Criteria", "Ref. | User Entity Responsibility
// | TSC". A row is one CUEC however its text wraps or runs over a page break, its criteria are its own cell's, and each
// item is cited on the page and in the words its own row is printed with.
import { parseCriteria } from "./criteria";
import { column, quoteOf } from "./grid-cite";
import { squash } from "./normalize";
import { PARTY_GRID, partyLayouts } from "./soc-party-pages";
import { readTables, type Grid, type GridOptions } from "./table-grid";
import type { TextDocument } from "./types";

export type TableCuec = { text: string; criteria: string[]; page: number; quote: string };

// The column of the controls themselves: "Complementary User Entity Controls", "User Entity Responsibilities", "CUEC".
const CUEC_TEXT = /user\s*entit(?:y|ies)|\bCUECs?\b|\bclient\s+(?:controls?|responsibilit)/i;
const CRITERIA = /criteri|\btsc\b|trust\s+services|mapping/i;
const ID = /^(?:#|no\.?|ref(?:erence)?\.?|id|number|item|cuec\s*(?:#|no\.?|id|ref\.?)?)$/i;
// A test table or a table of the service organisation's own controls is not a CUEC table.
const NOT_CUEC = /\bresults?\b|\btests?\b|\btesting\b|\bsubservice\b|\bexceptions?\b/i;
const HEADER_WORD =
  /^(?:the|of|and|to|by|for|complementary|user|entity|entities|entity's|controls?|responsibilit(?:y|ies)|considerations?|related|applicable|relevant|criteria|criterion|trust|services|tsc|#|no|ref|reference|id|number|item|cuecs?|description|addressed|covered|mapping|client|customer)$/i;

/** A CUEC table's header: a column of user entity controls, beside an id or a criteria column and nothing else. */
function isCuecHeader(cells: string[]): boolean {
  const text = column(cells, CUEC_TEXT);
  if (!text || cells.some((c) => NOT_CUEC.test(c))) return false;
  return cells.every((c) => c === text || CRITERIA.test(c) || ID.test(c.trim()));
}

// A row opens with its number or id: "1", "2.", "CUEC-01", "UE 3"; or, where the criteria come first ("Criteria | User
// Entity Responsibility"), with a criterion ("CC6.1", "PI1.3", "CC6.2, CC6.3"), so rows set without padding between
// their rules (groff's boxed tables) are not read as one wrapped row.
const ROW_KEY = /^(?:\d{1,3}[.)]?|[A-Z]{1,6}[- ]?\d{1,3}[a-z]?|(?:CC|PI|[ACP])\d{1,2}\.\d{1,2})(?:[\s,;]|$)/;
const LEADING_ID = /^(?:\d{1,3}[.)]?|[A-Z]{1,6}-\d{1,3}[a-z]?)\s+(?=\S)/;

export const CUEC_TABLE_OPTIONS: GridOptions = {
  isHeader: (cells) => isCuecHeader(cells),
  headerWord: HEADER_WORD,
  ...PARTY_GRID,
  rowKey: ROW_KEY,
};

/** A CUEC's text ends at a full stop, a closing bracket or a word; a heading line inside the table has no verb. */
function isSubheading(text: string): boolean {
  return text.length < 60 && !/[.;:)]$/.test(text) && text.split(" ").length <= 6;
}

function itemsOf(grid: Grid, pages: string[]): TableCuec[] {
  const text = column(grid.headers, CUEC_TEXT)!;
  const criteria = column(grid.headers, CRITERIA);
  const id = grid.headers.find((h) => ID.test(h.trim())) ?? null;
  const rows = grid.rows.filter((r) => !r.band && r.cells[text]);
  // Where most rows carry an id, a row without one is a heading over a group of rows.
  const withId = id ? rows.filter((r) => r.cells[id]).length : 0;
  const out: TableCuec[] = [];
  for (const row of rows) {
    const cell = row.cells[text]!;
    if (id && !row.cells[id] && withId >= 0.6 * rows.length) continue;
    const said = squash(id ? cell.text : cell.text.replace(LEADING_ID, ""));
    // A cell split by a page break without a repeated header goes on at the top of the next page in lower case,
    // without an id or criteria of its own: the words of the row before.
    const prev = out.at(-1);
    if (prev && /^\p{Ll}/u.test(said) && !(id && row.cells[id]) && !(criteria && row.cells[criteria])) {
      prev.text = `${prev.text} ${said}`;
      continue;
    }
    // A control is a sentence: a cell of ids or criteria ("CUEC-01, CUEC-03" in a mapping table) is not one.
    if (said.length < 15 || said.split(" ").length < 4 || (!row.cells[criteria ?? ""] && isSubheading(said))) continue;
    const cited = quoteOf(cell.parts, pages);
    if (!cited) continue;
    const inColumn = criteria && row.cells[criteria] ? parseCriteria(row.cells[criteria].text) : [];
    const inText = parseCriteria(/\(([^)]*)\)\s*\.?$/.exec(said)?.[1] ?? "");
    out.push({ text: said, criteria: inColumn.length ? inColumn : inText, ...cited });
  }
  return out;
}

/**
 * The CUECs of the tables found by position on the document's PDF pages, in print order (a control printed again in
 * a later table counted once); null when no page has a CUEC table's header with at least two rows.
 */
export function tableCuecs(doc: TextDocument): TableCuec[] | null {
  const layouts = partyLayouts(doc);
  if (!layouts) return null;
  const grids = readTables(layouts, CUEC_TABLE_OPTIONS);
  const items: TableCuec[] = [];
  const seen = new Set<string>();
  for (const grid of grids)
    for (const item of itemsOf(grid, doc.pages)) {
      const key = item.text.toLowerCase().replace(/\W+/g, "").slice(0, 60);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  return items.length >= 2 ? items : null;
}
