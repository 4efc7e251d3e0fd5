import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { maxUploadBytes } from "@/lib/evidence/uploads/limits";
import { assertContentLengthWithin, declaredContentLength, readMultipartFile } from "@/lib/evidence/uploads/multipart";
import { getVendor } from "@/lib/vendors/data";
import { parseIdempotencyKey } from "./idempotency-key";
import { uploadDocument, type UploadDeps, type UploadResult } from "./upload";
import { assertCan } from "@/lib/auth/roles";

/**
 * The HTTP side of an upload: everything that can be refused from the headers alone (permission,
 * size, vendor, key format) is refused before the body is read, so a viewer or an oversized request
 * costs us no bandwidth or memory. Then the multipart body is read under a hard cap.
 */
export async function uploadDocumentFromRequest(
  actor: Actor,
  vendorId: string,
  req: Request,
  deps: UploadDeps = {},
): Promise<UploadResult> {
  assertCan(actor, "document:upload");
  const max = deps.maxBytes ?? maxUploadBytes();
  assertContentLengthWithin(declaredContentLength(req), max);
  const idempotencyKey = parseIdempotencyKey(req.headers.get("idempotency-key"));
  if (!(await getVendor(actor, vendorId))) throw notFound("That vendor");
  const part = await readMultipartFile(req, max);
  return uploadDocument(actor, vendorId, { bytes: part.bytes, filename: part.filename, idempotencyKey }, deps);
}
