// Exceptions of a Type 2 report's tests of controls read from the table by position (table-grid.ts): the control,
// its criteria and the result are the cells of one row, so a layout that prints the criteria in their own column or
// as a matrix of marks, or that draws its cells in any order, reads as well as one whose text runs row by row.
import { NOT_EFFECTIVE } from "./soc-not-effective";
import { parseCriteria } from "./criteria";
import { joinBrokenWords } from "./line-end-hyphens";
import { column, quoteOf } from "./grid-cite";
import { squash } from "./normalize";
import { cellDeviationEnd } from "./soc-cell-deviation";
import { CONTROL_ID_AT_LINE, CRITERION_OF_ID, idAndHeadingCriteria, sampleOf } from "./soc-row-words";
import { readTables, type Grid, type GridRow } from "./table-grid";
import type { TextDocument } from "./types";

export type TableException = {
  control: string | null;
  criteria: string[];
  deviation: string;
  sample: { exceptions: number; sample_size: number } | null;
  management_response: string | null;
  /** 1-based page of the result cell and a quote of it that is text on that page. */
  page: number;
  quote: string;
};

const CRITERION = /^(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}$/;
const RESULTS = /\bresults?\b|^exceptions?(?:\s+noted)?\??$/i;
const TESTS = /\btests?\b|\btesting\b|\bprocedures?\b/i;
const CONTROL_TEXT =
  /control\s*(?:activit|description)|description\s+of\s+(?:the\s+)?controls?|^controls?(?:\s+specified.*)?$/i;
