import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";

const TIMEOUT_MS = 20_000;

// Resolved at run time from the working directory (not a static import), so the bundler leaves it alone.
function workerPath(): string {
  return path.resolve(process.cwd(), "scripts/pdf-page-worker.mjs");
}

/** One PDF page as PNG, rendered in a child process with a heap cap and a wall-clock limit. */
export function renderPdfPage(bytes: Uint8Array, page: number, width = 900, worker = workerPath()): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // spawn with an IPC channel rather than fork(): Turbopack resolves fork()'s path as a module
    // request at build time and fails (vercel/next.js#97952).
    const child = spawn(process.execPath, ["--max-old-space-size=256", worker], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production" },
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("rendering the page took too long"));
    }, TIMEOUT_MS);
    child.once("message", (msg: { ok: boolean; png?: string; error?: string }) => {
      clearTimeout(timer);
      if (msg.ok && msg.png) resolve(Buffer.from(msg.png, "base64"));
      else reject(new Error(msg.error ?? "page could not be rendered"));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`page renderer exited with ${code}`));
    });
    child.send({ bytes: Buffer.from(bytes).toString("base64"), page, width });
  });
}
