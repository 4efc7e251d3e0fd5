// Usage: npm run eval:corpus [-- --only=<regex>]  (`--only` keeps documents whose "<folder>/<file>" path matches)
// Extracts every document in ../shared/corpus and ../shared/corpus-added, compares field by field with its
// expected.json, checks that every citation's quote is on its page, and prints a table per document, then one table
// with each folder and both combined; then writes the extraction of every holdout document to bench/out/holdout/.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { citationProblems } from "../lib/extraction/citation-check";
import { corpusFolders, extractFolder } from "./corpus-docs";
import { expectedKind, scoreDocument, type FieldScore } from "./eval-compare";

function short(v: unknown): string {
  const s = v === null || v === undefined ? "null" : typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

type Tally = Record<string, number>;

/**
 * The hold-out split of a folder (issue #12): its documents in alphabetical order of file name, odd positions
 * (1st, 3rd, ...) are half A, where rules are written; even positions are half B, measured before its failures
 * are read.
 */
function halves(files: string[]): Map<string, "A" | "B"> {
  const names = files.map((f) => path.basename(f)).sort();
  return new Map(names.map((n, i) => [n, i % 2 === 0 ? "A" : "B"]));
}

function add(t: Tally, key: string, n = 1): void {
  t[key] = (t[key] ?? 0) + n;
}

function summaryRow(name: string, t: Tally): string {
  const good = (t.correct ?? 0) + (t.correct_null ?? 0) + (t.withheld ?? 0);
  const scored = good + (t.missed ?? 0) + (t.wrong ?? 0) + (t.fabricated ?? 0);
  const pct = ((100 * good) / Math.max(1, scored)).toFixed(1);
  return `| ${name} | ${t.documents ?? 0} | ${t.kind_right ?? 0}/${t.kind_scored ?? 0} | ${scored} | ${t.correct ?? 0} | ${t.correct_null ?? 0} | ${t.withheld ?? 0} | ${t.missed ?? 0} | ${t.wrong ?? 0} | ${t.fabricated ?? 0} | ${t.quotes_off_page ?? 0} / ${t.citations_checked_docs ?? 0} docs | ${t.error ?? 0} | ${pct} % |`;
}

async function main() {
  const folders = corpusFolders();
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  if (folders.length === 0) {
    console.error("corpus not found (set ASSAY_CORPUS_DIR)");
    process.exit(2);
  }
  const corpus = folders[0]!.dir;
  const holdout = process.env.ASSAY_HOLDOUT_DIR ?? path.resolve(path.dirname(corpus), "holdout");
  const byFolder = new Map<string, Tally>();
  const byHalf = new Map<string, Tally>();
  const all: Tally = {};
  const fieldTotals = new Map<string, Tally>();
  const offPage: string[] = [];
  for (const folder of folders) {
    const t: Tally = {};
    byFolder.set(folder.name, t);
    const rows = await extractFolder(
      folder,
      only ? (f) => new RegExp(only).test(path.relative(path.dirname(folder.dir), f)) : undefined,
    );
    const half = halves(rows.filter((r) => r.expected).map((r) => r.file));
    for (const { file, result, ms, expected, pages } of rows) {
      const rel = `${folder.name}/${path.relative(folder.dir, file)}`;
      if (!expected) {
        console.log(`\n## ${rel}: no expected.json, skipped`);
        continue;
      }
      const halfName = `${folder.name} half ${half.get(path.basename(file))}`;
      const h = byHalf.get(halfName) ?? {};
      byHalf.set(halfName, h);
      // Counts go to the folder's tally and to its half's.
      const tallies = [t, h];
      const addBoth = (key: string, n = 1) => tallies.forEach((x) => add(x, key, n));
      addBoth("documents");
      if (!result.ok) {
        console.log(`\n## ${rel}: ERROR ${result.error.code}: ${result.error.message}`);
        addBoth("error");
        continue;
      }
      const wantKind = expectedKind(expected.doc_kind);
      addBoth("kind_scored");
      if (wantKind === result.doc_kind) addBoth("kind_right");
      const ocr = result.ocr_pages?.length
        ? `, OCR ${result.ocr_pages.map((p) => `p${p.page} ${p.status} ${p.confidence}`).join(" ")}`
        : "";
      console.log(
        `\n## ${rel}  (${Math.round(ms)} ms, ${result.pages} p${ocr})\ndoc_kind: ${result.doc_kind} (expected ${wantKind}) ${wantKind === result.doc_kind ? "OK" : "WRONG"}`,
      );
      console.log(`| field | status | extracted | expected |\n|---|---|---|---|`);
      const scores: FieldScore[] = scoreDocument(result, expected);
      for (const s of scores) {
        if (s.status === "n/a") continue;
        addBoth(s.status);
        const ft = fieldTotals.get(s.field) ?? {};
        add(ft, s.status);
        fieldTotals.set(s.field, ft);
        console.log(`| ${s.field} | ${s.status} | ${short(s.extracted)} | ${short(s.expected)} |`);
      }
      const problems = citationProblems(result, pages);
      addBoth("citations_checked_docs");
      addBoth("quotes_off_page", problems.length);
      for (const p of problems)
        offPage.push(`${rel} ${p.field}${p.item === undefined ? "" : `[${p.item}]`}: ${p.problem}`);
    }
    for (const [k, v] of Object.entries(t)) add(all, k, v);
  }
  console.log(
    `\n## Per field\n| field | correct | correct_null | withheld | missed | wrong | fabricated |\n|---|---|---|---|---|---|---|`,
  );
  for (const [field, t] of [...fieldTotals.entries()].sort()) {
    console.log(
      `| ${field} | ${t.correct ?? 0} | ${t.correct_null ?? 0} | ${t.withheld ?? 0} | ${t.missed ?? 0} | ${t.wrong ?? 0} | ${t.fabricated ?? 0} |`,
    );
  }
  console.log(`\n## Citations not on their page (${offPage.length})`);
  for (const line of offPage) console.log(`- ${line}`);
  console.log(`\n## Overall`);
  console.log(
    `| folder | documents | doc_kind | fields scored | correct | correct_null | withheld | missed | wrong | fabricated | citations off page | errors | field accuracy |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|`,
  );
  for (const [name, t] of byFolder) console.log(summaryRow(name, t));
  console.log(summaryRow("combined", all));
  for (const [name, t] of [...byHalf.entries()].sort()) console.log(summaryRow(name, t));

  if (existsSync(holdout)) {
    const outDir = path.resolve(process.cwd(), "bench/out/holdout");
    mkdirSync(outDir, { recursive: true });
    const held = await extractFolder({ name: "holdout", dir: holdout });
    for (const { file, result } of held) {
      writeFileSync(path.join(outDir, `${path.basename(file)}.json`), JSON.stringify(result, null, 2));
    }
    console.log(`\nholdout: wrote ${held.length} extractions to ${path.relative(process.cwd(), outDir)}/`);
  }
  process.exit(0);
}

void main();
