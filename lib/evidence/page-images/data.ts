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

/** Pages kept as images for a review page to open at, with their sizes (at most a few per document). */
export type KeptPageSizes = Map<number, { width: number; height: number }>;

/**
 * The sizes of the document's kept page images, by page. Read beside the document's facts, so the review page
 * knows its opening page's image as soon as it knows the page (docs/decisions/044). Scoped by the tenant.
 */
export async function findKeptPageSizes(tenantId: string, documentId: string): Promise<KeptPageSizes> {
  if (!isUuid(documentId)) return new Map();
  const rows = await tenantDb(tenantId).documentPageImage.findMany({
    where: { tenantId, documentId },
    select: { page: true, width: true, height: true },
    orderBy: { page: "asc" },
    take: 5000, // the page route's own page cap
  });
  return new Map(rows.map((r) => [r.page, { width: r.width, height: r.height }]));
}

/**
 * Everything the page route needs, in one lookup: the parse outcome and page count (whether to serve), what the
 * audit event says about the document, and the page's kept image if there is one. Scoped by the tenant.
 */
export async function findPageToServe(tenantId: string, documentId: string, page: number) {
  if (!isUuid(documentId)) return null;
  const doc = await tenantDb(tenantId).document.findFirst({
    where: { tenantId, id: documentId },
    select: {
      id: true,
      filename: true,
      fileKey: true,
      mimeType: true,
      sha256: true,
      sizeBytes: true,
      pages: true,
      parseStatus: true,
      pageImages: { where: { page }, select: { fileKey: true, mimeType: true, width: true, height: true } },
    },
  });
  if (!doc) return null;
  const { pageImages, ...described } = doc;
  return { ...described, kept: (pageImages[0] ?? null) as KeptPageImage | null };
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
