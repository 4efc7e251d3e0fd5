import type { BlobStore } from "./blob-store";
import { decryptBlob, encryptBlob } from "./envelope";
import type { Keyring } from "./keyring";

/**
 * Wraps any BlobStore so what reaches the backend is only ciphertext. get() decrypts the whole
 * object before returning: GCM authenticates at the end, and handing out plaintext before the tag
 * is checked would let a tampered file reach a user.
 */
export class EncryptedBlobStore implements BlobStore {
  constructor(
    readonly inner: BlobStore,
    private readonly keyring: Keyring,
  ) {}

  put(key: string, bytes: Uint8Array): Promise<void> {
    return this.inner.put(key, encryptBlob(bytes, key, this.keyring));
  }

  async get(key: string): Promise<Uint8Array> {
    return decryptBlob(await this.inner.get(key), key, this.keyring);
  }

  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }

  exists(key: string): Promise<boolean> {
    return this.inner.exists(key);
  }
}
