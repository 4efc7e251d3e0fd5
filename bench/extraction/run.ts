// Usage: npx tsx bench/extraction/run.ts [rounds]   (npm run bench:extraction -- 9)
// Extraction (forked parser + text rules) against raw pdf-parse getText() on the same synthetic SOC 2 files, in the
// same run, and the parse process's peak RSS. Writes bench/out/extraction-bench.json.
//
// The figure is CPU time, not wall-clock: on a shared machine another process's load stretches wall time by 1–3×
// from one run to the next, while the CPU a piece of work needs moves far less. Extraction's CPU is the parent's
// (IPC, rules) plus the parser process's for the document (all its threads, reported by the child).
//
// Pairing: getText() runs in its own plain Node process set up like the parser process (get-text-process.mjs: pdf.js
// and its worker code loaded first, the document sent over IPC, CPU of all threads from its arrival), in the same
// state as the parser process: REUSED (the default: one parser process reads up to 20 documents, so its JIT is warm)
// against a reused getText process, and FRESH (the first document after a recycle: a process that has loaded pdf.js
// but read nothing, JIT cold) against a fresh getText process. getText() inside this bench process is no fair
// baseline: under tsx (source maps on, a large heap) pdf.js needs 1.3–1.7× the CPU it needs in a plain process, which
// made extraction look cheaper than getText (ratio 0.71); it is still printed (`in_process`) for that comparison.
//
// Each round measures both sides in alternating order (A B, B A, …); the ratio is taken per round and reported as
// the median with its spread (min–max) over the rounds. Wall-clock medians are printed beside it for reference.
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { PDFParse } from "pdf-parse";
import { extractDocument, stopIdleParser } from "../../lib/extraction";
import { idleParserReady } from "../../lib/extraction/pdf-reader";
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
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** A getText() baseline process (get-text-process.mjs), started like the parser process: plain Node, small env. */
type GetTextProcess = { child: ChildProcess; ready: Promise<number>; nextId: number };

function startGetTextProcess(): GetTextProcess {
  const child = fork(path.resolve(process.cwd(), "bench/extraction/get-text-process.mjs"), [], {
    execArgv: [],
    serialization: "advanced",
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: { NODE_ENV: "production", PATH: process.env.PATH ?? "" },
  });
  const ready = new Promise<number>((resolve, reject) => {
    child.once("message", (m: { ready?: boolean; startCpuMs: number }) => (m.ready ? resolve(m.startCpuMs) : null));
    child.once("exit", () => reject(new Error("the getText process exited before it was ready")));
  });
  return { child, ready, nextId: 1 };
}

async function getTextIn(proc: GetTextProcess, bytes: Uint8Array): Promise<Sample> {
  await proc.ready;
  const id = proc.nextId++;
  const t = performance.now();
  const reply = await new Promise<{ cpuMs?: number; error?: string }>((resolve) => {
    const onMessage = (m: { id?: number; cpuMs?: number; error?: string }) => {
      if (m.id !== id) return;
      proc.child.off("message", onMessage);
      resolve(m);
    };
    proc.child.on("message", onMessage);
    proc.child.send({ id, bytes });
  });
  if (typeof reply.cpuMs !== "number") throw new Error(`getText failed: ${reply.error}`);
  return { wallMs: performance.now() - t, cpuMs: reply.cpuMs };
}

/** getText() in this (tsx) process: the earlier baseline, kept for comparison only. */
async function inProcessGetText(bytes: Uint8Array): Promise<Sample> {
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
    getText_cpu_ms_median: Math.round(median(raw.map((s) => s.cpuMs))),
    extract_cpu_ms_median: Math.round(median(mine.map((s) => s.cpuMs))),
    cpu_ratio_median: round2(median(ratios)),
    cpu_ratio_min: round2(Math.min(...ratios)),
    cpu_ratio_max: round2(Math.max(...ratios)),
    getText_wall_ms_median: Math.round(median(raw.map((s) => s.wallMs))),
    extract_wall_ms_median: Math.round(median(mine.map((s) => s.wallMs))),
    wall_ratio: round2(median(mine.map((s) => s.wallMs)) / median(raw.map((s) => s.wallMs))),
  };
}

/** Reused processes: one parser process and one getText process, both warmed by a first document. */
async function reusedRounds(bytes: Uint8Array, rounds: number) {
  const proc = startGetTextProcess();
  await getTextIn(proc, bytes);
  await ours(bytes, 20);
  await inProcessGetText(bytes);
  const raw: Sample[] = [];
  const mine: (Sample & { stats: ExtractionStats })[] = [];
  const inProcess: Sample[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      raw.push(await getTextIn(proc, bytes));
      mine.push(await ours(bytes, 20));
    } else {
      mine.push(await ours(bytes, 20));
      raw.push(await getTextIn(proc, bytes));
    }
    inProcess.push(await inProcessGetText(bytes));
  }
  proc.child.disconnect();
  return { raw, mine, inProcess };
}

