import type { BlobStore } from "./blob-store";
import { parseStorageConfig } from "./config";
import { EncryptedBlobStore } from "./encrypted-store";
import { parseKeyring } from "./keyring";
import { LocalDiskStore } from "./local-disk-store";
import { S3Store } from "./s3-store";

const globalForStore = globalThis as unknown as { assayBlobStore?: EncryptedBlobStore };

/**
 * The configured store, encrypted. Built on first use (not at import, so `next build` needs no
 * keys) and then reused; a missing or malformed key throws a message that says what to set.
 */
export function getBlobStore(): EncryptedBlobStore {
  if (!globalForStore.assayBlobStore) {
    const config = parseStorageConfig();
    const inner: BlobStore = config.kind === "local" ? new LocalDiskStore(config.dir) : new S3Store(config);
    globalForStore.assayBlobStore = new EncryptedBlobStore(inner, parseKeyring());
  }
  return globalForStore.assayBlobStore;
}
