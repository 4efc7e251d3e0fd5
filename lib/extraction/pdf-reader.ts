// Runs pdf.js in a forked child process with wall-clock, memory, page and size caps, and maps every failure to a
// typed error. The caller's process never loads pdf.js.
//
// Process reuse: one idle parser process is kept started (pdf.js already loaded) so a document does not pay for
// process start-up; a process reads at most `maxDocsPerWorker` documents (one at a time) and is killed after any
// error, timeout or memory breach. `maxDocsPerWorker: 1` gives a fresh process per document.
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PageLayout } from "./layout";
import type { ExtractionError, ExtractionLimits, OcrPage, PdfMetadata } from "./types";

export const DEFAULT_LIMITS: ExtractionLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 500,
  maxChars: 5_000_000,
  timeoutMs: 60_000,
  maxRssMb: 512,
  maxHeapMb: 256,
  maxDocsPerWorker: 20,
  ocrMaxPages: 10,
};

/** Share of the wall-clock limit after which the child stops OCR (pages not done are skipped and named), leaving
 *  time to send what it read before the parent's hard timeout. */
const OCR_BUDGET_SHARE = 0.8;

/** `pages` holds the OCR text for pages listed in `ocr` with status "read"; the others are the text layer.
 *  `layouts`: positioned text items per page (absent from a worker that does not send them). */
export type PdfText = {
  pages: string[];
  layouts?: PageLayout[];
  total: number;
  info: PdfMetadata;
  peakRssMb: number;
  ocr: OcrPage[];
  /** The own (garbled) text layer of each page OCR read again instead, by page number. */
  garbledLayers?: Map<number, string>;
  /** Wall-clock and CPU time the child spent rendering and recognising pages (all its threads). */
  ocrMs: number;
  ocrCpuMs: number;
  /** CPU time the parser process spent on this document, all its threads (absent from a worker that does not say). */
  cpuMs?: number;
};

type OcrReply = OcrPage & { ms?: number; cpuMs?: number; ownLayer?: string };
export type PdfReadResult = { ok: true; value: PdfText } | { ok: false; error: ExtractionError; peakRssMb: number };

export const ERROR_MESSAGES: Record<ExtractionError["code"], string> = {
  encrypted: "This PDF is password-protected. Upload a copy without a password.",
  corrupt: "This PDF is damaged or incomplete and could not be read.",
  empty: "The file is empty.",
  not_pdf: "This file is not a PDF.",
  too_large: "This file is too large to process.",
  too_many_pages: "This PDF has too many pages to process.",
  timeout: "Reading this PDF took too long and was stopped.",
  memory: "This PDF needs too much memory to read (it may be a decompression bomb) and was stopped.",
  unsupported_type: "This file type is not supported. Upload a PDF, Markdown, HTML, CSV, YAML or JSON file.",
};

export function typedError(code: ExtractionError["code"], detail?: string): ExtractionError {
  return { code, message: detail ? `${ERROR_MESSAGES[code]} (${detail})` : ERROR_MESSAGES[code] };
}

function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const m = /VmRSS:\s*(\d+)\s*kB/.exec(status);
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function defaultWorkerPath(): string {
  return path.resolve(process.cwd(), "lib/server/pdf-worker.mjs");
}

/** `ready`: resolves when the process has loaded pdf.js (with the CPU that took, if it said), or null if it exits first. */
type Worker = { child: ChildProcess; key: string; docs: number; stderr: string; ready: Promise<number | null> };

let idle: Worker | null = null;
let nextId = 1;

/**
 * V8 flags of the parser process, for OCR's memory (ADR 037). tesseract's Wasm is compiled by the baseline compiler
 * only: the optimising tier re-compiled its hot functions during recognition, on top of tesseract's heap, and that
 * took the process from ~230 to 290–340 MB on a scanned page for no CPU gain on one page. `--expose-gc` lets
 * pdf-ocr.mjs collect a page render's garbage before recognition.
 */
const PARSER_V8_FLAGS = ["--liftoff-only", "--expose-gc"];

function spawnWorker(workerPath: string, heapMb: number): Worker {
  const child = fork(workerPath, [], {
    execArgv: [`--max-old-space-size=${heapMb}`, ...PARSER_V8_FLAGS],
    serialization: "advanced",
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    // Its own process group: Ctrl+C or a supervisor's SIGTERM to the server's group must not kill a
    // read in progress (the server finishes or hands back its parses on stop; the orphan guard ends
    // the reader if the server dies).
    detached: true,
    // The parser needs no network or secrets: give it a minimal environment.
    env: {
      NODE_ENV: process.env.NODE_ENV ?? "production",
      PATH: process.env.PATH ?? "",
      ASSAY_PARENT_PID: String(process.pid),
    },
  });
  const ready = new Promise<number | null>((resolve) => {
    const onReady = (m: { ready?: boolean; startCpuMs?: number }) => {
      if (!m?.ready) return;
      child.off("message", onReady);
      resolve(typeof m.startCpuMs === "number" ? m.startCpuMs : null);
    };
    child.on("message", onReady);
    child.once("exit", () => resolve(null));
  });
  const worker: Worker = { child, key: `${workerPath}|${heapMb}`, docs: 0, stderr: "", ready };
  child.stderr?.on("data", (d: Buffer) => {
    if (worker.stderr.length < 4000) worker.stderr += d.toString();
  });
  child.on("exit", () => {
    if (idle === worker) idle = null;
  });
  // An idle parser must not keep the caller's process alive.
  child.unref();
  (child.channel as { unref?: () => void } | undefined)?.unref?.();
  return worker;
}

