import "server-only";
import { findKnownFileKeys } from "./data";
import type { ListableBlobStore } from "@/lib/storage/listable";

export type OrphanSweepResult = { checked: number; removed: number; tempRemoved: number };

/**
 * Deletes stored files no Document row points at. Uploads write the blob before the row and delete
 * the blob when the row fails, so an orphan appears only when a process dies between the two steps.
 * Only files older than `olderThanMs` (default 1 h) are considered, so an upload in flight, whose
 * row is milliseconds away, is never touched. Also clears temp files of interrupted writes where the
 * store has them (local disk; S3 writes are atomic). Safe to run on several instances at once: each
 * deletes only old unreferenced keys, and deleting a missing key is not an error.
 */
export async function removeOrphanBlobs(
  store: ListableBlobStore,
  opts: { olderThanMs?: number } = {},
): Promise<OrphanSweepResult> {
  const olderThanMs = opts.olderThanMs ?? 3_600_000;
  const keys = await store.listKeys(olderThanMs);
  let removed = 0;
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const known = await findKnownFileKeys(chunk);
    for (const key of chunk) {
      if (known.has(key)) continue;
      await store.delete(key);
      removed++;
    }
  }
  const tempRemoved = store.removeStaleTemp ? await store.removeStaleTemp(olderThanMs) : 0;
  if (removed || tempRemoved)
    console.error(`[jobs] removed ${removed} orphan file(s) and ${tempRemoved} stale temp file(s)`);
  return { checked: keys.length, removed, tempRemoved };
}
