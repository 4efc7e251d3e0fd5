import "server-only";
import { recordAudit, type AuditInput } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { BlobNotFoundError, type BlobStore } from "@/lib/storage/blob-store";
import { BlobIntegrityError } from "@/lib/storage/envelope";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { ObjectStorageError } from "@/lib/storage/s3-errors";
import { sha256Hex } from "@/lib/evidence/uploads/sha256";
import { findDocumentForDownload, type DownloadableDocument } from "./data";
import { assertCan } from "@/lib/auth/roles";

export type DownloadDeps = {
  store?: BlobStore;
  audit?: (actor: Actor, event: AuditInput) => Promise<void>;
};

export type DocumentDownload = { id: string; bytes: Uint8Array; filename: string; mimeType: string };

/**
 * The decrypted bytes of one of the tenant's documents. Fail-closed: the `document.download`
 * audit event is written before any byte is read, and if it cannot be written nothing is served
 * (503): these are NDA-protected reports, and an unlogged read is the thing the audit trail exists
 * to rule out.
 */
export async function openDocumentDownload(
  actor: Actor,
  documentId: string,
  deps: DownloadDeps = {},
): Promise<DocumentDownload> {
  assertCan(actor, "document:download");
  const doc = await findDocumentForDownload(actor, documentId);
  if (!doc) throw notFound("That document");
  await auditRead(actor, doc, deps.audit ?? recordAudit);

  let bytes: Uint8Array;
  try {
    bytes = await (deps.store ?? getBlobStore()).get(doc.fileKey);
  } catch (err) {
    if (err instanceof BlobIntegrityError || err instanceof BlobNotFoundError) {
      console.error(`[downloads] document ${doc.id}: ${err.message}`);
      throw new AppError(
        "UNAVAILABLE",
        "This file is missing from storage or failed its integrity check, so it cannot be served. An administrator can restore it from backup.",
      );
    }
    if (err instanceof ObjectStorageError) {
      // The file is fine; the store is down or misconfigured. The log says which setting to check.
      console.error(`[downloads] document ${doc.id}: ${err.message}`);
      throw new AppError(
        "UNAVAILABLE",
        "File storage cannot be reached right now, so this file cannot be served. Try again in a moment.",
      );
    }
    throw err;
  }
  // GCM already authenticated the bytes against their key; this also proves they are the bytes this row describes.
  if (sha256Hex(bytes) !== doc.sha256) {
    console.error(`[downloads] document ${doc.id}: SHA-256 does not match the recorded upload`);
    throw new AppError(
      "UNAVAILABLE",
      "This file failed its integrity check, so it cannot be served. An administrator can restore it from backup.",
    );
  }
  return { id: doc.id, bytes, filename: doc.filename, mimeType: doc.mimeType };
}

/**
 * Writes the `document.download` event for a read of `doc` (the caller's `audit` may record it under another action,
 * e.g. `document.view`), or refuses the read (503) when it cannot be written. Also used when a kept page image is
 * served instead of the file (lib/evidence/page-images).
 */
export async function auditRead(
  actor: Actor,
  doc: DownloadableDocument,
  audit: (actor: Actor, event: AuditInput) => Promise<void>,
): Promise<void> {
  try {
    await audit(actor, {
      action: "document.download",
      entityType: "Document",
      entityId: doc.id,
      data: { filename: doc.filename, sha256: doc.sha256, sizeBytes: doc.sizeBytes },
    });
  } catch (err) {
    console.error(`[downloads] audit write failed; refusing download of ${doc.id}`, err);
    throw new AppError(
      "UNAVAILABLE",
      "Downloads are paused because the audit trail cannot be written right now. Try again later.",
    );
  }
}
