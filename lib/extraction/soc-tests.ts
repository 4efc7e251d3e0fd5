// Test results of a Type 2 report. Table text arrives cell by cell (control, then tests, then result), so an
// exception is read from its "Exception(s) noted" cell backwards: the control is the text between the previous
// result cell and the first test-procedure line, the criteria are the nearest criterion ids above it.
import { joinBrokenWords } from "./line-end-hyphens";
import { isCriteriaLine, parseCriteria } from "./criteria";
import { escapeRe, squash } from "./normalize";
import type { Fact } from "./types";
import {
  BLOCK_HEAD,
  CONTROL_ID_AT_LINE,
  CRITERION_OF_ID,
  deviationEnd,
  idAndHeadingCriteria,
  sampleOf,
} from "./soc-row-words";
import { responseInCell } from "./soc-cell-response";
import { NOT_EFFECTIVE } from "./soc-not-effective";
import { tableExceptions, type TableException } from "./soc-test-table";
import { factAt, missing, pageAt, pageEnd, searchAll, type TextIndex } from "./text-index";

export type ControlException = {
  criteria: string[];
  control: string | null;
  deviation: string;
  sample: { exceptions: number; sample_size: number } | null;
  management_response: string | null;
  pages: number[];
  /** Set when the row was read by position (soc-test-table.ts): the result cell's page and a line of it. */
  page?: number;
  quote?: string;
};

export type ControlTests = { exceptions_count: number; exceptions: ControlException[]; result_rows: number };

