// Subservice organisations read from their table by position (table-grid.ts): "Subservice Organization | Services
// Provided | Method | Location", "Name | Location | Services | Treatment", two columns or more, in any order. A row is
// one organisation however its name or services wrap ("Amazon Web / Services, Inc."), its method its own cell's when
// the table has one, and it is cited on the page and in the words its own name is printed with.
import { column, quoteOf } from "./grid-cite";
import { squash } from "./normalize";
import { PARTY_GRID, partyLayouts } from "./soc-party-pages";
import { readTables, type Grid, type GridOptions } from "./table-grid";
import type { TextDocument } from "./types";

export type TableSubservice = {
  name: string;
  service: string | null;
  method: "carve-out" | "inclusive" | null;
  page: number;
  quote: string;
};

const NAME = /subservice|organi[sz]ation|\bvendors?\b|\bproviders?\b|^(?:company\s+)?names?$|third[-\s]part/i;
const SERVICE = /\bservices?\b|description|function|purpose|nature|activit/i;
const METHOD = /method|treatment|carve|inclusive|approach/i;
// A table of controls (CSOCs, tests) or of criteria names organisations without being their list.
const NOT_LIST = /controls?|criteri|\btests?\b|results?|responsibilit/i;
// "Complementary Subservice Organization Controls", "Complementary Controls", "Controls Expected", "Criteria".
const CSOC_COLUMN =
  /^(?:complementary\b.*\bcontrols?|controls?\s+expected|(?:subservice\s+)?organi[sz]ation\s+controls|(?:related\s+|applicable\s+)?criteria)$/i;
const HEADER_WORD =
  /^(?:the|of|and|to|by|for|in|complementary|controls?|expected|criteria|related|applicable|subservice|sub-service|organi[sz]ations?|organi[sz]ation's|names?|company|vendors?|providers?|third|party|third-party|services?|provided|description|function|purpose|nature|activit(?:y|ies)|method|treatment|carve-out|carve|out|inclusive|approach|locations?|regions?|country|countries|hosting|type|scope|used|relevant|system|components?)$/i;

/** A subservice table's header: a column of organisations and one of what they provide (or how they are treated). */
function isSubserviceHeader(cells: string[]): boolean {
  // A column of the controls expected of each organisation (and their criteria) beside a column named for subservice
  // organisations keeps the table their list: "Subservice Organization | Services Provided | Complementary Subservice
  // Organization Controls | Criteria".
  const named = cells.some((c) => /subservice/i.test(c) && !/controls?/i.test(c));
  if (cells.some((c) => NOT_LIST.test(c) && !(named && CSOC_COLUMN.test(c)))) return false;
  const name = column(cells, NAME, SERVICE);
  if (!name) return false;
  const other = cells.filter((c) => c !== name);
  const names = /subservice/i.test(name);
  return other.some((c) => SERVICE.test(c) || METHOD.test(c)) && (names || other.length >= 2);
}

export const SUBSERVICE_TABLE_OPTIONS: GridOptions = {
  isHeader: (cells) => isSubserviceHeader(cells),
  headerWord: HEADER_WORD,
  ...PARTY_GRID,
};

function methodOf(text: string | undefined): TableSubservice["method"] {
  if (!text) return null;
  if (/inclusive/i.test(text)) return "inclusive";
  if (/carve/i.test(text)) return "carve-out";
  return null;
}

/** The cell's lines after those that print `lead` (letters only compared), or all of them when they do not. */
function withoutLead<P extends { text: string }>(parts: P[], lead: string): P[] {
  const want = lead.replace(/[^\p{L}]/gu, "");
  if (!want) return parts;
  let got = "";
  for (let k = 0; k < parts.length; k++) {
    got += parts[k]!.text.replace(/[^\p{L}]/gu, "");
    if (got === want) return parts.slice(k + 1);
    if (!want.startsWith(got)) break;
  }
  return parts;
}

function rowsOf(grid: Grid, pages: string[]): TableSubservice[] {
  const name = column(grid.headers, NAME, SERVICE)!;
  const service = column(
    grid.headers.filter((h) => h !== name),
    SERVICE,
    METHOD,
  );
  const method = column(
    grid.headers.filter((h) => h !== name),
    METHOD,
  );
  const out: TableSubservice[] = [];
  const rows = grid.rows.filter((r) => !r.band && r.cells[name]);
  // Where most rows fill another column, a name alone on its row is a heading after the table (a section title).
  const filled = rows.filter((r) => Object.keys(r.cells).length > 1).length;
  for (const row of rows) {
    const cell = row.cells[name]!;
    // A criterion id (or the word "Criteria") where a name stands is the next table read on as this one's rows (a
    // page of criteria and controls after the list, in the same columns): the list has ended.
    if (/^(?:Criteria\b|(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}\b)/.test(cell.text.trim())) break;
    if (Object.keys(row.cells).length === 1 && filled >= rows.length / 2) continue;
    // A name made only of header words is a header read as a row ("Subservice Organization" over the next table).
    if (cell.text.split(/\s+/).every((w) => HEADER_WORD.test(w))) continue;
    // Hyphenated words wrapped in a narrow cell ("Carve-" / "out") join again. A header word that a narrow column
    // hyphenated ("Subservice" / "Organiza-" / "tion") is the header's, not the first name's.
    const words = squash(cell.text.replace(/-\s+(?=[a-z])/g, "-")).split(" ");
    const shifted: string[] = [];
    while (words.length > 1 && words[0]!.includes("-") && HEADER_WORD.test(words[0]!.replace(/-/g, "")))
      shifted.push(words.shift()!);
    const printed = words.join(" ");
    if (printed.length < 2 || printed.length > 90 || !/^[\p{Lu}\d]/u.test(printed)) continue;
    // The header's wrapped lines ("Organiza-", "tion") are not the name's quote.
    const cited = quoteOf(withoutLead(cell.parts, shifted.join("")), pages);
    if (!cited) continue;
    const said = service && row.cells[service] ? squash(row.cells[service].text) : null;
    out.push({
      name: printed,
      service: said || null,
      method: methodOf(method ? row.cells[method]?.text : /^\s*(?:Inclusive|Carve-?\s*out)\b/i.exec(said ?? "")?.[0]),
      ...cited,
    });
  }
  return out;
}

/**
 * The organisations of the subservice tables found by position on pages that speak of subservice organisations (a
 * table of names and services elsewhere is some other list), each once; null when there is none.
 */
export function tableSubservices(doc: TextDocument): TableSubservice[] | null {
  const layouts = partyLayouts(doc);
  if (!layouts) return null;
  const out: TableSubservice[] = [];
  for (const grid of readTables(layouts, SUBSERVICE_TABLE_OPTIONS)) {
    const first = grid.rows[0];
    const page = first ? doc.pages[first.page] : undefined;
    const named = grid.headers.some((h) => /subservice/i.test(h));
    if (!page || (!named && !/sub-?\s*service\s+organi[sz]ation/i.test(page))) continue;
    for (const row of rowsOf(grid, doc.pages))
      if (!out.some((r) => r.name.toLowerCase() === row.name.toLowerCase())) out.push(row);
  }
  return out.length ? out : null;
}
