import { AppError } from "@/lib/errors";
import { capStream } from "./read-capped";
import { tooLargeMessage } from "./limits";

// Room for the multipart boundaries and part headers around the file itself.
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export type UploadedPart = { bytes: Uint8Array; filename: string; declaredType: string };

/** Content-Length as a number, null when absent; a malformed value is refused rather than ignored. */
export function declaredContentLength(req: Request): number | null {
  const raw = req.headers.get("content-length");
  if (raw === null) return null;
  if (!/^\d{1,15}$/.test(raw.trim()))
    throw new AppError("INVALID_INPUT", "The request's Content-Length header is not a number.");
  return Number(raw.trim());
}

/** 413 from the header alone, before a byte of the body is read. */
export function assertContentLengthWithin(contentLength: number | null, maxFileBytes: number): void {
  if (contentLength !== null && contentLength > maxFileBytes + MULTIPART_OVERHEAD_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(maxFileBytes));
  }
}

/**
 * Reads the `file` field of a multipart/form-data body with a hard byte cap on the whole body. The
 * platform's multipart parser does the parsing; we only feed it a stream that stops at the cap and
 * insists on the declared length.
 */
export async function readMultipartFile(req: Request, maxFileBytes: number, field = "file"): Promise<UploadedPart> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError("INVALID_INPUT", 'Send the file as multipart/form-data in a field named "file".');
  }
  const declared = declaredContentLength(req);
  assertContentLengthWithin(declared, maxFileBytes);
  if (!req.body) throw new AppError("INVALID_INPUT", "Choose a file to upload.");

  const capped = capStream(req.body, maxFileBytes + MULTIPART_OVERHEAD_BYTES, declared);
  let form: FormData;
  try {
    form = await new Response(capped.stream, { headers: { "content-type": contentType } }).formData();
  } catch (err) {
    const outcome = capped.outcome();
    if (outcome === "too_large") throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(maxFileBytes));
    if (outcome === "truncated") {
      throw new AppError(
        "INVALID_INPUT",
        `The upload was cut short (received ${capped.received()} of ${declared} bytes). Try again.`,
      );
    }
    if (err instanceof AppError) throw err;
    // The body stream failed before its end: the client hung up or the connection dropped.
    if (outcome === "pending")
      throw new AppError(
        "INVALID_INPUT",
        `The upload was interrupted after ${capped.received()} bytes, before the whole file arrived. Nothing was saved; try again.`,
      );
    throw new AppError("INVALID_INPUT", "The upload could not be read as a form. Try again.");
  }
  const file = form.get(field);
  if (!file || typeof file === "string") throw new AppError("INVALID_INPUT", "Choose a file to upload.");
  if (file.size > maxFileBytes) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(maxFileBytes));
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, declaredType: file.type };
}
