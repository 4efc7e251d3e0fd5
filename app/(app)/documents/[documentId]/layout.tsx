import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { loadDocumentFacts } from "@/lib/evidence/facts/data";
import { firstCitedField } from "@/lib/evidence/facts/model/opening-page";
import { loadKeptPages } from "@/lib/evidence/page-images/loaders";
import { viewSrc } from "@/components/pdf-viewer/view-src";
import { OpeningImageHint } from "@/components/pdf-viewer/opening-image-hint";
import { PdfJsWarmup } from "@/components/pdf-viewer/pdfjs-warmup";

// The not-found check runs here, outside loading.tsx's Suspense boundary: a page that calls notFound()
// inside that boundary has already sent 200 (why app/(app) has no loading.tsx). The document's facts and its kept
// page images are read here, once per request (the page reads the same, cached), so the <head> can ask for the
// opening page's image (docs/decisions/044).
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
  const { doc } = loaded;
  // A read PDF is shown by the in-browser viewer: have the browser fetch its bytes now, from the first
  // flushed <head>, while the server still loads the facts and the browser loads pdf.js (docs/decisions/034).
  // The viewer's fetch of the same URL takes over this response (same URL, CORS mode and credentials), so the
  // file is fetched, and its view audited, once.
  const pdf =
    doc.parseStatus === "parsed" && doc.mimeType === "application/pdf" && can(actor.role, "document:download");
  const src = viewSrc(documentId);
  if (pdf) preload(src, { as: "fetch", crossOrigin: "anonymous" });
  // The page's own condition for showing the kept image (page.tsx: a read PDF with facts, the actor may see pages).
  const current = loaded.confirmed ?? loaded.extracted;
  return (
    <>
      {pdf ? <PdfJsWarmup src={src} /> : null}
      {pdf && current && kept?.size ? (
        <OpeningImageHint
          documentId={doc.id}
          pages={doc.pages ?? 1}
          citedPage={firstCitedField(current)?.page ?? null}
          kept={[...kept.keys()]}
        />
      ) : null}
      {children}
    </>
  );
}
