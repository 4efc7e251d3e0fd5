import "server-only";
import { tenantDb } from "@/lib/db";
import { isUuid } from "@/lib/vendors/data";

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

/**
 * What drawing a page needs: the parse outcome and page count (whether to draw), and where the document's bytes are
 * and what they hash to (what to draw). Scoped by the tenant.
 */
export async function findRenderState(
  tenantId: string,
  documentId: string,
): Promise<{ fileKey: string; sha256: string; pages: number | null; parseStatus: string; mimeType: string } | null> {
  if (!isUuid(documentId)) return null;
  return tenantDb(tenantId).document.findFirst({
    where: { tenantId, id: documentId },
    select: { fileKey: true, sha256: true, pages: true, parseStatus: true, mimeType: true },
  });
}
