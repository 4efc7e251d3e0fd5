// Usage: npx tsx bench/extraction/run.ts [rounds]   (npm run bench:extraction -- 9)
// Extraction (forked parser + text rules) against raw pdf-parse getText() on the same synthetic SOC 2 files, in the
// same run, and the parse process's peak RSS. Writes bench/out/extraction-bench.json.
//
// The figure is CPU time, not wall-clock: on a shared machine another process's load stretches wall time by 1–3×
// from one run to the next, while the CPU a piece of work needs moves far less. Extraction's CPU is the parent's
// (IPC, rules) plus the parser process's for the document (all its threads, reported by the child); getText's is
// this process's. Each round measures both, in alternating order, after a full GC so neither side pays for the
// other's garbage; the ratio is taken per round and reported as the median with its spread (min–max) over the
// rounds. Wall-clock medians are printed beside it for reference.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { PDFParse } from "pdf-parse";
import { extractDocument } from "../../lib/extraction";
import type { ExtractionStats } from "../../lib/extraction/types";
import { generateSoc2 } from "../../scripts/synth/generate-soc2";
import { randomSoc2Spec } from "../../scripts/synth/soc2-spec";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

type Sample = { wallMs: number; cpuMs: number };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

async function rawGetText(bytes: Uint8Array): Promise<Sample> {
  gc();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false });
  await parser.getText();
  await parser.destroy();
  return { wallMs: performance.now() - t, cpuMs: cpuMsSince(cpu) };
}

async function ours(bytes: Uint8Array, maxDocsPerWorker: number): Promise<Sample & { stats: ExtractionStats }> {
  gc();
  let stats: ExtractionStats | null = null;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const r = await extractDocument({ bytes, filename: "bench.pdf" }, { maxDocsPerWorker, onStats: (s) => (stats = s) });
  const wallMs = performance.now() - t;
  const parentCpuMs = cpuMsSince(cpu);
  const st = stats as ExtractionStats | null;
  if (!r.ok || !st) throw new Error(`extraction failed: ${r.ok ? "no stats" : r.error.code}`);
  if (typeof st.parseCpuMs !== "number") throw new Error("the parser process did not report its CPU time");
  return { wallMs, cpuMs: parentCpuMs + st.parseCpuMs, stats: st };
}

function summary(mine: Sample[], raw: Sample[]) {
  const ratios = mine.map((m, i) => m.cpuMs / raw[i]!.cpuMs);
  return {
    raw_getText_cpu_ms_median: Math.round(median(raw.map((s) => s.cpuMs))),
    extract_cpu_ms_median: Math.round(median(mine.map((s) => s.cpuMs))),
    cpu_ratio_median: round2(median(ratios)),
    cpu_ratio_min: round2(Math.min(...ratios)),
    cpu_ratio_max: round2(Math.max(...ratios)),
    raw_getText_wall_ms_median: Math.round(median(raw.map((s) => s.wallMs))),
    extract_wall_ms_median: Math.round(median(mine.map((s) => s.wallMs))),
    wall_ratio: round2(median(mine.map((s) => s.wallMs)) / median(raw.map((s) => s.wallMs))),
  };
}

/** Rounds of getText and extraction in alternating order (A B, B A, …). */
async function alternate(bytes: Uint8Array, rounds: number, maxDocsPerWorker: number) {
  const raw: Sample[] = [];
  const mine: (Sample & { stats: ExtractionStats })[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      raw.push(await rawGetText(bytes));
      mine.push(await ours(bytes, maxDocsPerWorker));
    } else {
      mine.push(await ours(bytes, maxDocsPerWorker));
      raw.push(await rawGetText(bytes));
    }
    // A fresh process per document: let the next one finish starting before measuring again.
    if (maxDocsPerWorker === 1) await new Promise((r) => setTimeout(r, 500));
  }
  return { raw, mine };
}

async function main() {
  const rounds = Number(process.argv[2] ?? 9);
  const results = [];
  for (const pages of [100, 300]) {
    const { pdf, expected } = await generateSoc2(randomSoc2Spec(1, { pages, soc2Type: "type_2" }));
    const bytes = new Uint8Array(pdf);
    // Warm both sides: the in-process pdf.js's first import and JIT, the parser process's first document.
    await rawGetText(bytes);
    await ours(bytes, 20);
    // The default: one parser process reused for up to 20 documents.
    const warm = await alternate(bytes, rounds, 20);
    // A fresh process per document (pdf.js loaded ahead of time, but its JIT is cold).
    const fresh = await alternate(bytes, Math.max(3, Math.ceil(rounds / 3)), 1);
    const all = [...warm.mine, ...fresh.mine];
    const row = {
      pages: expected.synthetic.page_count,
      bytes: bytes.length,
      rounds,
      ...summary(warm.mine, warm.raw),
      fresh_process: summary(fresh.mine, fresh.raw),
      parse_cpu_ms_median: Math.round(median(warm.mine.map((m) => m.stats.parseCpuMs ?? 0))),
      rules_ms_median: Math.round(median(warm.mine.map((m) => m.stats.rulesMs))),
      parse_process_peak_rss_mb: Math.round(Math.max(...all.map((m) => m.stats.parsePeakRssMb ?? 0))),
    };
    console.log(JSON.stringify(row));
    results.push(row);
  }
  const out = path.resolve(process.cwd(), "bench/out");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, "extraction-bench.json"),
    JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2),
  );
  process.exit(0);
}

void main();
