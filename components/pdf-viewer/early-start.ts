import { loadPdfJs } from "./load-pdfjs";

/**
 * Start pdf.js and its worker if this page preloads a document's bytes for the viewer (the review page's
 * layout does so only for a read PDF). Called from instrumentation-client.ts, which Next runs before the app
 * hydrates: the worker (~1 MB of code to compile, the longest link to the first drawn page) starts a
 * hydration earlier than the viewer could start it (docs/decisions/034).
 */
export function startPdfJsIfPreloaded(): void {
  if (document.querySelector('link[rel="preload"][as="fetch"][href^="/api/documents/"][href$="?view=1"]')) {
    void loadPdfJs().catch(() => {});
  }
}
