// A sub-processor list printed as a table (a spreadsheet grid, a Word or LaTeX table, a web page printed), read by
// position with the grid reader (table-grid.ts): the header names the columns (name, purpose, location, by their
// words), each body item goes to the column its left edge is in, a row starts at a name after a row gap or where the
// line above had room for the cell's first word, the header repeated on later pages is skipped and the rows go on
// there. The text stream of such a table comes one printed line of every column at a time, so wrapped cells of
// neighbouring rows run together in it; by position they do not.
import { quoteOf } from "./grid-cite";
import { squash } from "./normalize";
import { columns, NAME_COL, type Subprocessor } from "./subprocessor-cells";
import { readTables, type Grid, type GridOptions, type GridRow } from "./table-grid";
import type { TextDocument } from "./types";
import { isPageFurniture, runningLineKeys } from "./pdf-running-lines";

export type GridSubprocessor = Subprocessor & { page: number; quote: string };

/** Words a sub-processor table's header cells are made of (a header line holds nothing else): a number column's
 *  "#" or "No.", a "/" or "&" between words, a plural written "location(s)" (the closing bracket is stripped before the test), a word broken by a
 *  hyphen at a narrow cell's edge ("lo-"). */
const HEADER_WORD =
  /^(?:#|no|[/&+]|(?:the|of|and|or|to|by|for|in|on|where|is|are|data|personal|sub-?processors?|sub|processors?|names?|entity|entities|legal|vendors?|providers?|service|services|provided|company|companies|third|party|parties|third-party|purposes?|processing|processed|description|activit(?:y|ies)|functions?|nature|reasons?|uses?|roles?|type|categor(?:y|ies)|locations?|country|countries|regions?|jurisdictions?|hosting|hosted|headquarters|hq|corporate|seat|registered|office|address|transfer|mechanism|safeguards?|subject|relevant|products?|applicable|details|contact|website|performed|operations)(?:\(s)?|\p{L}{1,6}-)$/iu;

/** A location column's header words: a provider's name column never says where. */
const WHERE = /location|country|countries|region|where|jurisdiction|headquarters|seat|hosting/i;
const WHY = /purpose|description|activit|function|nature|reason|uses?\b|service|role|processing/i;
/** A SOC report's tables of controls, criteria or tests name providers without being a sub-processor list. */
const NOT_LIST = /control|criteri|\btests?\b|results?|responsibilit|exception/i;

/** A sub-processor table's header: a column of names and one saying what they do or where. */
function isSubprocessorHeader(cells: string[]): boolean {
  if (cells.some((c) => NOT_LIST.test(c))) return false;
  const name = cells.findIndex((c) => NAME_COL.test(c) && !WHERE.test(c));
  return name >= 0 && cells.some((c, i) => i !== name && (WHY.test(c) || WHERE.test(c)));
}

/** "(continued from previous page)", "Continued on next page", "– continued –": a page-break notice, no cell. */
const PAGE_BREAK_NOTICE =
  /^[\s([–—-]*(?:table\s+)?continued(?:\s+(?:from|on)\s+(?:the\s+)?(?:previous|next)\s+page)?[\s)\]–—.…-]*$/i;

export const SUBPROCESSOR_GRID: GridOptions = {
  isHeader: (cells) => isSubprocessorHeader(cells),
  headerWord: HEADER_WORD,
  markHeader: /^\u0000$/,
  minColumns: 2,
  endAtMargin: true,
  endAtParagraph: true,
  wrapOnlyWhenFull: true,
  notInTable: PAGE_BREAK_NOTICE,
  ruledRows: true,
  spanningKey: true,
  roomToWidestLine: true,
};

/**
 * A cell's wrapped lines joined. A line ending in a hyphen before a lower-case word is a word broken at the line's
 * end: the hyphen is the typesetter's ("Singa- pore") where the document prints the word whole elsewhere, in any case
 * ("Opera- tions" where it prints "operations"); otherwise it is the word's own ("two- factor" is "two-factor"), as a
 * browser or word processor breaks a line only after a hyphen that is printed. `lower` is the document's text in lower
 * case.
 */
function joined(text: string, lower: string): string {
  return squash(
    text.replace(/(\p{L}+)-\s+(\p{Ll}+)/gu, (_m, a: string, b: string) =>
      lower.includes(`${a}${b}`.toLowerCase()) ? `${a}${b}` : `${a}-${b}`,
    ),
  );
}

/**
 * Rows split by a page break: a row at the top of a page that leaves empty a column most rows fill, right after a
 * row that fills it, is the rest of that row (a word processor breaks a tall row across pages; the name's last line
 * then starts the next page's body, where the grid reader opens a row).
 */
function mergeSplitRows(rows: GridRow[], headers: string[], name: string): GridRow[] {
  const filled = (h: string) => rows.filter((r) => r.cells[h]).length >= 0.8 * rows.length;
  const usual = headers.filter(filled);
  const out: GridRow[] = [];
  for (const row of rows) {
    const prev = out.at(-1);
    const lacks = usual.filter((h) => !row.cells[h]);
    const topOfPage = prev && row.page === prev.page + 1 && rows.filter((r) => r.page === row.page)[0] === row;
    // A row with no name at all is the rest of the row above: a wrapped cell's last line read as a row of its own
    // (a last column whose room the reader could not tell, "United States; United" / "Kingdom").
    const nameless = !row.cells[name];
    if (prev && (nameless || (topOfPage && lacks.length > 0 && lacks.every((h) => prev.cells[h])))) {
      for (const [h, cell] of Object.entries(row.cells)) {
        const mine = prev.cells[h];
        if (mine) {
          mine.text = `${mine.text} ${cell.text}`;
          mine.parts.push(...cell.parts);
        } else prev.cells[h] = { text: cell.text, parts: [...cell.parts] };
      }
      continue;
    }
    out.push(row);
  }
  return out;
}

function entriesOf(grid: Grid, pages: string[]): GridSubprocessor[] {
  const col = columns(grid.headers);
  const name = grid.headers[col.name]!;
  const purpose = col.purpose >= 0 ? grid.headers[col.purpose]! : null;
  const location = col.location >= 0 ? grid.headers[col.location]! : null;
  const rows = mergeSplitRows(
    grid.rows.filter((r) => !r.band),
    grid.headers,
    name,
  ).filter((r) => r.cells[name]);
  // A row number right-aligned tight against the name ("1 Amazon Web Services") is read into the name's cell where
  // the table has a number column.
  const numbered = grid.headers.some((h, i) => i !== col.name && /^(?:#|no\.?)$/i.test(h));
  const lower = pages.join("\n").toLowerCase();
  // Where most rows fill another column, a name alone on its row is a heading inside the table ("Affiliates").
  const several = rows.filter((r) => Object.keys(r.cells).length > 1).length;
  // A running footer under the last row on a page ("Effective 2 October 2026 … Page 1 of 2") is no row.
  const running = runningLineKeys(pages.map((p) => p.split("\n")));
  const out: GridSubprocessor[] = [];
  for (const row of rows) {
    if (Object.keys(row.cells).length === 1 && several >= rows.length / 2) continue;
    const cells = grid.headers.map((h) => row.cells[h]?.text ?? "").filter(Boolean);
    if (isPageFurniture(cells.join(" "), running) || cells.every((c) => isPageFurniture(c, running))) continue;
    const cell = row.cells[name]!;
    // A name made only of header words is a header read as a row.
    if (cell.text.split(/\s+/).every((w) => HEADER_WORD.test(w))) continue;
    const cited = quoteOf(cell.parts, pages);
    if (!cited) continue;
    const text = (h: string | null) => (h && row.cells[h] ? joined(row.cells[h].text, lower) || null : null);
    const printed = joined(cell.text, lower);
    out.push({
      name: numbered ? printed.replace(/^\d{1,3}\s+(?=\S)/, "") : printed,
      purpose: text(purpose),
      location: text(location),
      ...cited,
    });
  }
  return out;
}

/** The entries of the document's sub-processor table(s) read by position, or null when it prints none. */
export function gridSubprocessors(doc: TextDocument): GridSubprocessor[] | null {
  if (!doc.layouts || doc.layouts.length !== doc.pages.length) return null;
  const out: GridSubprocessor[] = [];
  for (const grid of readTables(doc.layouts, SUBPROCESSOR_GRID)) out.push(...entriesOf(grid, doc.pages));
  return out.length ? out : null;
}
