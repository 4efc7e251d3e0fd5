"use client";

import "./text-layer.css";
import { useEffect, useRef, useState } from "react";
import type { PDFDocumentProxy, RenderTask, TextLayer } from "pdfjs-dist";
import { loadPdfJs } from "./load-pdfjs";
import { findQuote } from "./quote-match";
import { markRanges } from "./highlight";
import { PageControls } from "./page-controls";

type Shown = { page: number; quoteFound: boolean | null };

// Start loading pdf.js and its worker as soon as this module is evaluated, before React has hydrated.
if (typeof window !== "undefined") {
  mark("module");
  void loadPdfJs().catch(() => {});
}

/** A User Timing mark (`pdf:…`), so a trace or the e2e run can say where the time to the first page went. */
function mark(stage: string) {
  try {
    performance.mark(`pdf:${stage}`);
  } catch {
    // An old browser without User Timing: nothing to record.
  }
}

/**
 * One PDF page at a time, drawn in the browser by pdf.js with its text layer, the cited quote marked
 * on it. The file is fetched once from `src` (the authorised download route); pages are drawn only
 * when asked for. If pdf.js cannot load or draw, the server-rendered page image is shown instead.
 */
export function PdfViewer({
  src,
  fallbackSrc,
  page,
  pages,
  quote,
  onPage,
}: {
  src: string;
  fallbackSrc: (page: number) => string;
  page: number;
  pages: number;
  quote: string | null;
  onPage: (page: number) => void;
}) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const [width, setWidth] = useState(0);
  const boxRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    let destroyTask: (() => void) | null = null;
    // The bytes are fetched while pdf.js and its worker start (left to itself, pdf.js waits for its
    // worker before it begins to fetch). The review page's layout has already asked the browser to preload
    // this URL; this plain fetch (default CORS mode and credentials, no cache option) takes that response
    // over. The route answers `Cache-Control: no-store`, so nothing is kept in the HTTP cache.
    const controller = new AbortController();
    const bytes = fetch(src, { signal: controller.signal }).then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.arrayBuffer();
    });
    void bytes.then(
      () => mark("bytes"),
      () => {},
    );
    Promise.all([loadPdfJs(), bytes])
      .then(([pdfjs, data]) => {
        if (cancelled) return null;
        mark("getDocument");
        // No eval: the CSP forbids it, and pdf.js then draws fonts without compiled paths.
        const task = pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false });
        destroyTask = () => void task.destroy();
        return task.promise;
      })
      .then((d) => {
        if (!d) return;
        loaded = d;
        mark("document");
        if (cancelled) void d.destroy();
        else setDoc(d);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        console.warn("[pdf-viewer] pdf.js could not load the document; showing page images", err);
        setFailed(true);
      });
    return () => {
      cancelled = true;
      controller.abort();
      destroyTask?.();
      void loaded?.destroy();
    };
  }, [src]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setWidth(Math.floor(box.clientWidth / 8) * 8);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [failed]);

  useEffect(() => {
    const host = pageRef.current;
    if (!doc || !host || width <= 0) return;
    let cancelled = false;
    let render: RenderTask | null = null;
    let layer: TextLayer | null = null;
    (async () => {
      const pdfjs = await loadPdfJs();
      const pdfPage = await doc.getPage(Math.min(page, doc.numPages));
      if (cancelled) return;
      // Fit the column; the white space pdf.js adds below a page is cropped by the box.
      const viewport = pdfPage.getViewport({ scale: (width - 2) / pdfPage.getViewport({ scale: 1 }).width });
      const ratio = window.devicePixelRatio || 1;
      const canvas = document.createElement("canvas");
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.className = "block h-full w-full";
      canvas.setAttribute("aria-hidden", "true");
      render = pdfPage.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      const textLayerDiv = document.createElement("div");
      textLayerDiv.className = "pdf-text-layer";
      const [, text] = await Promise.all([render.promise, pdfPage.getTextContent()]);
      if (cancelled) return;
      // The text layer sizes itself from these variables (pdf_viewer.css sets them on its page divs).
      host.style.setProperty("--scale-factor", String(viewport.scale));
      host.style.setProperty("--total-scale-factor", String(viewport.scale));
      host.style.width = `${viewport.width}px`;
      host.style.height = `${viewport.height}px`;
      layer = new pdfjs.TextLayer({ textContentSource: text, container: textLayerDiv, viewport });
      await layer.render();
      if (cancelled) return;
      host.replaceChildren(canvas, textLayerDiv);
      mark(`drawn-${pdfPage.pageNumber}`);
      const marks = quote ? markRanges(layer.textDivs, findQuote(layer.textContentItemsStr, quote)) : [];
      const box = boxRef.current;
      if (box) {
        const first = marks[0];
        box.scrollTop = first
          ? box.scrollTop + first.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3
          : 0;
      }
      setShown({ page: pdfPage.pageNumber, quoteFound: quote ? marks.length > 0 : null });
    })().catch((err: unknown) => {
      if (cancelled || (err as Error)?.name === "RenderingCancelledException") return;
      console.warn(`[pdf-viewer] page ${page} could not be drawn; showing page images`, err);
      setFailed(true);
    });
    return () => {
      cancelled = true;
      render?.cancel();
      layer?.cancel();
    };
  }, [doc, page, width, quote]);

  const drawing = !failed && shown?.page !== page;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-2">
      <PageControls page={page} pages={pages} onPage={onPage} />
      {failed ? (
        <>
          {/* A plain img: a page rendered on the server, not a static asset for next/image. */}
          <img
            key={page}
            src={fallbackSrc(page)}
            alt={`Page ${page} of the document`}
            className="min-h-96 w-full border border-slate-100 bg-slate-50"
          />
          <p className="mt-2 text-xs text-slate-600">Shown as an image: this browser could not draw the PDF.</p>
          {quote ? <p className="mt-2 rounded bg-amber-50 p-2 text-xs text-amber-900">Quoted: “{quote}”</p> : null}
        </>
      ) : (
        <>
          <div
            ref={boxRef}
            // Focusable so a keyboard can scroll a page taller than the box (axe: scrollable-region-focusable).
            tabIndex={0}
            role="region"
            aria-label="Document page (scroll with the arrow keys)"
            className="relative max-h-[75vh] min-h-64 overflow-auto border border-slate-100 bg-slate-50 focus:outline focus:outline-2 focus:outline-sky-600"
            data-testid="pdf-viewer"
          >
            <figure
              ref={pageRef}
              aria-label={`Page ${shown?.page ?? page} of the document`}
              aria-busy={drawing}
              className="relative m-0 bg-white"
              data-page={shown?.page}
            />
            {drawing ? (
              <p
                role="status"
                className="absolute inset-x-0 top-0 m-2 rounded bg-white/90 p-2 text-center text-sm text-slate-600 shadow"
              >
                {doc ? `Drawing page ${page}…` : "Loading the document…"}
              </p>
            ) : null}
          </div>
          {shown && !drawing && quote ? (
            shown.quoteFound ? (
              <p className="mt-2 text-xs text-slate-600" role="status">
                The quote is highlighted on page {shown.page}.
              </p>
            ) : (
              <p className="mt-2 rounded bg-amber-50 p-2 text-xs text-amber-900" role="status">
                The quote is not in this page’s text layer (a scanned page, or text read by OCR): “{quote}”
              </p>
            )
          ) : null}
        </>
      )}
    </div>
  );
}
