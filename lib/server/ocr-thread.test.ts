// The OCR thread cannot reach the network: a language path that is a URL (or a missing one, which tesseract.js
// turns into a CDN URL) fails with our error instead of downloading. tesseract.js reports that failure as an
// unhandled rejection, so the attempt runs in its own Node process that prints what it caught.
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const script = `
const { createWorker, OEM } = require("tesseract.js");
const report = (e) => { console.log("CAUGHT " + String(e && e.message ? e.message : e)); process.exit(0); };
process.on("unhandledRejection", report);
process.on("uncaughtException", report);
createWorker("eng", OEM.LSTM_ONLY, {
  workerPath: ${JSON.stringify(path.resolve(process.cwd(), "lib/server/ocr-thread.cjs"))},
  langPath: "https://127.0.0.1:9/tessdata",
  cacheMethod: "none",
}).then(() => { console.log("LOADED"); process.exit(0); }, report);
setTimeout(() => { console.log("TIMEOUT"); process.exit(0); }, 40000);
`;

describe("OCR thread", () => {
  it("refuses to fetch language data", async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ["-e", script], { cwd: process.cwd(), timeout: 50_000 }, (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    expect(out).toMatch(/CAUGHT .*network access is disabled in the OCR worker/);
  }, 60_000);
});

const loadBoth = `
const { createWorker, OEM } = require("tesseract.js");
const path = require("node:path");
const report = (e) => { console.log("CAUGHT " + String(e && e.message ? e.message : e)); process.exit(0); };
process.on("unhandledRejection", report);
createWorker("eng+tur", OEM.LSTM_ONLY, {
  workerPath: ${JSON.stringify(path.resolve(process.cwd(), "lib/server/ocr-thread.cjs"))},
  langPath: path.resolve(path.dirname(require.resolve("@tesseract.js-data/eng/package.json")), ".."),
  gzip: true,
  cacheMethod: "none",
}).then(async (w) => { await w.terminate(); console.log("LOADED"); process.exit(0); }, report);
setTimeout(() => { console.log("TIMEOUT"); process.exit(0); }, 40000);
`;

describe("OCR languages", () => {
  it("reads each language's model from its own npm package", async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ["-e", loadBoth], { cwd: process.cwd(), timeout: 50_000 }, (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    expect(out).toContain("LOADED");
  }, 60_000);
});

const loadMissing = `
const { createWorker, OEM } = require("tesseract.js");
const report = (e) => { console.log("CAUGHT " + String(e && e.message ? e.message : e)); process.exit(0); };
process.on("unhandledRejection", report);
process.on("uncaughtException", report);
createWorker("xyz", OEM.LSTM_ONLY, {
  workerPath: ${JSON.stringify(path.resolve(process.cwd(), "lib/server/ocr-thread.cjs"))},
  langPath: require(${JSON.stringify(path.resolve(process.cwd(), "lib/server/ocr-models.cjs"))}).NPM_MODELS,
  gzip: true,
  cacheMethod: "none",
}).then(() => { console.log("LOADED"); process.exit(0); }, report);
setTimeout(() => { console.log("TIMEOUT"); process.exit(0); }, 40000);
`;

describe("OCR models not installed", () => {
  it("fail the load by name instead of being looked for anywhere else", async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ["-e", loadMissing], { cwd: process.cwd(), timeout: 50_000 }, (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    expect(out).toMatch(/CAUGHT .*OCR model not installed: xyz/);
  }, 60_000);
});
