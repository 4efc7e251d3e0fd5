const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** MAX_UPLOAD_BYTES (bytes of the file itself), default 50 MB: the same cap the extractor applies. */
export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.MAX_UPLOAD_BYTES?.trim();
  if (!raw) return DEFAULT_MAX_UPLOAD_BYTES;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`MAX_UPLOAD_BYTES must be a positive whole number of bytes (got ${JSON.stringify(raw)}).`);
  return n;
}

/** "50 MB" for messages; binary megabytes, matching how the limit is computed. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export function tooLargeMessage(limit: number): string {
  return `This file is larger than the ${formatMegabytes(limit)} upload limit.`;
}
