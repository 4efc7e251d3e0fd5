// GET /api/documents/:documentId/pages/:page — one page of a PDF as PNG, for the facts view. Audited as a view.
import { recordAudit } from "@/lib/audit/mutations";
import { openDocumentDownload } from "@/lib/evidence/documents/download";
import { AppError } from "@/lib/errors";
import { withActor } from "@/lib/http";
import { renderPdfPage } from "@/lib/evidence/page-images/render";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor<{ params: Promise<{ documentId: string; page: string }> }>(async (_req, actor, ctx) => {
  const { documentId, page } = await ctx.params;
  const n = Number(page);
  if (!Number.isInteger(n) || n < 1 || n > 5000)
    throw new AppError("INVALID_INPUT", "Page must be a whole number from 1.");
  const doc = await openDocumentDownload(actor, documentId, {
    audit: (a, event) =>
      recordAudit(a, { ...event, action: "document.view", data: { ...(event.data as object), page: n } }),
  });
  if (doc.mimeType !== "application/pdf") throw new AppError("INVALID_INPUT", "Only PDFs have pages to show.");
  let png: Buffer;
  try {
    png = await renderPdfPage(doc.bytes, n);
  } catch (err) {
    throw new AppError("UNAVAILABLE", `This page could not be shown (${(err as Error).message}).`);
  }
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "private, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
