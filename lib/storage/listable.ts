import type { BlobStore } from "./blob-store";

/**
 * A store that can enumerate what it holds, which the orphan sweep needs (local disk and S3 can;
 * the interface itself does not require it, so a future store is not forced to).
 */
export interface ListableBlobStore extends BlobStore {
  /** Keys of the generated shape whose objects were last written more than `olderThanMs` ago. */
  listKeys(olderThanMs: number, now?: number): Promise<string[]>;
  /** Only stores that stage writes (local disk's temp files) have leftovers of interrupted writes to clear. */
  removeStaleTemp?(olderThanMs: number, now?: number): Promise<number>;
}

export function canList(store: BlobStore): store is ListableBlobStore {
  return typeof (store as Partial<ListableBlobStore>).listKeys === "function";
}
