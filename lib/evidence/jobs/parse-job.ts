import "server-only";
import { randomUUID } from "node:crypto";
import { claimParse, finishParse, releaseParse, type ParseClaim, type ParseOutcome } from "./mutations";
import { parseDocumentFacts } from "@/lib/evidence/facts/model";
import { extractDocument, type ExtractionResult } from "@/lib/extraction";
import type { BlobStore } from "@/lib/storage/blob-store";
import { BlobNotFoundError } from "@/lib/storage/blob-store";
import { BlobIntegrityError } from "@/lib/storage/envelope";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { workerId } from "./worker-id";

export const MAX_PARSE_ATTEMPTS = 3;

export type ParseJobDeps = {
  store?: BlobStore;
  extract?: (input: { bytes: Uint8Array; filename: string; mimeType?: string }) => Promise<ExtractionResult>;
  worker?: string;
};

export type ParseJobResult = "parsed" | "failed" | "skipped";

/**
 * Parses one document, at most once. The conditional claim (queued → parsing) decides who works:
 * a second worker, a retried job or a duplicate send gets "skipped". Typed extractor failures
 * (password-protected, damaged, too large…) are final and stored with the extractor's message.
 * Unexpected errors give the claim back and rethrow so the queue retries, up to MAX_PARSE_ATTEMPTS.
 */
export async function processParseJob(
  documentId: string,
  tenantId: string,
  deps: ParseJobDeps = {},
): Promise<ParseJobResult> {
  const worker = deps.worker ?? workerId();
  const claim = await claimParse(documentId, tenantId, randomUUID(), worker);
  if (!claim) return "skipped";

  let bytes: Uint8Array;
  try {
    bytes = await (deps.store ?? getBlobStore()).get(claim.fileKey);
  } catch (err) {
    if (err instanceof BlobIntegrityError || err instanceof BlobNotFoundError) {
      // Retrying cannot fix a missing or tampered file: record it and stop.
      console.error(`[jobs] document ${documentId}: ${err.message}`);
      const message = "The stored file is missing or failed its integrity check. Upload the document again.";
      await finishParse(
        claim,
        { ok: false, code: "storage", message, extraction: { ok: false, error: { code: "storage", message } } },
        worker,
      );
      return "failed";
    }
    return giveBack(claim, err, worker);
  }

  let result: ExtractionResult;
  try {
    const extract = deps.extract ?? extractDocument;
    result = await extract({ bytes, filename: claim.filename, mimeType: claim.mimeType.split(";")[0].trim() });
    // Stored facts always match the fact schema; a mismatch is a bug in the extractor, retried then failed.
    if (result.ok) result = { ...result, document: parseDocumentFacts(result.document) };
  } catch (err) {
    return giveBack(claim, err, worker);
  }

  const kept = await finishParse(claim, outcomeOf(result), worker);
  if (!kept) return "skipped"; // our claim was swept as stale meanwhile; the newer attempt owns the row
  return result.ok ? "parsed" : "failed";
}

function outcomeOf(result: ExtractionResult): ParseOutcome {
  // JSON round trip drops undefined values, which Prisma's Json input refuses.
  const extraction = JSON.parse(JSON.stringify(result));
  if (result.ok) return { ok: true, kind: result.doc_kind, pages: result.pages, extraction };
  return { ok: false, code: result.error.code, message: result.error.message, extraction };
}

async function giveBack(claim: ParseClaim, err: unknown, worker: string): Promise<never> {
  if (claim.attempts >= MAX_PARSE_ATTEMPTS) {
    console.error(`[jobs] document ${claim.documentId}: attempt ${claim.attempts} failed, giving up`, err);
    const message =
      "This document could not be read after several attempts. Try uploading it again; if it keeps failing, the file may be damaged.";
    await finishParse(
      claim,
      { ok: false, code: "internal", message, extraction: { ok: false, error: { code: "internal", message } } },
      worker,
    );
  } else {
    await releaseParse(claim);
  }
  throw err;
}
