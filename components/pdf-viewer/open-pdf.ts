import type { PDFDocumentLoadingTask, PDFDocumentProxy } from "pdfjs-dist";
import { drawPage, drawWidth, type Drawing } from "./draw-page";
import { loadPdfJs } from "./load-pdfjs";
import { mark } from "./mark";
import { isViewSrc } from "./view-src";

/**
 * A PDF being opened in this tab, and its first page being drawn ahead of the viewer. The review page's
 * shell starts both before React has hydrated the viewer (docs/decisions/036); the viewer adopts them.
 */
type Entry = {
  doc: Promise<PDFDocumentProxy>;
  /** Whether a mounted viewer owns it (and closes it when it unmounts). */
  adopted: boolean;
  first: { page: number; width: number; drawing: Drawing } | null;
  close: () => void;
};

const entries = new Map<string, Entry>();

function start(src: string): Entry {
  mark("open");
  const controller = new AbortController();
  let task: PDFDocumentLoadingTask | null = null;
  let closed = false;
  // Fetched while pdf.js and its worker start (left to itself, pdf.js waits for its worker before it begins to
  // fetch). The layout has asked the browser to preload this URL; this plain fetch (default CORS mode and
  // credentials, no cache option) takes that response over: one request, one audited view. The route answers
  // `Cache-Control: no-store`, so nothing is kept in the HTTP cache.
  const bytes = fetch(src, { signal: controller.signal }).then((res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.arrayBuffer();
  });
  void bytes.then(
    () => mark("bytes"),
    () => {},
  );
  const doc = Promise.all([loadPdfJs(), bytes])
    .then(([pdfjs, data]) => {
      if (closed) throw new Error("closed before it opened");
      mark("getDocument");
      // No eval: the CSP forbids it, and pdf.js then draws fonts without compiled paths.
      task = pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false });
      return task.promise;
    })
    .then((d) => {
      mark("document");
      return d;
    });
  // Opened ahead, it may never be adopted (the page failed to render): its failure is then nobody's to report.
  doc.catch(() => {});
  const entry: Entry = {
    doc,
    adopted: false,
    first: null,
    close: () => {
      closed = true;
      entry.first?.drawing.cancel();
      controller.abort();
      void task?.destroy(); // also destroys the document once open
    },
  };
  entries.set(src, entry);
  return entry;
}

/** Starts opening `src` with no owner yet. A document opened ahead and never adopted is closed when another is. */
export function preopenPdf(src: string): void {
  if (entries.has(src)) return;
  for (const [other, e] of entries) {
    if (e.adopted) continue;
    e.close();
    entries.delete(other);
  }
  start(src);
}

/** The viewer's document: the one opened ahead if there is one, else opened now. The caller closes it. */
export function openPdf(src: string): Promise<PDFDocumentProxy> {
  const entry = entries.get(src) ?? start(src);
  entry.adopted = true;
  return entry.doc;
}

export function closePdf(src: string): void {
  entries.get(src)?.close();
  entries.delete(src);
}

/** The page drawn ahead, if it is this page at this width (taken once); else null, and the viewer draws it. */
export function takeDrawnAhead(src: string, page: number, width: number): Drawing | null {
  const entry = entries.get(src);
  const first = entry?.first;
  if (!entry || !first) return null;
  entry.first = null;
  if (first.page === page && first.width === width) return first.drawing;
  first.drawing.cancel();
  return null;
}

/**
 * Before hydration: finds the viewer's box in the server's HTML (its `data-pdf-src` and `data-pdf-page`), opens
 * the document and draws the page it will show at the width it has, so that by the time React runs the viewer's
 * effects the page is ready to be put in. Does nothing if the box is not (yet) in the document.
 */
export function startFromServerHtml(): void {
  if (typeof document === "undefined") return;
  const box = document.querySelector<HTMLElement>("[data-pdf-src]");
  const src = box?.dataset.pdfSrc;
  if (!box || !src || !isViewSrc(src)) return;
  preopenPdf(src);
  const entry = entries.get(src)!;
  const page = Number(box.dataset.pdfPage);
  const width = drawWidth(box);
  if (entry.first || entry.adopted || !Number.isInteger(page) || page < 1 || width <= 0) return;
  entry.first = { page, width, drawing: drawPage(entry.doc, page, width) };
  entry.first.drawing.promise.then(
    () => mark("drawn-ahead"),
    () => {},
  );
}
