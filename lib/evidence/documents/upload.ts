import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError, isUniqueViolation, notFound } from "@/lib/errors";
import { enqueueParse } from "@/lib/evidence/jobs/enqueue";
import { newBlobKey, type BlobStore } from "@/lib/storage/blob-store";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { safeDisplayFilename } from "@/lib/evidence/uploads/display-filename";
import { maxUploadBytes, tooLargeMessage } from "@/lib/evidence/uploads/limits";
import { readCapped } from "@/lib/evidence/uploads/read-capped";
import { sha256Hex } from "@/lib/evidence/uploads/sha256";
import { sniffUpload } from "@/lib/evidence/uploads/sniff";
import { getVendor } from "@/lib/vendors/data";
import { findDocumentByIdempotencyKey, type IdempotentMatch } from "./data";
import { parseIdempotencyKey } from "./idempotency-key";
import { createDocumentWithAudit } from "./mutations";
import { assertCan } from "@/lib/auth/roles";

export type UploadInput = {
  /** The file's bytes, or a stream of them (read with a hard cap). */
  bytes?: Uint8Array;
  stream?: ReadableStream<Uint8Array>;
  filename: string;
  /** The declared size, checked before anything is read. */
  contentLength?: number | null;
  idempotencyKey?: string | null;
};

export type UploadDeps = {
  store?: BlobStore;
  enqueue?: (documentId: string, tenantId: string) => Promise<unknown>;
  maxBytes?: number;
};

export type UploadedDocument = { id: string; filename: string; parseStatus: string };
/** `created` false means an earlier upload with the same Idempotency-Key was returned (HTTP 200, not 201). */
export type UploadResult = { document: UploadedDocument; created: boolean };

/**
 * Checks, stores and records one evidence file for a vendor of the actor's tenant, then queues its
 * parse. Order matters: the encrypted blob is written first, the Document row and its audit event
 * commit together after it, and if that commit fails the blob is deleted, so there is never a row
 * without a file and (barring a crash between the two steps) never a file without a row.
 */
export async function uploadDocument(
  actor: Actor,
  vendorId: string,
  input: UploadInput,
  deps: UploadDeps = {},
): Promise<UploadResult> {
  assertCan(actor, "document:upload");
  const max = deps.maxBytes ?? maxUploadBytes();
  const idempotencyKey = parseIdempotencyKey(input.idempotencyKey);
  if (input.contentLength != null && input.contentLength > max)
    throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(max));
  if (!(await getVendor(actor, vendorId))) throw notFound("That vendor");

  const bytes = input.bytes ?? (input.stream ? await readCapped(input.stream, max) : null);
  if (!bytes) throw new AppError("INVALID_INPUT", "Choose a file to upload.");
  if (bytes.byteLength > max) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(max));

  let filename = safeDisplayFilename(input.filename);
  const type = sniffUpload(bytes, filename);
  if (!type.ok) throw new AppError("INVALID_INPUT", type.message);
  if (type.format === "pdf" && !/\.pdf$/i.test(filename)) filename = safeDisplayFilename(`${filename}.pdf`);
  const sha256 = sha256Hex(bytes);

  if (idempotencyKey) {
    const earlier = await findDocumentByIdempotencyKey(actor, idempotencyKey);
    if (earlier) return replay(earlier, vendorId, sha256);
  }

  const store = deps.store ?? getBlobStore();
  const fileKey = newBlobKey(actor.tenantId);
  try {
    await store.put(fileKey, bytes);
  } catch (err) {
    console.error(`[uploads] storing ${fileKey} failed`, err);
    await store.delete(fileKey).catch(() => {});
    await recordAudit(actor, {
      action: "document.upload.failed",
      entityType: "Vendor",
      entityId: vendorId,
      data: { reason: "storage", filename, sha256 },
    }).catch(() => {});
    if (isOutOfSpace(err))
      throw new AppError(
        "UNAVAILABLE",
        "There is no space left to store the file. Nothing was uploaded; ask an administrator to free up storage, then try again.",
      );
    throw new AppError(
      "UNAVAILABLE",
      "The file could not be saved to storage. Nothing was uploaded; try again in a moment.",
    );
  }

  let created: UploadedDocument;
  try {
    created = await createDocumentWithAudit(actor, {
      vendorId,
      filename,
      fileKey,
      sha256,
      sizeBytes: bytes.byteLength,
      mimeType: type.mimeType,
      idempotencyKey,
    });
  } catch (err) {
    await store
      .delete(fileKey)
      .catch((e: Error) => console.error(`[uploads] orphan blob ${fileKey} left behind: ${e.message}`));
    // Two requests with one key raced: the other committed first, so answer as a replay.
    if (idempotencyKey && isUniqueViolation(err)) {
      const winner = await findDocumentByIdempotencyKey(actor, idempotencyKey);
      if (winner) return replay(winner, vendorId, sha256);
    }
    throw err;
  }

  // The row is committed; a failed send is picked up by the sweep, so it must not fail the upload.
  await (deps.enqueue ?? enqueueParse)(created.id, actor.tenantId).catch((err: Error) =>
    console.error(`[uploads] could not queue parse of ${created.id} (the sweep will retry): ${err.message}`),
  );
  return { document: created, created: true };
}

function replay(earlier: IdempotentMatch, vendorId: string, sha256: string): UploadResult {
  if (earlier.vendorId !== vendorId || earlier.sha256 !== sha256) {
    throw new AppError(
      "INVALID_INPUT",
      "This Idempotency-Key was already used for a different upload. Use a new key for a new file.",
    );
  }
  return { document: { id: earlier.id, filename: earlier.filename, parseStatus: earlier.parseStatus }, created: false };
}

/** A full disk (ENOSPC) or an exhausted quota (EDQUOT): retrying will not help until someone frees space. */
function isOutOfSpace(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}
