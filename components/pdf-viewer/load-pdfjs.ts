"use client";

import type * as PdfJs from "pdfjs-dist";

let loading: Promise<typeof PdfJs> | null = null;

// The worker is pdf.js's own prebuilt, self-contained module file. `new URL(…, import.meta.url)` makes the
// bundler copy it into /_next/static with a content hash, so it is served from this origin with the app's
// other scripts: no copy in public/, no postinstall step, no CDN (docs/decisions/020).
const workerUrl = () => new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url);

/** pdf.js and its one worker, loaded on first use (the review page does not pay for them until a PDF is shown). */
export function loadPdfJs(): Promise<typeof PdfJs> {
  loading ??= import("pdfjs-dist")
    .then((pdfjs) => {
      performance.mark("pdf:imported");
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(workerUrl(), {
        type: "module",
      });
      return pdfjs;
    })
    .catch((err: unknown) => {
      loading = null; // let a later attempt try again
      throw err;
    });
  return loading;
}
