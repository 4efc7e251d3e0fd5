import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/auth/load-actor";
import { assertCan } from "@/lib/auth/roles";
import type { AuditInput } from "@/lib/audit/mutations";
import { auditRead, openDocumentDownload } from "@/lib/evidence/documents/download";
import type { BlobStore } from "@/lib/storage/blob-store";
import { AppError, notFound } from "@/lib/errors";
import { findPageToServe } from "./data";
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
  options: RenderOptions & { store?: BlobStore; ifNoneMatch?: string | null } = {},
): Promise<Response> {
  const n = Number(pageText);
  if (!Number.isInteger(n) || n < 1 || n > 5000)
    throw new AppError("INVALID_INPUT", "Page must be a whole number from 1.");
  assertCan(actor, "document:download");
  // One lookup (docs/decisions/044): the checks below, the audit event's description and the kept image.
  const state = await findPageToServe(actor.tenantId, documentId, n);
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
  if (state.kept) {
    const tag = pageEtag(state.sha256, n, state.kept.mimeType);
    await auditRead(actor, state, audit);
    // The browser's copy is this image: every check and the audited view above, then no bytes to read or send.
    if (matches(options.ifNoneMatch, tag)) return notModified(tag);
    const kept = await readKeptPageImage(state.kept, options.store);
    if (kept) return imageResponse(kept.bytes, kept.mimeType, tag);
    // Its blob is gone: draw the page as before (one more view event; the kept row is left for the orphan sweep).
  } else if (matches(options.ifNoneMatch, pageEtag(state.sha256, n, "image/png"))) {
    // The page drawn earlier for this browser: the same document's bytes, so the same drawing. Audited, not redrawn.
    await auditRead(actor, state, audit);
    return notModified(pageEtag(state.sha256, n, "image/png"));
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
  return imageResponse(png, "image/png", pageEtag(state.sha256, n, "image/png"));
}

/**
 * A page's image is fixed by the document's bytes (their SHA-256), the page and the format: the validator the
 * browser sends back to ask whether its copy is still this image.
 */
function pageEtag(sha256: string, page: number, mimeType: string): string {
  return `"${sha256.slice(0, 32)}-${page}-${mimeType === "image/webp" ? "webp" : "png"}"`;
}

function matches(ifNoneMatch: string | null | undefined, tag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === tag);
}

// `private, no-cache`: only this browser may keep the image (never a shared cache), and it must ask again before
// each use, so every view passes the route's session, tenant and permission checks and is audited (a browser
// profile shared by two people, or a permission withdrawn, never shows a page from the cache). Asking again costs
// a 304 when the copy is current: no decryption, no bytes.
const CACHE_CONTROL = "private, no-cache";

function notModified(tag: string): Response {
  return new Response(null, {
    status: 304,
    headers: { ETag: tag, "Cache-Control": CACHE_CONTROL, "X-Content-Type-Options": "nosniff" },
  });
}

function imageResponse(bytes: Uint8Array, mimeType: string, tag: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeType,
      "Cache-Control": CACHE_CONTROL,
      ETag: tag,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
