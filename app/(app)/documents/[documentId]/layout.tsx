import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { loadDocumentFacts } from "@/lib/evidence/facts/data";
import { firstCitedField } from "@/lib/evidence/facts/model/opening-page";
import { ReviewHeader } from "@/lib/evidence/facts/components/review-header";
import { ReviewViewerColumn } from "@/lib/evidence/facts/components/review-viewer-column";
import { ReviewViewerProvider } from "@/lib/evidence/facts/components/review-viewer-state";
import { loadKeptPages } from "@/lib/evidence/page-images/loaders";
import { viewSrc } from "@/components/pdf-viewer/view-src";
import { PdfJsWarmup } from "@/components/pdf-viewer/pdfjs-warmup";

// Outside loading.tsx's Suspense boundary, so in the page's first HTML: the not-found check (a page that calls
// notFound() inside that boundary has already sent 200: why app/(app) has no loading.tsx), the review's header and
// the document viewer with the opening page's kept image, painted as soon as the browser has it; the fact list
// (the page) streams in beside it (docs/decisions/045). One read, cached for the request: the page reads the same.
export default async function DocumentLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ documentId: string }>;
}) {
  const actor = await requireActor();
  const { documentId } = await params;
  const [loaded, kept] = await Promise.all([loadDocumentFacts(actor, documentId), loadKeptPages(actor, documentId)]);
  if (!loaded) notFound();
  const { doc, members } = loaded;
  const isPdf = doc.mimeType === "application/pdf";
  const canDownload = can(actor.role, "document:download");
  // A read PDF is shown by the in-browser viewer: have the browser fetch its bytes now, from the first
  // flushed <head>, while the server still loads the facts and the browser loads pdf.js (docs/decisions/034).
  // The viewer's fetch of the same URL takes over this response (same URL, CORS mode and credentials), so the
  // file is fetched, and its view audited, once.
  const pdf = doc.parseStatus === "parsed" && isPdf && canDownload;
  const src = viewSrc(documentId);
  if (pdf) preload(src, { as: "fetch", crossOrigin: "anonymous" });
  // The facts reviewed: the confirmed ones once there are, else those read. Without any, no viewer (as before).
  const current = loaded.confirmed ?? loaded.extracted;
  const cited = current ? firstCitedField(current) : undefined;
  return (
    <>
      {pdf ? <PdfJsWarmup src={src} /> : null}
      <ReviewHeader doc={doc} members={members} canDownload={canDownload} />
      {current ? (
        <ReviewViewerProvider pages={doc.pages ?? 1} citedPage={cited?.page ?? null} citedQuote={cited?.quote ?? null}>
          <div className="grid gap-4 lg:grid-cols-2">
            <ReviewViewerColumn
              documentId={doc.id}
              isPdf={isPdf}
              // The kept images only of a read PDF the actor may see the pages of (loadKeptPages: null if not).
              kept={pdf && kept ? [...kept].map(([page, size]) => ({ page, ...size })) : null}
            />
            <div className="min-w-0">{children}</div>
          </div>
        </ReviewViewerProvider>
      ) : (
        children
      )}
    </>
  );
}
