"use client";

import type * as PdfJs from "pdfjs-dist";

let loading: Promise<typeof PdfJs> | null = null;

/** pdf.js and its one worker, loaded on first use (the review page does not pay for them until a PDF is shown). */
export function loadPdfJs(): Promise<typeof PdfJs> {
  loading ??= import("pdfjs-dist")
    .then((pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL("./pdf-worker.ts", import.meta.url), {
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