/**
 * Fresh processes: every document goes to a parser process that has loaded pdf.js and read nothing (the spare the
 * reader starts after each document when `maxDocsPerWorker` is 1), and to a new getText process. Each side is
 * measured once its process said it is ready, plus 500 ms, so no start-up work overlaps the document.
 */
async function freshRounds(bytes: Uint8Array, rounds: number) {
  // The idle parser process has read documents: replace it by one that has not (its first document is not measured).
  stopIdleParser();
  await ours(bytes, 1);
  const raw: Sample[] = [];
  const mine: (Sample & { stats: ExtractionStats })[] = [];
  const parserStartCpu: number[] = [];
  const getTextStartCpu: number[] = [];
  const oneGetText = async () => {
    const proc = startGetTextProcess();
    getTextStartCpu.push(await proc.ready);
    await sleep(500);
    raw.push(await getTextIn(proc, bytes));
    proc.child.disconnect();
  };
  const oneExtraction = async () => {
    const start = await idleParserReady();
    if (start !== null) parserStartCpu.push(start);
    await sleep(500);
    mine.push(await ours(bytes, 1));
  };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      await oneGetText();
      await oneExtraction();
    } else {
      await oneExtraction();
      await oneGetText();
    }
  }
  return { raw, mine, parserStartCpu, getTextStartCpu };
}

async function main() {
  const rounds = Number(process.argv[2] ?? 9);
  const load = [loadavg()[0]!];
  const results = [];
  for (const pages of [100, 300]) {
    const { pdf, expected } = await generateSoc2(randomSoc2Spec(1, { pages, soc2Type: "type_2" }));
    const bytes = new Uint8Array(pdf);
    const reused = await reusedRounds(bytes, rounds);
    const fresh = await freshRounds(bytes, rounds);
    load.push(loadavg()[0]!);
    const all = [...reused.mine, ...fresh.mine];
    const inProcessRatios = reused.mine.map((m, i) => m.cpuMs / reused.inProcess[i]!.cpuMs);
    const row = {
      pages: expected.synthetic.page_count,
      bytes: bytes.length,
      rounds,
      reused: summary(reused.mine, reused.raw),
      fresh: summary(fresh.mine, fresh.raw),
      // The earlier pairings, for comparison: extraction against getText() inside this tsx process.
      in_process: {
        getText_cpu_ms_median: Math.round(median(reused.inProcess.map((s) => s.cpuMs))),
        reused_cpu_ratio_median: round2(median(inProcessRatios)),
        fresh_cpu_ratio_median: round2(
          median(fresh.mine.map((m) => m.cpuMs)) / median(reused.inProcess.map((s) => s.cpuMs)),
        ),
      },
      reused_parse_cpu_ms_median: Math.round(median(reused.mine.map((m) => m.stats.parseCpuMs ?? 0))),
      fresh_parse_cpu_ms_median: Math.round(median(fresh.mine.map((m) => m.stats.parseCpuMs ?? 0))),
      rules_ms_median: Math.round(median(reused.mine.map((m) => m.stats.rulesMs))),
      // This process's share of extraction's CPU (receiving the pages, normalising them, the rules, the RSS watch),
      // per round: the part the parser process's figure does not hold.
      reused_parent_cpu_ms_median: Math.round(median(reused.mine.map((m) => m.cpuMs - (m.stats.parseCpuMs ?? 0)))),
      fresh_parent_cpu_ms_median: Math.round(median(fresh.mine.map((m) => m.cpuMs - (m.stats.parseCpuMs ?? 0)))),
      // Loading pdf.js before the first document (not in either side's figure): the parser's spare and the baseline.
      parser_start_cpu_ms_median: fresh.parserStartCpu.length ? Math.round(median(fresh.parserStartCpu)) : null,
      getText_process_start_cpu_ms_median: Math.round(median(fresh.getTextStartCpu)),
      parse_process_peak_rss_mb: Math.round(Math.max(...all.map((m) => m.stats.parsePeakRssMb ?? 0))),
    };
    console.log(JSON.stringify(row));
    results.push(row);
  }
  const loadAverage = load.map((l) => round2(l));
  console.log(`load average (1 min) at start and after each size: ${loadAverage.join(", ")}`);
  for (const r of results) {
    const f = (s: ReturnType<typeof summary>) =>
      `${s.cpu_ratio_median} (${s.cpu_ratio_min}–${s.cpu_ratio_max}), ${s.extract_cpu_ms_median} / ${s.getText_cpu_ms_median} ms`;
    console.log(
      `${r.pages} pages: reused ${f(r.reused)}; fresh ${f(r.fresh)}; ` +
        `parent CPU reused ${r.reused_parent_cpu_ms_median} ms, fresh ${r.fresh_parent_cpu_ms_median} ms`,
    );
  }
  const out = path.resolve(process.cwd(), "bench/out");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, "extraction-bench.json"),
    JSON.stringify({ node: process.version, date: new Date().toISOString(), loadAverage, results }, null, 2),
  );
  process.exit(0);
}

void main();
