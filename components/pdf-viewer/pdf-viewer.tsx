"use client";

import "./text-layer.css";
import { useEffect, useRef, useState } from "react";
import type { PDFDocumentProxy } from "pdfjs-dist";
import { loadPdfJs } from "./load-pdfjs";
import { PageControls } from "./page-controls";
import { drawPage, drawWidth } from "./draw-page";
import { closePdf, openPdf, startFromServerHtml, takeDrawnAhead } from "./open-pdf";
import { mark } from "./mark";
import { showDrawn } from "./show-page";
import { firstPaintHtml, type FirstPaint } from "./first-paint";

type Shown = { page: number; quoteFound: boolean | null };

// Evaluated before React hydrates the viewer: start pdf.js and, from the server's HTML, open the document and
// draw its first page, so the viewer's effects find them ready (docs/decisions/036).
if (typeof window !== "undefined") {
  mark("module");
  void loadPdfJs().catch(() => {});
  startFromServerHtml();
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
  firstPaint = null,
}: {
  src: string;
  fallbackSrc: (page: number) => string;
  page: number;
  pages: number;
  quote: string | null;
  onPage: (page: number) => void;
  /** The opening page kept as an image on the server: in the HTML, shown until pdf.js has drawn the page. */
  firstPaint?: FirstPaint | null;
}) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const [width, setWidth] = useState(0);
  const boxRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  // The figure's server-rendered content: the kept image of the opening page, or nothing. One object for the
  // viewer's life: React compares it by identity and would reset the figure's content (the drawn page) if it changed.
  const [figureHtml] = useState(() => ({ __html: firstPaint?.page === page ? firstPaintHtml(firstPaint) : "" }));
  const imageShown = !!figureHtml.__html && shown === null && firstPaint?.page === page;

  useEffect(() => {
    // Turned to another page before pdf.js had drawn the first: the image of the first page must not stand for it.
    if (firstPaint?.page !== page) pageRef.current?.querySelector("img[data-first-paint]")?.remove();
  }, [firstPaint, page]);

  useEffect(() => {
    let cancelled = false;
    mark("effect");
    // Opened ahead by the page's shell (open-pdf.ts), or now; this viewer closes it either way.
    openPdf(src).then(
      (d) => {
        if (!cancelled) setDoc(d);
      },
      (err: unknown) => {
        if (cancelled) return;
        console.warn("[pdf-viewer] pdf.js could not load the document; showing page images", err);
        setFailed(true);
      },
    );
    return () => {
      cancelled = true;
      closePdf(src);
    };
  }, [src]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setWidth(drawWidth(box));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [failed]);

  useEffect(() => {
    const host = pageRef.current;
    if (!doc || !host || width <= 0) return;
    let cancelled = false;
    // The page drawn ahead of hydration if it is this one at this width, else drawn now.
    const drawing = takeDrawnAhead(src, page, width, quote) ?? drawPage(Promise.resolve(doc), page, width);
    drawing.promise
      .then((drawn) => {
        const box = boxRef.current;
        if (cancelled || !box) return;
        // Shown before hydration already (open-pdf.ts) in this very figure: nothing to do but say so.
        const inPlace = drawn.shown && drawn.canvas.parentNode === host;
        const quoteFound = inPlace ? drawn.shown!.found : showDrawn(box, host, drawn, quote);
        setShown({ page: drawn.pageNumber, quoteFound });
      })
      .catch((err: unknown) => {
        if (cancelled || (err as Error)?.name === "RenderingCancelledException") return;
        console.warn(`[pdf-viewer] page ${page} could not be drawn; showing page images`, err);
        setFailed(true);
      });
    return () => {
      cancelled = true;
      drawing.cancel();
    };
  }, [src, doc, page, width, quote]);

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
            // Read before hydration to open the document and draw this page ahead (open-pdf.ts).
            data-pdf-src={src}
            data-pdf-page={page}
            data-pdf-quote={quote ?? undefined}
          >
            <figure
              ref={pageRef}
              // Its children are the kept image from the server, then the drawn page, put in by hand (showDrawn),
              // possibly before hydration: React neither hydrates nor replaces the children of an element with
              // inner HTML.
              dangerouslySetInnerHTML={figureHtml}
              aria-label={`Page ${shown?.page ?? page} of the document`}
              aria-busy={drawing}
              className="relative m-0 bg-white"
              data-page={shown?.page}
            />
            {drawing ? (
              <p
                role="status"
                // Over the page's foot, not its head, while the kept image shows the page.
                className={`absolute inset-x-0 ${imageShown ? "bottom-0" : "top-0"} m-2 rounded bg-white/90 p-2 text-center text-sm text-slate-600 shadow`}
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
