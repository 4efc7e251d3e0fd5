import type { PageViewport, PDFDocumentProxy, RenderTask, TextLayer } from "pdfjs-dist";
import { loadPdfJs } from "./load-pdfjs";
import { mark } from "./mark";

/** A page drawn off-screen, ready to be put in the viewer: its canvas and its text layer. */
export type Drawn = {
  pageNumber: number;
  canvas: HTMLCanvasElement;
  textLayer: HTMLDivElement;
  /** The text layer's spans and strings, to mark the quote on. */
  layer: TextLayer;
  viewport: PageViewport;
  /** Set once it is in the viewer's figure: with which quote marked, and whether it was found. */
  shown?: { quote: string | null; found: boolean | null };
};

export type Drawing = { promise: Promise<Drawn>; cancel: () => void };

/** The width the viewer draws a page at for a box: whole steps of 8 px, so a small resize does not redraw. */
export function drawWidth(box: HTMLElement): number {
  return Math.floor(box.clientWidth / 8) * 8;
}

/**
 * Draws one page, fitted to `width`, into a new canvas and text layer that are not yet in the document.
 * The same function draws for the viewer and ahead of it (open-pdf.ts), so a page drawn ahead is the page
 * the viewer would have drawn.
 */
export function drawPage(doc: Promise<PDFDocumentProxy>, pageNumber: number, width: number): Drawing {
  let cancelled = false;
  let render: RenderTask | null = null;
  let layer: TextLayer | null = null;
  const stop = () => {
    if (cancelled) throw Object.assign(new Error("drawing cancelled"), { name: "RenderingCancelledException" });
  };
  const promise = (async () => {
    const [pdfjs, d] = await Promise.all([loadPdfJs(), doc]);
    stop();
    const page = await d.getPage(Math.min(pageNumber, d.numPages));
    mark("page");
    stop();
    // Fit the column; the white space pdf.js adds below a page is cropped by the box.
    const viewport = page.getViewport({ scale: (width - 2) / page.getViewport({ scale: 1 }).width });
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement("canvas");
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.className = "block h-full w-full";
    canvas.setAttribute("aria-hidden", "true");
    render = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    const textLayer = document.createElement("div");
    textLayer.className = "pdf-text-layer";
    // Marks: where a drawing's time goes (the e2e prints them for the first page).
    const [, textContent] = await Promise.all([
      render.promise.then(() => mark("painted")),
      page.getTextContent().then((t) => (mark("text"), t)),
    ]);
    stop();
    layer = new pdfjs.TextLayer({ textContentSource: textContent, container: textLayer, viewport });
    await layer.render();
    stop();
    return { pageNumber: page.pageNumber, canvas, textLayer, layer, viewport };
  })();
  return {
    promise,
    cancel: () => {
      cancelled = true;
      render?.cancel();
      layer?.cancel();
    },
  };
}