// "Exception noted.", "Deviation noted:", "Exception noted – for 1 of 40 …": the marker and its punctuation.
// "Exception identified.", "Operating exception noted:", "Deviation found –": other words for it, the ones other than
// "noted" only with their punctuation (a sentence about exceptions found is not a result).
// In the case a heading style sets ("Exceptions Noted:", "EXCEPTION NOTED:", "Exception Identified.") and with a
// plural in brackets ("Exception(s) noted:", "Deviation(s) noted.").
const EXCEPTION_WORD = String.raw`(?:[Ee]xception|EXCEPTION|[Dd]eviation|DEVIATION)(?:s|S|\(s\))?`;
// The capitalised words only with their punctuation: "Exceptions Noted" alone is a column's header.
const PUNCT = String.raw`(?:\s*[.:;]|\s+[–—-](?=\s))`;
const OTHER_WORD = String.raw`(?:identified|found|observed|Noted|Identified|Found|Observed|NOTED|IDENTIFIED|FOUND|OBSERVED)`;
// "Exception noted" opening a result needs no punctuation; in lower case it does ("The exceptions noted in Section 4
// did not …" is the opinion's sentence about them, not a result).
const OPENING_WORD = String.raw`(?:(?:Operating|Control|Testing)\s+(?:exceptions?|deviations?)|(?:Exception|Deviation)(?:s|\(s\))?)`;
const EXCEPTION_RE = new RegExp(
  // "The following exception was noted:", "Exceptions were identified:": the sentence form, closed by its colon.
  String.raw`(?<!no\s)(?<!No\s)(?<!NO\s)\b(?:${OPENING_WORD}\s*noted${PUNCT}?|(?:${OPENING_WORD}|${EXCEPTION_WORD})\s*(?:noted|${OTHER_WORD})${PUNCT}|${EXCEPTION_WORD}\s*(?:was|were)\s+(?:noted|identified|found|observed)\s*:)`,
  "g",
);
// A result cell that opens with its own marker: "Deviation. For 2 of 6 …", "Deviation: 2 of 15 …", "Exception: …",
// "Control deviation: …", "Not operating effectively. For 4 of 30 …" (the result in words, at the start of the cell's line; hyphenated by a
// narrow column).
// The marker alone; LINE_MARKER_RE finds it at any line's start in a page, LINE_MARKER_AT_START on one trimmed line.
const LINE_MARKER = String.raw`(?:(?:(?:Control|Operating|Testing)\s+[Ee]xceptions?|(?:Control|Operating|Testing)\s+[Dd]eviations?|Exceptions?|Deviations?)\s*[.:]|${NOT_EFFECTIVE.source}\s*[.:])(?=\s)`;
const LINE_MARKER_RE = new RegExp(String.raw`^[ \t]*${LINE_MARKER}`, "gm");
// One line that opens with such a marker (the next exception after a response), and the label before a response.
const LINE_MARKER_AT_START = new RegExp(`^${LINE_MARKER}`);
const RESPONSE_LABEL = /^(?:Management['’]?s?\s+)?Responses?\s*:\s*/i;
// A result cell that opens with the sample: "1 of 25 samples: the new hire …" (kept in the deviation's text).
const SAMPLE_CELL_RE =
  /^[ \t]*\d{1,3}\s+of\s+(?:the\s+)?\d{1,4}\s+(?:[\w-]+\s+){0,2}?(?:samples?|items|instances)(?:\s+(?:tested|selected|sampled|reviewed|inspected))?\s*:/gm;
const NO_EXCEPTION_RE = /\bNo\s*(?:exceptions?|deviations?)\s*noted|No\s*relevant\s*exceptions/gi;
// Capitalised: a control's wrapped line can begin "reviewed and approved by …". "Test: Inspected …", "Tests performed:":
// a block's labelled test line.
const TEST_START =
  /^(?:Tests?(?:\s+(?:performed|procedures?))?\s*:\s*(?=\w)|Inspected|Observed|Inquired|Re-?performed|Examined|Reviewed|Obtained|Selected|Compared|Verified|Tested|INSPECTED|OBSERVED|INQUIRED|For\s+a\s+(?:sample|selection)\s+of)\b/;
const RESULT_LINE = /(?:No\s*exceptions?\s*noted|Exceptions?\s*noted|performed\.|Not\s*tested|No\s*relevant)/i;
const CRITERION_AT_LINE = /^(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}\b/;

// The test table's header row, repeated at the top of each page.
const TABLE_HEADER =
  /^Control\s*(?:#|No\.?|ID)\s|\bControl\s+Activit(?:y|ies)\b.*\bTests?\s+(?:Performed|Procedures?)\b/i;
const CRITERIA_LEAD =
  /^(?:(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}[,;]?\s+)+(?=(?:CC|PI|A|C|P)?\d|[A-Z]{1,5}-(?:[A-Z]{1,3})?\d)/;
const CRITERION_HEADING = /^(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}(?![-.\d])/;
// A running footer: "Page 3", "3 of 6", "Acme LLC | SOC 2 Type 2", "Acme LLC - SOC 2 Type II".
const FOOTER = /^(?:Proprietary|Confidential|Page\s*\d|\d+$|\d+\s+of\s+\d+$|[^|]{2,80}(?:\||\s[-–—])\s*SOC\s*\d)/i;

// "Trust services criteria: CC1.5, CC2.2", "TSC: CC6.1": a row's criteria labelled inside its control cell.
const CRITERIA_LABEL = /^(?:(?:Trust\s+services\s+|Applicable\s+|Related\s+)?criteri(?:a|on)|TSC)\s*:\s*(\S.*)$/i;

// A criteria cell's first line after the row's control id, ending where the cell wraps ("TR-17 CC6.2,", "7 CC6.1 and").
function criteriaBesideId(line: string): string | null {
  const rest = line.replace(CONTROL_ID_AT_LINE, "").replace(/^\d{1,3}\s+/, "");
  return rest !== line && /(?:[,;&]|\band)$/.test(rest) && isCriteriaLine(rest) ? rest : null;
}

function controlBefore(text: string, offset: number): { control: string | null; criteria: string[] } {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  // Section V style rows print "<control id> <criteria> Exception noted." on one line.
  const sameLine = text.slice(lineStart, offset).replace(CONTROL_ID_AT_LINE, "");
  const sameLineCriteria = parseCriteria(sameLine);
  const lines = text.slice(Math.max(0, lineStart - 4000), lineStart).split("\n");
  lines.shift(); // may be a partial line
  lines.pop(); // the empty tail after the last newline
  let firstTest = -1;
  for (let j = lines.length - 1; j >= 0 && j > lines.length - 40; j--) {
    const line = lines[j]!.trim();
    if (RESULT_LINE.test(line) || CRITERION_HEADING.test(line) || CONTROL_ID_AT_LINE.test(line)) break;
    if (TEST_START.test(line)) firstTest = j;
  }
  const controlLines: string[] = [];
  const end = firstTest >= 0 ? firstTest : lines.length;
  let i = end - 1;
  let idCriterion: string | null = null;
  let rowCriteria: string[] = [];
  // The block's heading names its criteria: no heading further up adds to them.
  let blockCriteria: string[] = [];
  for (; i >= 0 && i > end - 15; i--) {
    const line = lines[i]!.trim();
    if (!line || RESULT_LINE.test(line) || /^=+/.test(line) || FOOTER.test(line) || TABLE_HEADER.test(line)) break;
    // "Control LN-4 (Criterion CC7.1)": a block's heading line, its criteria in brackets after the id.
    const head = BLOCK_HEAD.exec(line);
    if (head) {
      blockCriteria = parseCriteria(head[1]!);
      break;
    }
    // "CC6.3 CC6.3-01 User access to …": the row's criteria and control id before its first line.
    const row = line.replace(CRITERIA_LEAD, "");
    if (CONTROL_ID_AT_LINE.test(row)) {
      let rest = row.replace(CONTROL_ID_AT_LINE, "");
      // "TR-32 A1.3 Restoration from backup …": the criteria cell printed between the id and the control.
      const cellBesideId = row === line ? CRITERIA_AT_START.exec(rest) : null;
      if (cellBesideId) {
        rowCriteria = parseCriteria(cellBesideId[0]);
        rest = rest.slice(cellBesideId[0].length);
      }
      if (rest) controlLines.unshift(rest);
      idCriterion = row === line ? (CRITERION_OF_ID.exec(row)?.[1] ?? null) : null;
      break;
    }
    if (CRITERION_HEADING.test(line) || isCriteriaLine(line)) break;
    // "Trust services criteria: CC1.5, CC2.2" printed in the control's cell under its text.
    const labelled = CRITERIA_LABEL.exec(line);
    if (labelled && parseCriteria(labelled[1]!).length) {
      rowCriteria = parseCriteria(labelled[1]!);
      continue;
    }
    controlLines.unshift(line);
  }
  let criteria = sameLineCriteria.length ? sameLineCriteria : rowCriteria.length ? rowCriteria : blockCriteria;
  // Criteria-only lines just above the control (a "CC6.2 &" / "CC6.3" cell) belong to this row.
  if (criteria.length === 0) {
    const cell: string[] = [];
    let j = i;
    for (; j >= 0 && j > i - 4 && isCriteriaLine(lines[j]!.trim()); j--) cell.unshift(lines[j]!.trim());
    // The cell's first line printed beside the row's control id: "TR-17 CC6.2," over "CC6.3".
    const opening = cell.length && j >= 0 ? criteriaBesideId(lines[j]!.trim()) : null;
    if (opening) cell.unshift(opening);
    criteria = parseCriteria(cell.join(" "));
  }
  if (criteria.length === 0) {
    let heading: string[] = [];
    for (let j = i; j >= 0; j--) {
      const line = lines[j]!.trim();
      if (CRITERION_HEADING.test(line)) {
        heading = parseCriteria(line.split(/\s/)[0]!);
        break;
      }
    }
    criteria = idAndHeadingCriteria(idCriterion ? idCriterion.split(",") : [], heading);
  }
  return {
    control: controlLines.length && sameLineCriteria.length === 0 ? squash(controlLines.join(" ")) : null,
    criteria,
  };
}

// A result cell that points elsewhere: "Exception noted. Refer to Exception 1 in the Summary of Exceptions.", "See
// Deviation #2 below".
const REFERRAL =
  /^(?:Please\s+)?(?:Refer|See)\s+(?:to\s+)?(?:the\s+)?(?:Exception|Deviation|Finding|Item)\s*(?:No\.?\s*|#\s*)?(\d{1,3})\b/i;
// The separate table those cells point to, as a heading line of its own (a contents entry ends in its page number).
const SUMMARY_HEADING =
  /^[ \t]*(?:Summary|Schedule|List|Table)\s+of\s+(?:Exceptions|Deviations|Findings)(?:\s+Noted|\s+Identified)?[ \t]*$/gim;
const CRITERIA_AT_START = /^(?:(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}[,;]?\s*(?:(?:and|&)\s+)?)+/;

type Referred = { deviation: string; criteria: string[]; response: string | null; offset: number; length: number };

/**
 * Row `n` of the report's summary of exceptions: "1 AG-13 CC6.2 ⇥ For 2 of 25 … approved." then the management
 * response's lines. The deviation runs to the first line that ends a sentence; the response to the next row.
 */
function referredException(index: TextIndex, n: string): Referred | null {
  const row = new RegExp(String.raw`^[ \t]*(?:(?:Exception|Deviation|Finding)\s+)?${n}[.):]?[ \t]+(\S[^\n]*)$`, "m");
  const next = new RegExp(String.raw`^[ \t]*(?:(?:Exception|Deviation|Finding)\s+)?${Number(n) + 1}[.):]?[ \t]+\S`);
  return exceptionRow(index, searchAll(index, SUMMARY_HEADING), row, next);
}

// "Exceptions noted. See 4.3 below.", "Refer to section 5.2": the exceptions are told in a numbered section, one row per
// control, found there by the row's control id.
const SECTION_REFERRAL = /^(?:Please\s+)?(?:Refer|See)\s+(?:to\s+)?(?:section\s+)?(\d{1,2}(?:\.\d{1,2}){1,2})\b/i;
const ROW_ID = /(?:^|\s)([A-Z]{1,5}-(?:[A-Z]{1,3})?\d{1,3}(?:[.-]\d{1,3})*[a-z]?)(?=\s)/g;

// The text of the result's own row: after the previous row's result.
function rowText(before: string): string {
  const lines = before.split("\n");
  let from = lines.length - 1;
  while (from > 0 && !RESULT_LINE.test(lines[from - 1]!)) from--;
  return lines.slice(from).join("\n");
}

function sectionException(index: TextIndex, section: string, before: string): Referred | null {
  const ids = [...before.matchAll(ROW_ID)];
  const id = ids.at(-1)?.[1];
  if (!id) return null;
  // The section's own heading, not its contents entry ("4.3 Exceptions …  6"), nor a sentence pointing to it.
  const headings = searchAll(
    index,
    new RegExp(String.raw`^[ \t]*${escapeRe(section)}\.?[ \t]+[A-Z][^\n.]{0,80}?(?<![ \t]\d{1,3})[ \t]*$`, "gm"),
  );
  const criteriaThenId = String.raw`(?:(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}[,;]?[ \t]*(?:(?:and|&)[ \t]+)?)*`;
  const row = new RegExp(String.raw`^[ \t]*(${criteriaThenId}[ \t]*${escapeRe(id)}\b[ \t]*\S[^\n]*)$`, "m");
  const next = new RegExp(String.raw`^[ \t]*${criteriaThenId}[ \t]*[A-Z]{1,5}-(?:[A-Z]{1,3})?\d{1,3}\b`);
  return exceptionRow(index, headings, row, next);
}

/**
 * The row `row` finds in the first of `headings`' sections that has it: "1 AG-13 CC6.2 ⇥ For 2 of 25 … approved." then
 * the management response's lines. The deviation runs to the first line that ends a sentence; the response to the
 * next row (`next`).
 */
function exceptionRow(index: TextIndex, headings: RegExpExecArray[], rowRe: RegExp, next: RegExp): Referred | null {
  for (const heading of [...headings].reverse()) {
    const start = heading.index + heading[0].length;
    const section = index.text.slice(start, start + 8000);
    const row = rowRe.exec(section);
    if (!row) continue;
    let first = row[1]!.trim();
    const lead = CRITERIA_AT_START.exec(first);
    let criteria = lead ? parseCriteria(lead[0]) : [];
    if (lead) first = first.slice(lead[0].length).trim();
    first = first.replace(CONTROL_ID_AT_LINE, "");
    const after = CRITERIA_AT_START.exec(first.trim());
    if (after && criteria.length === 0) {
      criteria = parseCriteria(after[0]);
      first = first.trim().slice(after[0].length);
    }
    const lines = [first.trim()];
    const rest = section.slice(row.index + row[0].length + 1).split("\n");
    let k = 0;
    while (!/[.!]["”)]?$/.test(lines.at(-1)!) && k < rest.length && k < 6) lines.push(rest[k++]!.trim());
    const deviation = squash(lines.join(" "));
    const response: string[] = [];
    for (const line of rest.slice(k, k + 12)) {
      if (!line.trim() || next.test(line) || FOOTER.test(line.trim())) break;
      response.push(line.trim());
    }
    if (deviation.length < 8) continue;
    return {
      deviation,
      criteria,
      response: response.length ? squash(response.join(" ")) : null,
      offset: start + row.index,
      length: row[0].length,
    };
  }
  return null;
}

// A SOC 1 report maps its controls to control objectives, each a heading above its controls: "Control Objective 3:
// Controls provide reasonable assurance that …".
const OBJECTIVE_HEADING = /^[ \t]*Control\s+Objective\s+(\d{1,2}(?:\.\d{1,2})?)\s*[:.–—-]/gm;

function objectiveAbove(text: string, offset: number): string | null {
  let found: string | null = null;
  OBJECTIVE_HEADING.lastIndex = Math.max(0, offset - 8000);
  for (let m = OBJECTIVE_HEADING.exec(text); m && m.index < offset; m = OBJECTIVE_HEADING.exec(text))
    found = `Control Objective ${m[1]}`;
  return found;
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function findControlTests(index: TextIndex, socType: string | null): Fact<ControlTests> {
  if (socType !== "type_2") {
    return missing(
      socType === "type_1" ? "a Type 1 report has no tests of operating effectiveness" : "no Type 2 test results",
    );
  }
  const noExceptionRows = searchAll(index, NO_EXCEPTION_RE).length;
  const noted = searchAll(index, EXCEPTION_RE).filter((m) => {
    const before = index.text.slice(Math.max(0, m.index - 12), m.index);
    return !/\bno\s*$/i.test(before) && !/phrase\s*["']?$/i.test(before);
  });
  const sampleCells = searchAll(index, SAMPLE_CELL_RE);
  // A sample cell right after an "Exception noted." is that exception's text, not another one.
  const hits = [
    ...noted,
    ...searchAll(index, LINE_MARKER_RE),
    ...sampleCells.filter((c) => !noted.some((n) => c.index > n.index && c.index - n.index < 40)),
  ].sort((a, b) => a.index - b.index);
  const keepsMatch = new Set(sampleCells.map((c) => c.index));
  // Explanatory sentences ("... are noted by the phrase 'Exception noted'") are not results: require the cell to go on with a finding.
  const responseStart =
    searchAll(
      index,
      /Management'?s?\s*Responses?\s*to\s*(?:the\s*)?(?:Exceptions|Deviations)|Management\s*Response/gi,
    ).at(-1)?.index ?? Infinity;
  const byKey = new Map<string, ControlException>();
  for (const m of hits) {
    // A result cell never runs onto the next page's running header or the auditor's back cover.
    const from = keepsMatch.has(m.index) ? m.index : m.index + m[0].length;
    const after = index.text.slice(from, Math.min(from + 600, pageEnd(index, m.index)));
    let deviation = squash(after.slice(0, deviationEnd(after)));
    if (deviation.length < 8 || /^["'”)]/.test(deviation)) continue;
    const row = controlBefore(index.text, m.index);
    const { control } = row;
    let criteria = row.criteria;
    if (criteria.length === 0) {
      const objective = objectiveAbove(index.text, m.index);
      if (objective) criteria = [objective];
    }
    const page = factAt(index, null, m.index, 1, 0).page!;
    // The cell only points to a summary table: the deviation, its criteria and the response are read from that row.
    const pointer = REFERRAL.exec(deviation);
    const toSection = pointer ? null : SECTION_REFERRAL.exec(deviation);
    const rowStart = Math.max(0, m.index - 600);
    const referred = pointer
      ? referredException(index, pointer[1]!)
      : toSection
        ? sectionException(index, toSection[1]!, rowText(index.text.slice(rowStart, m.index)))
        : null;
    if (referred) {
      deviation = referred.deviation;
      criteria = [...new Set([...criteria, ...referred.criteria])];
    }
    const k = key(deviation);
    let response: string | null = referred?.response ?? responseInCell(after.slice(deviationEnd(after)));
    if (m.index > responseStart) {
      const rest = after.slice(deviationEnd(after));
      const lines: string[] = [];
      for (const raw of rest.split("\n")) {
        const line = raw.trim();
        if (!line) continue;
        // The next exception's heading or marker, or the page's running footer, ends this response.
        if (CRITERION_AT_LINE.test(line) || /^=+/.test(line) || BLOCK_HEAD.test(line) || FOOTER.test(line)) break;
        if (lines.length && LINE_MARKER_AT_START.test(line)) break;
        lines.push(line);
      }
      // "Response: …" as the first line says whose words follow: the label is no part of them.
      response = lines.length ? squash(lines.join(" ")).replace(RESPONSE_LABEL, "") || null : null;
    }
    const existing = byKey.get(k);
    if (existing) {
      existing.criteria = [...new Set([...existing.criteria, ...criteria])].sort();
      const referredPage = referred ? factAt(index, null, referred.offset, 1, 0).page! : page;
      if (!existing.pages.includes(referredPage)) existing.pages.push(referredPage);
      existing.control ??= control;
      existing.management_response ??= response;
      if (!existing.pages.includes(page)) existing.pages.push(page);
    } else {
      byKey.set(k, {
        criteria: [...criteria].sort(),
        control,
        deviation,
        sample: sampleOf(deviation),
        management_response: response,
        pages: referred ? [...new Set([page, factAt(index, null, referred.offset, 1, 0).page!])] : [page],
      });
    }
  }
  const table = tableExceptions(index.doc);
  const read = table
    ? withTableRows(
        [...byKey.values()],
        table.exceptions,
        hits.map((h) => pageAt(index, h.index)),
      )
    : [...byKey.values()];
  // Words a hyphenating typesetter broke at the ends of a narrow cell's lines ("sam-" / "pled") are printed whole again
  // (line-end-hyphens.ts), in the deviation, the control and the response alike.
  const exceptions = read.map((e) => unbroken(e, index.text));
  if (exceptions.length === 0 && noExceptionRows === 0) return missing("no test results found in the text layer");
  const first = hits[0] ?? searchAll(index, NO_EXCEPTION_RE)[0];
  if (!first) {
    // Only the table reader found the exceptions (a results column with no "Exception noted" marker the text
    // stream knows): its first exception row is the citation.
    const cited = table?.exceptions[0];
    if (!cited) return missing("no test results found in the text layer");
    return {
      value: { exceptions_count: exceptions.length, exceptions, result_rows: table!.resultRows },
      page: cited.page,
      quote: cited.quote,
      confidence: 0.8,
      note: "read from the test table by position",
    };
  }
  return factAt(
    index,
    { exceptions_count: exceptions.length, exceptions, result_rows: noExceptionRows + hits.length },
    first.index,
    first[0].length,
    0.8,
    `${hits.length} exception rows, ${exceptions.length} distinct`,
  );
}

// Two readings of one exception share their first words.
const SAME_START = 16;

/**
 * The text reader's exceptions, with the table's rows in place of those read on pages where the table reader found
 * at least as many exception rows as the text reader found exception cells (the stream interleaves a wrapped row's
 * columns; by position the control, criteria and deviation are the row's own). On a page where the two disagree the
 * text reader's reading stands, and an exception it also read elsewhere (a summary table) is kept.
 */
function withTableRows(read: ControlException[], rows: TableException[], hitPages: number[]): ControlException[] {
  const count = (list: number[], p: number) => list.filter((x) => x === p).length;
  const rowPages = rows.map((r) => r.page);
  const agree = new Set(rowPages.filter((p) => count(rowPages, p) >= count(hitPages, p)));
  const kept = read.filter((e) => !e.pages.every((p) => agree.has(p)));
  const replaced = read.filter((e) => !kept.includes(e));
  const added = new Map<string, ControlException>();
  const paired = new Set<ControlException>();
  for (const row of rows) {
    if (!agree.has(row.page)) continue;
    const start = key(row.deviation).slice(0, SAME_START);
    // Read elsewhere too and kept as read there: the row only fills what that reading lacks.
    const elsewhere = kept.find((e) => key(e.deviation).slice(0, SAME_START) === start);
    if (elsewhere) {
      if (elsewhere.criteria.length === 0) elsewhere.criteria = [...row.criteria].sort();
      elsewhere.control ??= row.control;
      elsewhere.management_response ??= row.management_response;
      continue;
    }
    const same = added.get(start);
    if (same) {
      // One exception printed under each of its criteria: one exception, every criterion.
      same.criteria = [...new Set([...same.criteria, ...row.criteria])].sort();
      same.management_response ??= row.management_response;
      if (!same.pages.includes(row.page)) same.pages.push(row.page);
      continue;
    }
    // The text reader's reading of this row: the same words, else the next one it read on the row's page (the stream
    // may have mixed another column into its deviation); what the row lacks (a SOC 1 objective) comes from it.
    const text =
      replaced.find((e) => key(e.deviation).slice(0, SAME_START) === start) ??
      replaced.find((e) => e.pages.includes(row.page) && !paired.has(e));
    if (text) paired.add(text);
    added.set(start, {
      criteria: [...(row.criteria.length ? row.criteria : (text?.criteria ?? []))].sort(),
      control: row.control ?? text?.control ?? null,
      deviation: row.deviation,
      sample: row.sample,
      management_response: row.management_response ?? text?.management_response ?? null,
      pages: [row.page],
      page: row.page,
      quote: row.quote,
    });
  }
  return [...kept, ...added.values()];
}

function unbroken(e: ControlException, text: string): ControlException {
  const join = (s: string | null) => (s ? joinBrokenWords(s, text) : s);
  const deviation = joinBrokenWords(e.deviation, text);
  const control = join(e.control);
  const response = join(e.management_response);
  if (deviation === e.deviation && control === e.control && response === e.management_response) return e;
  return { ...e, deviation, control, management_response: response };
}
