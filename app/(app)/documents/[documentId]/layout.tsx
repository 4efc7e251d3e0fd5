import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { findDocumentForReview } from "@/lib/evidence/documents/data";
import { viewSrc } from "@/components/pdf-viewer/view-src";
import { PdfJsWarmup } from "@/components/pdf-viewer/pdfjs-warmup";

// The not-found check runs here, outside loading.tsx's Suspense boundary: a page that calls notFound()
// inside that boundary has already sent 200 (why app/(app) has no loading.tsx). One indexed lookup.
export default async function DocumentLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ documentId: string }>;
}) {
  const actor = await requireActor();
  const { documentId } = await params;
  const doc = await findDocumentForReview(actor, documentId);
  if (!doc) notFound();
  // A read PDF is shown by the in-browser viewer: have the browser fetch its bytes now, from the first
  // flushed <head>, while the server still loads the facts and the browser loads pdf.js (docs/decisions/034).
  // The viewer's fetch of the same URL takes over this response (same URL, CORS mode and credentials), so the
  // file is fetched, and its view audited, once.
  const pdf =
    doc.parseStatus === "parsed" && doc.mimeType === "application/pdf" && can(actor.role, "document:download");
  const src = viewSrc(documentId);
  if (pdf) preload(src, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <>
      {pdf ? <PdfJsWarmup src={src} /> : null}
      {children}
    </>
  );
}
