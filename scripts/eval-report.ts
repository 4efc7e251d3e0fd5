// The grader's bookkeeping and tables, shared by `npm run eval:corpus` (real documents) and `npm run eval:synth`
// (generated ones) so both figures are counted and printed the same way: one document's field table, the per-field
// table, the citations not on their page, and the overall table (one row per group).
import { citationProblems } from "../lib/extraction/citation-check";
import type { ExtractionSuccess } from "../lib/extraction/types";
import type { CorpusRow } from "./corpus-docs";
import { expectedKind, scoreDocument, type FieldScore } from "./eval-compare";

export type Tally = Record<string, number>;

/** What a run accumulates over its documents. */
export type Grading = {
  fieldTotals: Map<string, Tally>;
  offPage: string[];
};

export function newGrading(): Grading {
  return { fieldTotals: new Map(), offPage: [] };
}

function short(v: unknown): string {
  const s = v === null || v === undefined ? "null" : typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function add(t: Tally, key: string, n = 1): void {
  t[key] = (t[key] ?? 0) + n;
}

const GOOD = ["correct", "correct_null", "withheld"];

/**
 * Grades one extracted document against its expected facts: adds its counts to every tally given and to the run's
 * per-field totals and off-page list, and returns its printed section ("## <rel> ..." and its field table) and
 * whether any field or citation was not right.
 */
export function gradeRow(
  rel: string,
  row: Pick<CorpusRow, "result" | "ms" | "pages"> & { expected: Record<string, unknown> },
  tallies: Tally[],
  grading: Grading,
): { lines: string[]; clean: boolean } {
  const { result, ms, expected, pages } = row;
  const addAll = (key: string, n = 1) => tallies.forEach((x) => add(x, key, n));
  addAll("documents");
  if (!result.ok) {
    addAll("error");
    // A document that could not be read has every field it should have given missed, so the accuracy of a set
    // with errors is not computed over the documents that happened to open.
    for (const s of scoreDocument(blankResult(expected), expected)) {
      if (s.status === "n/a") continue;
      addAll("missed");
      const ft = grading.fieldTotals.get(s.field) ?? {};
      add(ft, "missed");
      grading.fieldTotals.set(s.field, ft);
    }
    return { lines: [`\n## ${rel}: ERROR ${result.error.code}: ${result.error.message}`], clean: false };
  }
  const wantKind = expectedKind(expected.doc_kind);
  addAll("kind_scored");
  if (wantKind === result.doc_kind) addAll("kind_right");
  let clean = wantKind === result.doc_kind;
  const ocr = result.ocr_pages?.length
    ? `, OCR ${result.ocr_pages.map((p) => `p${p.page} ${p.status} ${p.confidence}`).join(" ")}`
    : "";
  const lines = [
    `\n## ${rel}  (${Math.round(ms)} ms, ${result.pages} p${ocr})\ndoc_kind: ${result.doc_kind} (expected ${wantKind}) ${wantKind === result.doc_kind ? "OK" : "WRONG"}`,
    `| field | status | extracted | expected |\n|---|---|---|---|`,
  ];
  const scores: FieldScore[] = scoreDocument(result, expected);
  for (const s of scores) {
    if (s.status === "n/a") continue;
    addAll(s.status);
    if (!GOOD.includes(s.status)) clean = false;
    const ft = grading.fieldTotals.get(s.field) ?? {};
    add(ft, s.status);
    grading.fieldTotals.set(s.field, ft);
    lines.push(`| ${s.field} | ${s.status} | ${short(s.extracted)} | ${short(s.expected)} |`);
  }
  const problems = citationProblems(result, pages);
  addAll("citations_checked_docs");
  addAll("quotes_off_page", problems.length);
  if (problems.length > 0) clean = false;
  for (const p of problems)
    grading.offPage.push(`${rel} ${p.field}${p.item === undefined ? "" : `[${p.item}]`}: ${p.problem}`);
  return { lines, clean };
}

/** An extraction that found nothing, to list the fields an unreadable document should have given. */
function blankResult(expected: Record<string, unknown>): ExtractionSuccess {
  return {
    ok: true,
    doc_kind: expectedKind(expected.doc_kind) as ExtractionSuccess["doc_kind"],
    doc_kind_confidence: 0,
    document: {} as ExtractionSuccess["document"],
    facts: {},
    not_in_text_layer: [],
    consistency_flags: [],
    authenticity_flags: [],
    pages: 0,
    sha256: "",
    text_layer: "none",
  };
}

export function summaryRow(name: string, t: Tally): string {
  const good = (t.correct ?? 0) + (t.correct_null ?? 0) + (t.withheld ?? 0);
  const scored = good + (t.missed ?? 0) + (t.wrong ?? 0) + (t.fabricated ?? 0);
  const pct = ((100 * good) / Math.max(1, scored)).toFixed(1);
  return `| ${name} | ${t.documents ?? 0} | ${t.kind_right ?? 0}/${t.kind_scored ?? 0} | ${scored} | ${t.correct ?? 0} | ${t.correct_null ?? 0} | ${t.withheld ?? 0} | ${t.missed ?? 0} | ${t.wrong ?? 0} | ${t.fabricated ?? 0} | ${t.quotes_off_page ?? 0} / ${t.citations_checked_docs ?? 0} docs | ${t.error ?? 0} | ${pct} % |`;
}

/** The per-field table and the list of citations not on their page. */
export function printFieldsAndCitations(grading: Grading): void {
  console.log(
    `\n## Per field\n| field | correct | correct_null | withheld | missed | wrong | fabricated |\n|---|---|---|---|---|---|---|`,
  );
  for (const [field, t] of [...grading.fieldTotals.entries()].sort()) {
    console.log(
      `| ${field} | ${t.correct ?? 0} | ${t.correct_null ?? 0} | ${t.withheld ?? 0} | ${t.missed ?? 0} | ${t.wrong ?? 0} | ${t.fabricated ?? 0} |`,
    );
  }
  console.log(`\n## Citations not on their page (${grading.offPage.length})`);
  for (const line of grading.offPage) console.log(`- ${line}`);
}

/** The overall table's header; `first` names the grouping column ("folder", "variation"). */
export function overallHeader(first: string): string {
  return `| ${first} | documents | doc_kind | fields scored | correct | correct_null | withheld | missed | wrong | fabricated | citations off page | errors | field accuracy |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|`;
}