function takeWorker(workerPath: string, heapMb: number): Worker {
  const key = `${workerPath}|${heapMb}`;
  if (idle && idle.key === key && idle.child.exitCode === null && idle.child.signalCode === null) {
    const w = idle;
    idle = null;
    return w;
  }
  if (idle) {
    idle.child.kill("SIGKILL");
    idle = null;
  }
  return spawnWorker(workerPath, heapMb);
}

function release(worker: Worker, limits: ExtractionLimits, workerPath: string, recycle = false): void {
  const reusable = !recycle && worker.docs < limits.maxDocsPerWorker && worker.child.exitCode === null;
  if (reusable && !idle) {
    idle = worker;
    return;
  }
  worker.child.kill("SIGKILL");
  // Start the next process now, so the next document finds pdf.js loaded.
  if (!idle && limits.maxDocsPerWorker > 0) idle = spawnWorker(workerPath, limits.maxHeapMb);
}

/**
 * Waits until the pre-started parser process has loaded pdf.js; gives the CPU its start-up took (ms, all threads),
 * or null when there is no idle process or it did not say (bench/extraction/run.ts).
 */
export async function idleParserReady(): Promise<number | null> {
  return idle ? idle.ready : null;
}

/** Kills the idle parser process (tests, shutdown). */
export function stopIdleParser(): void {
  idle?.child.kill("SIGKILL");
  idle = null;
}

export function readPdfText(
  bytes: Uint8Array,
  limits: ExtractionLimits,
  workerPath = defaultWorkerPath(),
): Promise<PdfReadResult> {
  return new Promise((resolve) => {
    const worker = takeWorker(workerPath, limits.maxHeapMb);
    const { child } = worker;
    const id = nextId++;
    worker.docs++;
    let peak = 0;
    let settled = false;
    // recycle: the process is healthy but should not be reused (OCR grew its heap, which is never given back).
    const finish = (result: PdfReadResult, healthy: boolean, recycle = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(sampler);
      child.off("message", onMessage);
      child.off("exit", onExit);
      child.unref();
      (child.channel as { unref?: () => void } | undefined)?.unref?.();
      if (healthy) release(worker, limits, workerPath, recycle);
      else {
        child.kill("SIGKILL");
        if (!idle && limits.maxDocsPerWorker > 1) idle = spawnWorker(workerPath, limits.maxHeapMb);
      }
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish(
          { ok: false, error: typedError("timeout", `${limits.timeoutMs / 1000} s limit`), peakRssMb: peak },
          false,
        ),
      limits.timeoutMs,
    );
    // ArrayBuffers (inflated streams) live outside the V8 heap, so the heap flag alone cannot stop a bomb: watch RSS.
    const sampler = setInterval(() => {
      const mb = child.pid ? rssMb(child.pid) : null;
      if (mb === null) return;
      peak = Math.max(peak, mb);
      if (mb > limits.maxRssMb)
        finish({ ok: false, error: typedError("memory", `over ${limits.maxRssMb} MB`), peakRssMb: peak }, false);
    }, 25);
    const onMessage = (msg: unknown) => {
      const m = msg as {
        id?: number;
        ready?: boolean;
        ok: boolean;
        code?: ExtractionError["code"];
        message?: string;
        pages?: string[];
        layouts?: PageLayout[];
        total?: number;
        info?: PdfMetadata;
        maxRssMb?: number;
        cpuMs?: number;
        ocr?: OcrReply[];
      };
      if (m.ready || m.id !== id) return;
      if (m.ok && m.pages) {
        finish(
          {
            ok: true,
            value: {
              pages: m.pages,
              ...(m.layouts ? { layouts: m.layouts } : {}),
              total: m.total ?? m.pages.length,
              info: m.info!,
              peakRssMb: Math.max(peak, m.maxRssMb ?? 0),
              ...(typeof m.cpuMs === "number" ? { cpuMs: m.cpuMs } : {}),
              ocr: (m.ocr ?? []).map(({ page, confidence, status, languages }) =>
                languages ? { page, confidence, status, languages } : { page, confidence, status },
              ),
              garbledLayers: new Map(
                (m.ocr ?? []).filter((p) => typeof p.ownLayer === "string").map((p) => [p.page, p.ownLayer!]),
              ),
              ocrMs: (m.ocr ?? []).reduce((n, p) => n + (p.ms ?? 0), 0),
              ocrCpuMs: (m.ocr ?? []).reduce((n, p) => n + (p.cpuMs ?? 0), 0),
            },
          },
          true,
          (m.ocr ?? []).some((p) => p.status !== "skipped"),
        );
      } else {
        const detail = m.code === "too_many_pages" ? `${m.message} pages, limit ${limits.maxPages}` : undefined;
        // A document that failed may have left pdf.js in any state: never reuse that process.
        finish({ ok: false, error: typedError(m.code ?? "corrupt", detail), peakRssMb: peak }, false);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      const oom =
        /heap out of memory|Allocation failed|RangeError: Array buffer allocation/i.test(worker.stderr) ||
        code === 134 ||
        signal === "SIGABRT";
      finish({ ok: false, error: typedError(oom ? "memory" : "corrupt"), peakRssMb: peak }, false);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
    child.ref();
    (child.channel as { ref?: () => void } | undefined)?.ref?.();
    const ocr =
      limits.ocrMaxPages > 0
        ? { maxPages: limits.ocrMaxPages, budgetMs: Math.floor(limits.timeoutMs * OCR_BUDGET_SHARE) }
        : undefined;
    child.send({ id, bytes, maxPages: limits.maxPages, maxChars: limits.maxChars, ocr });
  });
}
