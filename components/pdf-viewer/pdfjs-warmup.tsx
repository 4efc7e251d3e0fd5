"use client";

import { loadPdfJs } from "./load-pdfjs";

// Evaluated with the review page's shell (its layout), before the page's facts have streamed in and long
// before the viewer hydrates: pdf.js's module and its worker (the longest link to the first drawn page)
// start loading while the rest of the page is still on its way (docs/decisions/034).
if (typeof window !== "undefined") void loadPdfJs().catch(() => {});

/** Renders nothing: importing it is what starts pdf.js. */
export function PdfJsWarmup() {
  return null;
}
