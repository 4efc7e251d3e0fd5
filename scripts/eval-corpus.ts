// Usage: npm run eval:corpus
// Extracts every document in the dev corpus, compares field by field with its expected.json and prints a table per
// document plus overall accuracy; then writes the extraction of every holdout document to bench/out/holdout/.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../lib/extraction";
import { addCrossDocumentFlags } from "../lib/extraction/cross-document";
import { expectedKind, scoreDocument, type FieldScore } from "./eval-compare";
import type { ExtractionResult, ExtractionSuccess } from "../lib/extraction/types";

const DOC_EXT = /\.(pdf|md|markdown|html?|csv|ya?ml)$/i;

function listDocuments(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root).sort()) {
    const full = path.join(root, entry);
    if (statSync(full).isDirectory()) {
      if (entry !== "frameworks") out.push(...listDocuments(full));
    } else if (DOC_EXT.test(entry) && !entry.endsWith(".expected.json")) out.push(full);
  }
  return out;
}

function expectedFor(file: string): Record<string, unknown> | null {
  let stem = path.basename(file);
  while (stem.includes(".")) {
    stem = stem.slice(0, stem.lastIndexOf("."));
    const candidate = path.join(path.dirname(file), `${stem}.expected.json`);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, "utf8")) as Record<string, unknown>;
  }
  return null;
}

function short(v: unknown): string {
  const s = v === null || v === undefined ? "null" : typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

async function extractAll(files: string[]): Promise<{ file: string; result: ExtractionResult; ms: number }[]> {
  const out = [];
  for (const file of files) {
    const t = performance.now();
    const result = await extractDocument({ bytes: new Uint8Array(readFileSync(file)), filename: path.basename(file) });
    out.push({ file, result, ms: performance.now() - t });
  }
  return out;
}

function withCrossFlags(rows: { file: string; result: ExtractionResult }[]): void {
  const ok = rows.filter((r): r is { file: string; result: ExtractionSuccess } => r.result.ok);
  addCrossDocumentFlags(ok.map((r) => ({ name: path.basename(r.file), result: r.result })));
}

async function main() {
  const corpus = process.env.ASSAY_CORPUS_DIR ?? path.resolve(process.cwd(), "../shared/corpus");
  const holdout = process.env.ASSAY_HOLDOUT_DIR ?? path.resolve(path.dirname(corpus), "holdout");
  if (!existsSync(corpus)) {
    console.error(`corpus not found at ${corpus} (set ASSAY_CORPUS_DIR)`);
    process.exit(2);
  }
  const rows = await extractAll(listDocuments(corpus));
  withCrossFlags(rows);
  const totals: Record<string, number> = {};
  const fieldTotals = new Map<string, Record<string, number>>();
  let kindsRight = 0;
  let kindsScored = 0;
  let fabricatedAbsent = 0;
  for (const { file, result, ms } of rows) {
    const expected = expectedFor(file);
    const rel = path.relative(corpus, file);
    if (!expected) {
      console.log(`\n## ${rel}: no expected.json, skipped`);
      continue;
    }
    if (!result.ok) {
      console.log(`\n## ${rel}: ERROR ${result.error.code}: ${result.error.message}`);
      totals.error = (totals.error ?? 0) + 1;
      continue;
    }
    const wantKind = expectedKind(expected.doc_kind);
    kindsScored++;
    if (wantKind === result.doc_kind) kindsRight++;
    console.log(
      `\n## ${rel}  (${Math.round(ms)} ms, ${result.pages} p)\ndoc_kind: ${result.doc_kind} (expected ${wantKind}) ${wantKind === result.doc_kind ? "OK" : "WRONG"}`,
    );
    console.log(`| field | status | extracted | expected |\n|---|---|---|---|`);
    const scores: FieldScore[] = scoreDocument(result, expected);
    for (const s of scores) {
      if (s.status === "n/a") continue;
      totals[s.status] = (totals[s.status] ?? 0) + 1;
      if (s.status === "fabricated" && s.expected === undefined) fabricatedAbsent++;
      const ft = fieldTotals.get(s.field) ?? {};
      ft[s.status] = (ft[s.status] ?? 0) + 1;
      fieldTotals.set(s.field, ft);
      console.log(`| ${s.field} | ${s.status} | ${short(s.extracted)} | ${short(s.expected)} |`);
    }
  }
  const good = (totals.correct ?? 0) + (totals.correct_null ?? 0) + (totals.withheld ?? 0);
  const scored = good + (totals.missed ?? 0) + (totals.wrong ?? 0) + (totals.fabricated ?? 0);
  console.log(
    `\n## Per field\n| field | correct | correct_null | withheld | missed | wrong | fabricated |\n|---|---|---|---|---|---|---|`,
  );
  for (const [field, t] of [...fieldTotals.entries()].sort()) {
    console.log(
      `| ${field} | ${t.correct ?? 0} | ${t.correct_null ?? 0} | ${t.withheld ?? 0} | ${t.missed ?? 0} | ${t.wrong ?? 0} | ${t.fabricated ?? 0} |`,
    );
  }
  console.log(`\n## Overall`);
  console.log(
    `documents: ${rows.length}, doc_kind: ${kindsRight}/${kindsScored} (${((100 * kindsRight) / Math.max(1, kindsScored)).toFixed(1)} %)`,
  );
  console.log(
    `fields scored: ${scored}; correct ${totals.correct ?? 0}, correct_null ${totals.correct_null ?? 0}, withheld (not in text layer, declared) ${totals.withheld ?? 0}, missed ${totals.missed ?? 0}, wrong ${totals.wrong ?? 0}, fabricated ${totals.fabricated ?? 0} (of which expected key absent: ${fabricatedAbsent}), errors ${totals.error ?? 0}`,
  );
  console.log(`field accuracy: ${((100 * good) / Math.max(1, scored)).toFixed(1)} %`);

  if (existsSync(holdout)) {
    const outDir = path.resolve(process.cwd(), "bench/out/holdout");
    mkdirSync(outDir, { recursive: true });
    const held = await extractAll(listDocuments(holdout));
    withCrossFlags(held);
    for (const { file, result } of held) {
      writeFileSync(path.join(outDir, `${path.basename(file)}.json`), JSON.stringify(result, null, 2));
    }
    console.log(`\nholdout: wrote ${held.length} extractions to ${path.relative(process.cwd(), outDir)}/`);
  }
  process.exit(0);
}

void main();