const CONTROL_ID = /^(?:control\s*(?:#|no\.?|id|number|ref(?:erence)?\.?)|ref(?:erence)?\.?|#|id|no\.?)$/i;
const CRITERIA = /criteri|\btsc\b|trust\s+services|mapping/i;
const RESPONSE = /response/i;
// The words a test table's header is made of (trailing punctuation aside).
const HEADER_WORD =
  /^(?:the|of|by|to|and|in|for|on|service|auditor'?s?|tests?|testing|performed|procedures?|results?|controls?|activity|activities|description|detailed|criteria|criterion|tsc|#|no|id|number|ref|reference|trust|services|management'?s?|response|applicable|related|mapping|specified|applied|organi[sz]ation'?s?|place|exceptions?|deviations?|noted|objectives?|operating|effectiveness|design|covered|addressed|owner|frequency|type|nature|key|sample|size|population)$/i;
// "Exception noted.", "Deviation identified:", "Exceptions found –": the marker and its punctuation.
const EXCEPTION = new RegExp(
  String.raw`^(?:(?:Exceptions?|Deviations?)\s*(?:(?:noted|identified|found|observed)\s*)?(?:[.:]|[–—-](?=\s))?|${NOT_EFFECTIVE.source}\s*[.:])\s*`,
  "i",
);
const NO_EXCEPTION = /^No\s*(?:exceptions?|deviations?)\b|^No\s+relevant\b|^Not\s+tested\b/i;
const RESPONSE_LEAD = /^Management['’]?s?\s+Responses?\s*[:.–—-]?\s*/i;
// A criterion as a band's heading: its id, then its text.
const CRITERION_NAMED = /\b((?:CC|PI|A|C|P)\d{1,2}\.\d{1,2})\s+(?=[A-Z])/g;
const RESPONSE_IN_CELL = /\bManagement['’]?s?\s+Responses?\b/i;

/** A test table's header: a results column, and controls beside tests or criteria. */
function isTestHeader(cells: string[], marks: string[]): boolean {
  const results = column(cells, RESULTS);
  if (!results) return false;
  const control = column(cells, CONTROL_TEXT) ?? column(cells, CONTROL_ID);
  const tests = column(cells, TESTS, RESULTS);
  return !!control && (!!tests || !!column(cells, CRITERIA) || marks.some((m) => CRITERION.test(m)));
}

/** The deviation a result cell tells, or null for "No exceptions noted." and anything that is not a finding. */
function deviationOf(result: string): string | null {
  const text = squash(result);
  if (NO_EXCEPTION.test(text)) return null;
  const marker = EXCEPTION.exec(text);
  const sampled = /^\d{1,3}\s+of\s+(?:the\s+)?\d{1,4}\b|^(?:For|In)\s+\d{1,3}\s+of\s+(?:the\s+)?\d{1,4}\b/i.test(text);
  if (!(marker && marker[0].trim()) && !sampled) return null;
  const after = marker ? text.slice(marker[0].length) : text;
  const cut = after.search(RESPONSE_IN_CELL);
  const deviation = squash(after.slice(0, cellDeviationEnd(cut > 0 ? after.slice(0, cut) : after)));
  // A cell that only points elsewhere ("Refer to Exception 1") is the text reader's to follow.
  if (deviation.length < 8 || /^(?:Please\s+)?(?:Refer|See)\b/i.test(deviation)) return null;
  return deviation;
}

function criteriaOf(row: GridRow, grid: Grid, idText: string, bandAbove: string | null): string[] {
  const col = column(grid.headers, CRITERIA);
  const inColumn = col && row.cells[col] ? parseCriteria(row.cells[col].text) : [];
  if (inColumn.length) return inColumn;
  const marked = row.marks.filter((m) => CRITERION.test(m));
  if (marked.length) return marked;
  // An id that is itself a criterion ("CC8.1" in a Ref column), or one that begins with it ("CC8.1.2").
  const ofId = CRITERION.test(idText) ? idText : CRITERION_OF_ID.exec(idText)?.[1];
  // A band over the rows that names its criterion ("CC6.1 The entity implements …"), the last one when a band
  // for the series comes first ("CC 6 Common Criteria Related to … CC6.3 The entity …").
  const named = bandAbove ? [...bandAbove.matchAll(CRITERION_NAMED)] : [];
  return idAndHeadingCriteria(ofId ? [ofId] : [], named.length ? [named.at(-1)![1]!] : []);
}

function exceptionsOf(grid: Grid, pages: string[]): TableException[] {
  // A cell's wrapped lines are joined with a space: words the typesetter broke at a line end are joined back.
  const text = pages.join("\n");
  const unbroken = (cellText: string) => joinBrokenWords(squash(cellText), text);
  const results = column(grid.headers, RESULTS)!;
  const controlText = column(grid.headers, CONTROL_TEXT);
  const controlId = column(grid.headers, CONTROL_ID);
  const responseCol = column(grid.headers, RESPONSE, RESULTS);
  const out: TableException[] = [];
  let bandAbove: string | null = null;
  let last: TableException | null = null;
  for (const row of grid.rows) {
    const first = grid.headers[0]!;
    const lead = squash(row.cells[first]?.text ?? "");
    // "Management's Response: …" printed across the table, or as a row labelled so, under the row it answers.
    if (RESPONSE_LEAD.test(lead) && last) {
      const told = row.band
        ? lead
        : Object.values(row.cells)
            .map((c) => c.text)
            .join(" ");
      last.management_response ??= squash(told.replace(RESPONSE_LEAD, "")) || null;
      continue;
    }
    if (row.band) {
      // A band for the whole series ("CC 6 Common Criteria Related to …", repeated on each page) names no criterion.
      if (lead.match(CRITERION_NAMED)) bandAbove = lead;
      continue;
    }
    const cell = row.cells[results];
    const deviation = cell ? deviationOf(cell.text) : null;
    last = null;
    if (!cell || !deviation) continue;
    const cited = quoteOf(cell.parts, pages);
    if (!cited) continue;
    const idText = squash(row.cells[controlId ?? first]?.text ?? "");
    let control = controlText && row.cells[controlText] ? unbroken(row.cells[controlText].text) : null;
    if (control && controlText === (controlId ?? first)) control = control.replace(CONTROL_ID_AT_LINE, "") || null;
    // The response in its own column, or after the deviation in the result cell.
    const at = cell.text.search(RESPONSE_IN_CELL);
    const said =
      responseCol && row.cells[responseCol] ? row.cells[responseCol].text : at > 0 ? cell.text.slice(at) : "";
    const response = squash(said.replace(RESPONSE_LEAD, ""));
    last = {
      control,
      criteria: criteriaOf(row, grid, idText, bandAbove),
      deviation: unbroken(deviation),
      sample: sampleOf(deviation),
      management_response: response || null,
      ...cited,
    };
    out.push(last);
  }
  return out;
}

// A control id opening the key column starts a row even in a table whose rows have no padding.
const ROW_KEY = /^(?:(?:CC|PI|A|C|P)?\d{1,2}\.\d{1,2}[-.]\d{1,3}|[A-Z]{1,5}-(?:[A-Z]{1,3})?\d{1,3})\b/;
/** How a test table is told and read (exported for probing a document's grid with readTables). */
export const TEST_TABLE_OPTIONS = {
  isHeader: isTestHeader,
  headerWord: HEADER_WORD,
  markHeader: CRITERION,
  rowKey: ROW_KEY,
  idKey: /^(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}(?:[,;]?\s|$)/,
};

/**
 * The exceptions of the test tables found by position on the document's PDF pages; null when no page has a test
 * table's header (or the document has no positioned text), so the text-stream reader stands alone.
 */
export function tableExceptions(doc: TextDocument): { exceptions: TableException[]; resultRows: number } | null {
  if (!doc.layouts || doc.layouts.length !== doc.pages.length) return null;
  const grids = readTables(doc.layouts, TEST_TABLE_OPTIONS);
  if (grids.length === 0) return null;
  const exceptions = grids.flatMap((g) => exceptionsOf(g, doc.pages));
  const resultRows = grids.reduce((n, g) => {
    const results = column(g.headers, RESULTS)!;
    return n + g.rows.filter((r) => !r.band && r.cells[results]).length;
  }, 0);
  return { exceptions, resultRows };
}
