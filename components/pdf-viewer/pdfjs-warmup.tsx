"use client";

import { loadPdfJs } from "./load-pdfjs";
import { mark } from "./mark";
import { preopenPdf, startFromServerHtml } from "./open-pdf";

// Evaluated with the review page's shell (its layout), before the page's facts have hydrated and long before
// the viewer's effects run: pdf.js's module and its worker (docs/decisions/034) start loading and, if the
// page's HTML has arrived, the document is opened and its first page drawn ahead (docs/decisions/036).
if (typeof window !== "undefined") {
  mark("warmup");
  void loadPdfJs().catch(() => {});
  startFromServerHtml();
}

/**
 * Renders nothing. Importing it starts pdf.js; rendering it starts opening the document at `src` (which the
 * layout has asked the browser to preload), also on a client-side navigation, where the module is already loaded.
 */
export function PdfJsWarmup({ src }: { src: string }) {
  // Like React's own preload(): a fetch started from render, once per address (open-pdf.ts keeps it).
  if (typeof window !== "undefined") preopenPdf(src);
  return null;
}
