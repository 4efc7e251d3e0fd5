// Usage: npm run eval:corpus [-- --only=<regex>]
// Extracts every document in the dev corpus folders (../shared/corpus and ../shared/corpus-added), compares field by
// field with its expected.json and prints a table per document plus accuracy per folder and overall; then writes the
// extraction of every holdout document to bench/out/holdout/. `--only` keeps documents whose path matches.
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

type Tally = Record<string, number>;

function accuracy(t: Tally): { good: number; scored: number; pct: string } {
  const good = (t.correct ?? 0) + (t.correct_null ?? 0) + (t.withheld ?? 0);
  const scored = good + (t.missed ?? 0) + (t.wrong ?? 0) + (t.fabricated ?? 0);
  return { good, scored, pct: ((100 * good) / Math.max(1, scored)).toFixed(1) };
}

function add(into: Map<string, Tally>, key: string, status: string): void {
  const t = into.get(key) ?? {};
  t[status] = (t[status] ?? 0) + 1;
  into.set(key, t);
}

async function main() {
  const corpus = process.env.ASSAY_CORPUS_DIR ?? path.resolve(process.cwd(), "../shared/corpus");
  const added = process.env.ASSAY_CORPUS_ADDED_DIR ?? path.resolve(path.dirname(corpus), "corpus-added");
  const holdout = process.env.ASSAY_HOLDOUT_DIR ?? path.resolve(path.dirname(corpus), "holdout");
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  if (!existsSync(corpus)) {
    console.error(`corpus not found at ${corpus} (set ASSAY_CORPUS_DIR)`);
    process.exit(2);
  }
  const folders = [corpus, ...(existsSync(added) ? [added] : [])];
  const files = folders.flatMap((dir) =>
    listDocuments(dir).filter((f) => !only || new RegExp(only).test(path.relative(path.dirname(corpus), f))),
  );
  const rows = await extractAll(files);
  withCrossFlags(rows);
  const totals: Tally = {};
  const fieldTotals = new Map<string, Tally>();
  const folderTotals = new Map<string, Tally>();
  const kindTotals = new Map<string, Tally>();
  let kindsRight = 0;
  let kindsScored = 0;
  let fabricatedAbsent = 0;
  for (const { file, result, ms } of rows) {
    const expected = expectedFor(file);
    const folder = path.basename(folders.find((d) => file.startsWith(d + path.sep))!);
    const rel = path.join(folder, path.relative(path.join(path.dirname(corpus), folder), file));
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
    add(folderTotals, folder, wantKind === result.doc_kind ? "kind_right" : "kind_wrong");
    console.log(
      `\n## ${rel}  (${Math.round(ms)} ms, ${result.pages} p)\ndoc_kind: ${result.doc_kind} (expected ${wantKind}) ${wantKind === result.doc_kind ? "OK" : "WRONG"}`,
    );
    console.log(`| field | status | extracted | expected |\n|---|---|---|---|`);
    const scores: FieldScore[] = scoreDocument(result, expected);
    for (const s of scores) {
      if (s.status === "n/a") continue;
      totals[s.status] = (totals[s.status] ?? 0) + 1;
      if (s.status === "fabricated" && s.expected === undefined) fabricatedAbsent++;
      add(fieldTotals, s.field, s.status);
      add(folderTotals, folder, s.status);
      add(kindTotals, wantKind, s.status);
      console.log(`| ${s.field} | ${s.status} | ${short(s.extracted)} | ${short(s.expected)} |`);
    }
  }
  const { good, scored, pct } = accuracy(totals);
  console.log(
    `\n## Per field\n| field | correct | correct_null | withheld | missed | wrong | fabricated |\n|---|---|---|---|---|---|---|`,
  );
  for (const [field, t] of [...fieldTotals.entries()].sort()) {
    console.log(
      `| ${field} | ${t.correct ?? 0} | ${t.correct_null ?? 0} | ${t.withheld ?? 0} | ${t.missed ?? 0} | ${t.wrong ?? 0} | ${t.fabricated ?? 0} |`,
    );
  }
  console.log(
    `\n## Per folder and per kind\n| set | doc_kind right | fields good/scored | accuracy | missed | wrong | fabricated |\n|---|---|---|---|---|---|---|`,
  );
  for (const [name, t] of [...folderTotals.entries(), ...[...kindTotals.entries()].sort()]) {
    const a = accuracy(t);
    const kinds = folderTotals.has(name) ? `${t.kind_right ?? 0}/${(t.kind_right ?? 0) + (t.kind_wrong ?? 0)}` : "";
    console.log(
      `| ${name} | ${kinds} | ${a.good}/${a.scored} | ${a.pct} % | ${t.missed ?? 0} | ${t.wrong ?? 0} | ${t.fabricated ?? 0} |`,
    );
  }
  console.log(`\n## Overall`);
  console.log(
    `documents: ${rows.length}, doc_kind: ${kindsRight}/${kindsScored} (${((100 * kindsRight) / Math.max(1, kindsScored)).toFixed(1)} %)`,
  );
  console.log(
    `fields scored: ${scored}; correct ${totals.correct ?? 0}, correct_null ${totals.correct_null ?? 0}, withheld (not in text layer, declared) ${totals.withheld ?? 0}, missed ${totals.missed ?? 0}, wrong ${totals.wrong ?? 0}, fabricated ${totals.fabricated ?? 0} (of which expected key absent: ${fabricatedAbsent}), errors ${totals.error ?? 0}`,
  );
  console.log(`field accuracy: ${pct} % (${good}/${scored})`);

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
