"use client";

import { useState } from "react";
import { preload } from "react-dom";
import { PdfViewer } from "@/components/pdf-viewer/pdf-viewer";
import { pageImageSrc, type FirstPaint } from "@/components/pdf-viewer/first-paint";
import { TextSourceViewer } from "@/components/pdf-viewer/text-source-viewer";
import { viewSrc } from "@/components/pdf-viewer/view-src";
import { useReviewViewer } from "./review-viewer-state";

/** A page kept as an image on the server, and its size. */
export type KeptPage = { page: number; width: number; height: number };

/**
 * The review's left column: the document (a PDF drawn in the browser, or a text file's source) at the page the
 * fact list has turned it to. Rendered by the review page's layout, outside the loading state's boundary, so it is
 * in the page's first HTML: the opening page's kept image is painted as soon as the browser has it, not when the
 * fact list has been streamed and revealed (docs/decisions/045).
 */
export function ReviewViewerColumn({
  documentId,
  isPdf,
  kept,
}: {
  documentId: string;
  isPdf: boolean;
  /** The pages kept as images, if the actor may see the document's pages (null: no image shown). */
  kept: KeptPage[] | null;
}) {
  const { openingPage, page, highlight, pages, turnPage, viewerRef } = useReviewViewer();
  // The page opened at, as an image kept when the document was read (docs/decisions/041); fixed for the viewer's
  // life (it stands for that page only until pdf.js has drawn it).
  const [firstPaint] = useState<FirstPaint | null>(() => {
    const size = isPdf ? kept?.find((k) => k.page === openingPage) : undefined;
    return size ? { ...size, src: pageImageSrc(documentId, openingPage) } : null;
  });
  // In the shell's <head>: the image is asked for with the first bytes of HTML (docs/decisions/044). Same URL and
  // mode as the figure's <img> (no crossorigin), so the image takes this response over: one request, one audited view.
  if (firstPaint) preload(firstPaint.src, { as: "image", fetchPriority: "high" });
  return (
    <div ref={viewerRef} className="min-w-0 scroll-mt-4 lg:sticky lg:top-4 lg:self-start">
      {isPdf ? (
        <PdfViewer
          src={viewSrc(documentId)}
          fallbackSrc={(p) => pageImageSrc(documentId, p)}
          page={page}
          pages={pages}
          quote={highlight}
          onPage={turnPage}
          firstPaint={firstPaint}
        />
      ) : (
        <TextSourceViewer src={viewSrc(documentId)} quote={highlight} />
      )}
    </div>
  );
}
