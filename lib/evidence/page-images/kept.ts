import "server-only";
import { newBlobKey, type BlobStore } from "@/lib/storage/blob-store";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { sha256Hex } from "@/lib/evidence/uploads/sha256";
import { findRenderState, findKeptPageImage, type KeptPageImage } from "./data";
import { insertPageImage } from "./mutations";
import { renderPdfPageImage, type RenderOptions } from "./render";

// A page drawn once on the server and kept, encrypted, in the blob store beside its document (docs/decisions/041):
// the review page puts it in its HTML so the page is seen before pdf.js has started. Drawn by the page renderer's
// capped child (render.ts), never in this process.

export type KeepDeps = { store?: BlobStore; render?: RenderOptions };

// One drawing per page at a time in this instance: a parse and a first view asking at once share it.
const inFlight = new Map<string, Promise<boolean>>();

/**
 * Draws `page` of a read PDF and keeps it, unless it is kept already. Resolves true when an image is kept (now or
 * before); false when there is nothing to draw (not a PDF, no such page) or drawing failed (logged: the review page
 * then shows the page as it did before, drawn by pdf.js alone). Never throws.
 */
export function keepPageImage(
  tenantId: string,
  documentId: string,
  page: number,
  pdf?: Uint8Array,
  deps: KeepDeps = {},
): Promise<boolean> {
  const key = `${tenantId}/${documentId}/${page}`;
  const running = inFlight.get(key);
  if (running) return running;
  const job = keep(tenantId, documentId, page, pdf, deps)
    .catch((err: unknown) => {
      console.error(`[page-images] keeping page ${page} of ${documentId} failed: ${(err as Error)?.message ?? err}`);
      return false;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, job);
  return job;
}

async function keep(
  tenantId: string,
  documentId: string,
  page: number,
  pdf: Uint8Array | undefined,
  deps: KeepDeps,
): Promise<boolean> {
  if (await findKeptPageImage(tenantId, documentId, page)) return true;
  const doc = await findRenderState(tenantId, documentId);
  if (!doc || doc.mimeType !== "application/pdf" || doc.parseStatus === "failed") return false;
  if (doc.pages !== null && page > doc.pages) return false;
  const store = deps.store ?? getBlobStore();
  const bytes = pdf ?? (await store.get(doc.fileKey));
  // The bytes this row describes, as the download route checks: never draw some other file under this document.
  if (sha256Hex(bytes) !== doc.sha256) throw new Error("the stored file does not match the recorded upload");
  const image = await renderPdfPageImage(bytes, page, deps.render);
  const fileKey = newBlobKey(tenantId);
  await store.put(fileKey, new Uint8Array(image.bytes));
  const inserted = await insertPageImage({
    tenantId,
    documentId,
    page,
    fileKey,
    mimeType: image.mimeType,
    width: image.width,
    height: image.height,
    sizeBytes: image.bytes.length,
  }).catch(async (err: unknown) => {
    await store.delete(fileKey).catch(() => {});
    throw err;
  });
  if (!inserted) await store.delete(fileKey).catch(() => {});
  return true;
}

/** A kept image's bytes, or null when its blob is gone (the caller draws the page instead). */
export async function readKeptPageImage(
  kept: KeptPageImage,
  store: BlobStore = getBlobStore(),
): Promise<{ bytes: Uint8Array; mimeType: string } | null> {
  try {
    return { bytes: await store.get(kept.fileKey), mimeType: kept.mimeType };
  } catch (err) {
    console.error(`[page-images] kept image ${kept.fileKey} could not be read: ${(err as Error)?.message}`);
    return null;
  }
}
