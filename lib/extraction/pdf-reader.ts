// Runs pdf.js in a forked child process with wall-clock, memory, page and size caps, and maps every failure to a
// typed error. The caller's process never loads pdf.js.
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ExtractionError, ExtractionLimits, PdfMetadata } from "./types";

export const DEFAULT_LIMITS: ExtractionLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 500,
  maxChars: 5_000_000,
  timeoutMs: 60_000,
  maxRssMb: 512,
  maxHeapMb: 256,
};

export type PdfText = { pages: string[]; total: number; info: PdfMetadata; peakRssMb: number };
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
  unsupported_type: "This file type is not supported. Upload a PDF, Markdown, HTML, CSV or YAML file.",
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
  return path.resolve(process.cwd(), "scripts/pdf-worker.mjs");
}

export function readPdfText(bytes: Uint8Array, limits: ExtractionLimits, workerPath = defaultWorkerPath()): Promise<PdfReadResult> {
  return new Promise((resolve) => {
    let peak = 0;
    let settled = false;
    const child = fork(workerPath, [], {
      execArgv: [`--max-old-space-size=${limits.maxHeapMb}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      // No network is needed: strip proxy settings so nothing in the worker is pointed anywhere.
      env: { NODE_ENV: process.env.NODE_ENV ?? "production", PATH: process.env.PATH ?? "" },
    });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString();
    });
    const finish = (result: PdfReadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(sampler);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, error: typedError("timeout", `${limits.timeoutMs / 1000} s limit`), peakRssMb: peak }), limits.timeoutMs);
    // ArrayBuffers (inflated streams) live outside the V8 heap, so the heap flag alone cannot stop a bomb: watch RSS.
    const sampler = setInterval(() => {
      const mb = child.pid ? rssMb(child.pid) : null;
      if (mb === null) return;
      peak = Math.max(peak, mb);
      if (mb > limits.maxRssMb) finish({ ok: false, error: typedError("memory", `over ${limits.maxRssMb} MB`), peakRssMb: peak });
    }, 25);
    child.on("message", (msg: unknown) => {
      const m = msg as { ok: boolean; code?: ExtractionError["code"]; message?: string; pages?: string[]; total?: number; info?: PdfMetadata; maxRssMb?: number };
      if (m.ok && m.pages) finish({ ok: true, value: { pages: m.pages, total: m.total ?? m.pages.length, info: m.info!, peakRssMb: Math.max(peak, m.maxRssMb ?? 0) } });
      else finish({ ok: false, error: typedError(m.code ?? "corrupt", m.code === "too_many_pages" ? `${m.message} pages, limit ${limits.maxPages}` : undefined), peakRssMb: peak });
    });
    child.on("error", () => finish({ ok: false, error: typedError("corrupt"), peakRssMb: peak }));
    child.on("exit", (code, signal) => {
      if (settled) return;
      const oom = /heap out of memory|Allocation failed|RangeError: Array buffer allocation/i.test(stderr) || code === 134 || signal === "SIGABRT";
      finish({ ok: false, error: typedError(oom ? "memory" : "corrupt"), peakRssMb: peak });
    });
    child.send({ bytes, maxPages: limits.maxPages, maxChars: limits.maxChars });
  });
}
