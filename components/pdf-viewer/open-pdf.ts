import type { PDFDocumentLoadingTask, PDFDocumentProxy } from "pdfjs-dist";
import { drawPage, drawWidth, type Drawing } from "./draw-page";
import { loadPdfJs } from "./load-pdfjs";
import { mark } from "./mark";
import { showDrawn } from "./show-page";
import { isViewSrc } from "./view-src";

/**
 * A PDF being opened in this tab, and its first page being drawn ahead of the viewer. The review page's
 * shell starts both before React has hydrated the viewer (docs/decisions/036); the viewer adopts them.
 */
type Entry = {
  doc: Promise<PDFDocumentProxy>;
  /** Whether a mounted viewer owns it (and closes it when it unmounts). */
  adopted: boolean;
  first: { page: number; width: number; quote: string | null; drawing: Drawing } | null;
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

/**
 * The page drawn ahead, if it is this page at this width with this quote (taken once); else null, and the viewer
 * draws it.
 */
export function takeDrawnAhead(src: string, page: number, width: number, quote: string | null): Drawing | null {
  const entry = entries.get(src);
  const first = entry?.first;
  if (!entry || !first) return null;
  entry.first = null;
  if (first.page === page && first.width === width && first.quote === quote) return first.drawing;
  first.drawing.cancel();
  return null;
}

/**
 * Before hydration: finds the viewer's box in the server's HTML (its `data-pdf-*` attributes), opens the document,
 * draws the page the viewer will show at the width it will have, and, if React has not yet taken it over, shows it
 * in the box's figure with its quote marked (the figure's children are not React's: see pdf-viewer.tsx). Does
 * nothing if the box is not (yet) in the document.
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
  const quote = box.dataset.pdfQuote ?? null;
  if (entry.first || entry.adopted || !Number.isInteger(page) || page < 1 || width <= 0) return;
  const drawing = drawPage(entry.doc, page, width);
  entry.first = { page, width, quote, drawing };
  drawing.promise.then(
    (drawn) => {
      mark("drawn-ahead");
      // Taken by the viewer meanwhile: it shows it. In development React would warn about the changed markup.
      if (entry.first?.drawing !== drawing || !box.isConnected || process.env.NODE_ENV !== "production") return;
      const figure = box.querySelector<HTMLElement>("figure");
      if (!figure) return;
      showDrawn(box, figure, drawn, quote);
      // What the viewer sets once it has hydrated: the shown page (the e2e waits for it), no "Loading…" cover.
      figure.dataset.page = String(drawn.pageNumber);
      figure.setAttribute("aria-busy", "false");
      for (const status of box.querySelectorAll(":scope > [role=status]")) status.setAttribute("hidden", "");
    },
    () => {},
  );
}
