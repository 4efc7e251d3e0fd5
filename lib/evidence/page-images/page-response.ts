import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/auth/load-actor";
import { assertCan } from "@/lib/auth/roles";
import type { AuditInput } from "@/lib/audit/mutations";
import { auditRead, openDocumentDownload } from "@/lib/evidence/documents/download";
import { findDocumentForDownload } from "@/lib/evidence/documents/data";
import type { BlobStore } from "@/lib/storage/blob-store";
import { AppError, notFound } from "@/lib/errors";
import { findKeptPageImage, findRenderState } from "./data";
import { readKeptPageImage } from "./kept";
import { PageRenderError, renderPdfPage, type RenderOptions } from "./render";

/**
 * GET a page of a document as PNG, for the facts view. Refused before any byte is read: a page
 * number out of range, a file that is not a PDF, and a document whose parse failed (the parser
 * already found it damaged, too large or hostile: drawing it would only run the same risk again
 * in the web server's child). Rendering failures answer with what happened, never a bare 500.
 */
export async function pageImageResponse(
  actor: Actor,
  documentId: string,
  pageText: string,
  options: RenderOptions & { store?: BlobStore } = {},
): Promise<Response> {
  const n = Number(pageText);
  if (!Number.isInteger(n) || n < 1 || n > 5000)
    throw new AppError("INVALID_INPUT", "Page must be a whole number from 1.");
  assertCan(actor, "document:download");
  const state = await findRenderState(actor.tenantId, documentId);
  if (!state) throw notFound("That document");
  if (state.mimeType !== "application/pdf") throw new AppError("INVALID_INPUT", "Only PDFs have pages to show.");
  if (state.parseStatus === "failed")
    throw new AppError(
      "INVALID_INPUT",
      "This document could not be read when it was uploaded, so its pages are not shown. Download it instead.",
    );
  if (state.pages !== null && n > state.pages)
    throw new AppError("INVALID_INPUT", `This document has ${state.pages} page${state.pages === 1 ? "" : "s"}.`);

  const audit = (a: Actor, event: AuditInput) =>
    recordAudit(a, { ...event, action: "document.view", data: { ...(event.data as object), page: n } });
  // The page drawn once and kept (docs/decisions/041): the same checks above, the same audited view, no drawing.
  const keptRow = await findKeptPageImage(actor.tenantId, documentId, n);
  if (keptRow) {
    const described = await findDocumentForDownload(actor, documentId);
    if (!described) throw notFound("That document");
    await auditRead(actor, described, audit);
    const kept = await readKeptPageImage(keptRow, options.store);
    if (kept) return imageResponse(kept.bytes, kept.mimeType);
    // Its blob is gone: draw the page as before (one more view event; the kept row is left for the orphan sweep).
  }
  const doc = await openDocumentDownload(actor, documentId, { audit });
  let png: Buffer;
  try {
    png = await renderPdfPage(doc.bytes, n, options);
  } catch (err) {
    if (!(err instanceof PageRenderError)) throw err;
    const status = err.code === "busy" || err.code === "timeout" ? 503 : 422;
    return Response.json(
      {
        error: `This page could not be shown: ${err.message}.`,
        code: err.code === "busy" ? "UNAVAILABLE" : "INVALID_INPUT",
        reason: err.code,
      },
      { status, headers: status === 503 ? { "retry-after": "5" } : {} },
    );
  }
  return imageResponse(png, "image/png");
}

function imageResponse(bytes: Uint8Array, mimeType: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeType,
      "Cache-Control": "private, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
