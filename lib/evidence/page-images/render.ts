import "server-only";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { renderLimits, type RenderLimits } from "./limits";

export type RenderFailure = "memory" | "timeout" | "busy" | "failed";

const MESSAGES: Record<RenderFailure, string> = {
  memory: "this page needs too much memory to draw (the file may be a decompression bomb), so drawing it was stopped",
  timeout: "drawing this page took too long and was stopped",
  busy: "too many pages are being drawn right now; try again in a moment",
  failed: "the page could not be drawn",
};

export class PageRenderError extends Error {
  constructor(
    readonly code: RenderFailure,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = "PageRenderError";
  }
}

function workerPath(): string {
  return path.resolve(process.cwd(), "lib/server/pdf-page-worker.mjs");
}

// ── Per-instance concurrency cap ────────────────────────────────────────────────────────────────
// On globalThis so a dev-server reload does not start a second, independent count.
type Gate = { running: number; waiting: Array<() => void> };
const g = globalThis as unknown as { assayRenderGate?: Gate };
const gate: Gate = (g.assayRenderGate ??= { running: 0, waiting: [] });

async function acquire(limits: RenderLimits): Promise<() => void> {
  if (gate.running >= limits.concurrency) {
    if (gate.waiting.length >= limits.maxQueue) throw new PageRenderError("busy");
    await new Promise<void>((resolve) => gate.waiting.push(resolve));
  } else gate.running++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const next = gate.waiting.shift();
    if (next)
      next(); // the slot passes straight to the next waiter
    else gate.running--;
  };
}

/** Renders running and waiting now (tests, metrics). */
export function renderGateState(): { running: number; waiting: number } {
  return { running: gate.running, waiting: gate.waiting.length };
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s*(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export type RenderOptions = { width?: number; worker?: string; limits?: Partial<RenderLimits> };

/**
 * One PDF page as PNG, drawn in a child process (its own process group) under the renderer's
 * limits: RSS watchdog, wall-clock limit, heap cap, and at most `concurrency` at once in this
 * instance. Throws PageRenderError; the child is killed on any breach.
 */
export async function renderPdfPage(bytes: Uint8Array, page: number, options: RenderOptions = {}): Promise<Buffer> {
  return (await renderInChild(bytes, page, options, "png")).bytes;
}

/** The width pages are drawn at on the server (the fallback image and the kept first-paint image). */
export const PAGE_IMAGE_WIDTH = 900;

export type PageImage = { bytes: Buffer; mimeType: "image/webp"; width: number; height: number };

/**
 * One PDF page as WebP with its size in pixels, under the same limits as renderPdfPage: the image kept for the
 * review page's first paint (docs/decisions/041).
 */
export async function renderPdfPageImage(
  bytes: Uint8Array,
  page: number,
  options: RenderOptions = {},
): Promise<PageImage> {
  const out = await renderInChild(bytes, page, options, "webp");
  const [width, height] = (out.size ?? "").split(" ").map(Number);
  if (!Number.isInteger(width) || !Number.isInteger(height) || width! < 1 || height! < 1)
    throw new PageRenderError("failed", "the renderer did not say the image's size");
  return { bytes: out.bytes, mimeType: "image/webp", width: width!, height: height! };
}

async function renderInChild(
  bytes: Uint8Array,
  page: number,
  options: RenderOptions,
  format: "png" | "webp",
): Promise<{ bytes: Buffer; size: string | null }> {
  const limits = { ...renderLimits(), ...options.limits };
  const release = await acquire(limits);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-page-")).catch((err) => {
    release();
    throw err;
  });
  const input = path.join(dir, "in.pdf");
  const output = path.join(dir, `out.${format}`);
  try {
    await fs.writeFile(input, bytes, { mode: 0o600 });
    const args = [input, String(page), String(options.width ?? PAGE_IMAGE_WIDTH), output];
    await runChild(options.worker ?? workerPath(), format === "png" ? args : [...args, format], limits);
    const size = format === "png" ? null : await fs.readFile(`${output}.size`, "utf8").catch(() => null);
    return { bytes: await fs.readFile(output), size };
  } finally {
    release();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function runChild(worker: string, args: string[], limits: RenderLimits): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // spawn rather than fork(): Turbopack resolves fork()'s path as a module request at build
    // time and fails (vercel/next.js#97952).
    const child = spawn(process.execPath, [`--max-old-space-size=${limits.heapMb}`, worker, ...args], {
      stdio: ["ignore", "ignore", "pipe"],
      detached: true, // its own process group, like the text reader (lib/extraction/pdf-reader.ts)
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ASSAY_PARENT_PID: String(process.pid) },
    });
    let stderr = "";
    let settled = false;
    child.stderr?.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-500);
    });
    const finish = (err: PageRenderError | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(sampler);
      if (err) {
        // The whole group: pdf.js may have started helpers; nothing of a hostile render may linger.
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
        reject(err);
      } else resolve();
    };
    const timer = setTimeout(
      () => finish(new PageRenderError("timeout", `${limits.timeoutMs / 1000} s limit`)),
      limits.timeoutMs,
    );
    // Inflated streams and canvases live outside the V8 heap, so the heap flag alone cannot stop a bomb: watch RSS.
    const sampler = setInterval(() => {
      const mb = child.pid ? rssMb(child.pid) : null;
      if (mb !== null && mb > limits.maxRssMb) finish(new PageRenderError("memory", `over ${limits.maxRssMb} MB`));
    }, 25);
    child.once("error", (err) => finish(new PageRenderError("failed", err.message)));
    child.once("exit", (code, signal) => {
      if (code === 0) return finish(null);
      const oom = /heap out of memory|Allocation failed|Array buffer allocation/i.test(stderr) || signal === "SIGABRT";
      finish(
        new PageRenderError(
          oom ? "memory" : "failed",
          oom ? undefined : stderr.trim().slice(0, 200) || `exit ${code ?? signal}`,
        ),
      );
    });
  });
}
