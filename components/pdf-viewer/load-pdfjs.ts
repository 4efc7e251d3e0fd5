"use client";

import type * as PdfJs from "pdfjs-dist";

let loading: Promise<typeof PdfJs> | null = null;

// The worker is pdf.js's own prebuilt, self-contained module file. `new URL(…, import.meta.url)` makes the
// bundler copy it into /_next/static with a content hash, so it is served from this origin with the app's
// other scripts: no copy in public/, no postinstall step, no CDN (docs/decisions/020). Passed to `new Worker`
// as a string (`.href`), not the URL object: with the object Turbopack re-bundles the file as a worker entry
// (a bootstrap that importScripts ~1 MB), which Chrome took ~3× the CPU to start as the module itself
// (docs/decisions/034).
const workerUrl = () => new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url).href;

/**
 * pdf.js and its one worker, loaded on first use (the review page does not pay for them until a PDF is shown).
 * The worker starts at once, in parallel with pdf.js's own module, not after it: fetching and compiling the
 * worker (~1 MB) was the longest link of the chain to the first page (docs/decisions/034).
 */
export function loadPdfJs(): Promise<typeof PdfJs> {
  loading ??= (async () => {
    const worker = new Worker(workerUrl(), { type: "module" });
    // The worker's first message is its "ready": its code has loaded (a User Timing mark for the e2e measure).
    worker.addEventListener("message", () => performance.mark("pdf:worker-ready"), { once: true });
    try {
      const pdfjs = await import("pdfjs-dist");
      performance.mark("pdf:imported");
      pdfjs.GlobalWorkerOptions.workerPort = worker;
      return pdfjs;
    } catch (err) {
      worker.terminate();
      throw err;
    }
  })().catch((err: unknown) => {
    loading = null; // let a later attempt try again
    throw err;
  });
  return loading;
}
