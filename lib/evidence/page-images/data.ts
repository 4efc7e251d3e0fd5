import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb } from "@/lib/db";
import { isUuid } from "@/lib/vendors/data";

/** What the page viewer needs to decide whether to draw: the parse outcome and the page count. */
export async function findRenderState(
  actor: Actor,
  documentId: string,
): Promise<{ parseStatus: string; pages: number | null; mimeType: string } | null> {
  if (!isUuid(documentId)) return null;
  return tenantDb(actor.tenantId).document.findFirst({
    where: { tenantId: actor.tenantId, id: documentId },
    select: { parseStatus: true, pages: true, mimeType: true },
  });
}

export type KeptPageImage = { fileKey: string; mimeType: string; width: number; height: number };

/** The image of `page` kept for this document (docs/decisions/041), if there is one. Scoped by the tenant. */
export async function findKeptPageImage(
  tenantId: string,
  documentId: string,
  page: number,
): Promise<KeptPageImage | null> {
  if (!isUuid(documentId)) return null;
  return tenantDb(tenantId).documentPageImage.findUnique({
    where: { tenantId_documentId_page: { tenantId, documentId, page } },
    select: { fileKey: true, mimeType: true, width: true, height: true },
  });
}

/** What keeping a page image needs: where the document's bytes are, and how many pages it has. */
export async function findDocumentToDraw(
  tenantId: string,
  documentId: string,
): Promise<{ fileKey: string; sha256: string; pages: number | null; parseStatus: string; mimeType: string } | null> {
  if (!isUuid(documentId)) return null;
  return tenantDb(tenantId).document.findFirst({
    where: { tenantId, id: documentId },
    select: { fileKey: true, sha256: true, pages: true, parseStatus: true, mimeType: true },
  });
}
