import type { BlobStore } from "./blob-store";
import type { StorageConfig } from "./config";

type S3Config = Extract<StorageConfig, { kind: "s3" }>;

/**
 * The seam for object storage. NOT IMPLEMENTED: no S3 SDK is installed in this build, and a
 * hand-rolled SigV4 client is not worth the risk. Construction fails so a deployment configured
 * for S3 stops at start-up with a clear message instead of losing uploads. Implementing it means
 * put = PutObject (S3 writes are atomic per object), get = GetObject, delete = DeleteObject,
 * exists = HeadObject, keys prefixed with `config.prefix`; encryption stays in EncryptedBlobStore.
 */
export class S3Store implements BlobStore {
  constructor(readonly config: S3Config) {
    throw new Error("STORAGE_BACKEND=s3 is not implemented in this build; use STORAGE_BACKEND=local with STORAGE_DIR on a shared volume.");
  }

  put(): Promise<void> {
    return Promise.reject(new Error("S3Store is not implemented"));
  }

  get(): Promise<Uint8Array> {
    return Promise.reject(new Error("S3Store is not implemented"));
  }

  delete(): Promise<void> {
    return Promise.reject(new Error("S3Store is not implemented"));
  }

  exists(): Promise<boolean> {
    return Promise.reject(new Error("S3Store is not implemented"));
  }
}
