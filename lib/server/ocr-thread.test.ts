// The OCR thread cannot reach the network: a language path that is a URL (or a missing one, which tesseract.js
// turns into a CDN URL) fails with our error instead of downloading. tesseract.js reports that failure as an
// unhandled rejection, so each attempt runs in its own Node process that prints what it caught.
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const THREAD = JSON.stringify(path.resolve(process.cwd(), "lib/server/ocr-thread.cjs"));
const MODELS = JSON.stringify(path.resolve(process.cwd(), "lib/server/ocr-models.cjs"));

/** A script that starts the OCR thread for `languages` with the given langPath expression and prints what happened. */
function loadScript(languages: string, langPath: string, extra = ""): string {
  return `
const { createWorker, OEM } = require("tesseract.js");
const report = (e) => { console.log("CAUGHT " + String(e && e.message ? e.message : e)); process.exit(0); };
process.on("unhandledRejection", report);
process.on("uncaughtException", report);
createWorker(${JSON.stringify(languages)}, OEM.LSTM_ONLY, {
  workerPath: ${THREAD},
  langPath: ${langPath},
  ${extra}
  cacheMethod: "none",
}).then(async (w) => { await w.terminate(); console.log("LOADED"); process.exit(0); }, report);
setTimeout(() => { console.log("TIMEOUT"); process.exit(0); }, 40000);
`;
}

function run(script: string): Promise<string> {
  return new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ["-e", script], { cwd: process.cwd(), timeout: 50_000 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    ),
  );
}

describe("OCR thread", () => {
  it("refuses to fetch language data", async () => {
    const out = await run(loadScript("eng", JSON.stringify("https://127.0.0.1:9/tessdata")));
    expect(out).toMatch(/CAUGHT .*network access is disabled in the OCR worker/);
  }, 60_000);
});

describe("OCR languages", () => {
  it("reads each language's model from its own npm package", async () => {
    const out = await run(loadScript("eng+tur", `require(${MODELS}).NPM_MODELS`, "gzip: true,"));
    expect(out).toContain("LOADED");
  }, 60_000);
});

describe("OCR models not installed", () => {
  it("fail the load by name instead of being looked for anywhere else", async () => {
    const out = await run(loadScript("xyz", `require(${MODELS}).NPM_MODELS`, "gzip: true,"));
    expect(out).toMatch(/CAUGHT .*OCR model not installed: xyz/);
  }, 60_000);
});
