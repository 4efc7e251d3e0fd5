import { AppError } from "@/lib/errors";

/** The Idempotency-Key header: optional; when present 1–255 visible ASCII characters. */
export function parseIdempotencyKey(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const key = raw.trim();
  if (!key) return null;
  if (key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new AppError("INVALID_INPUT", "The Idempotency-Key header must be 1–255 visible ASCII characters.");
  }
  return key;
}
