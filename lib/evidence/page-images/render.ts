import "server-only";
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const TIMEOUT_MS = 20_000;

function workerPath(): string {
  return path.resolve(process.cwd(), "lib/server/pdf-page-worker.mjs");
}

/** One PDF page as PNG, rendered in a child process with a heap cap and a wall-clock limit. */
export async function renderPdfPage(
  bytes: Uint8Array,
  page: number,
  width = 900,
  worker = workerPath(),
): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-page-"));
  const input = path.join(dir, "in.pdf");
  const output = path.join(dir, "out.png");
  try {
    await fs.writeFile(input, bytes, { mode: 0o600 });
    await new Promise<void>((resolve, reject) => {
      // spawn rather than fork(): Turbopack resolves fork()'s path as a module request at build
      // time and fails (vercel/next.js#97952).
      const child = spawn(
        process.execPath,
        ["--max-old-space-size=256", worker, input, String(page), String(width), output],
        {
          stdio: ["ignore", "ignore", "pipe"],
          detached: true, // its own process group, like the text reader (lib/extraction/pdf-reader.ts)
          env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ASSAY_PARENT_PID: String(process.pid) },
        },
      );
      let stderr = "";
      child.stderr?.on("data", (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-500);
      });
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error("rendering the page took too long"));
      }, TIMEOUT_MS);
      child.once("exit", (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(stderr.trim() || `page renderer exited with ${code}`));
      });
    });
    return await fs.readFile(output);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
