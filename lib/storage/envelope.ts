import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Keyring } from "./keyring";

// Envelope encryption, one fresh data key (DEK) per file, wrapped by the key-encryption key (KEK):
//
//   [0]       format version (1)
//   [1]       KEK id (which FILE_ENCRYPTION_* key wrapped the DEK)
//   [2..14)   IV for the DEK wrap          [14..30)  auth tag of the wrap   [30..62) wrapped DEK
//   [62..74)  IV for the data              [74..90)  auth tag of the data   [90..)   ciphertext
//
// Both AES-256-GCM operations authenticate the header bytes and the blob key as associated data, so
// a changed header, a swapped file (blob A's bytes stored under key B) or a flipped bit all fail
// decryption. Rotation only rewraps the 60-byte DEK section, never the data.
const VERSION = 1;
const HEADER = 2;
const IV = 12;
const TAG = 16;
const DEK = 32;
const DATA_START = HEADER + IV + TAG + DEK + IV + TAG;

export class BlobIntegrityError extends Error {
  constructor(key: string, why: string) {
    super(`Stored file ${key} failed its integrity check (${why}); it was changed or damaged after it was written.`);
    this.name = "BlobIntegrityError";
  }
}

export function encryptBlob(plaintext: Uint8Array, blobKey: string, keyring: Keyring): Uint8Array {
  const kek = keyring.keys.get(keyring.currentId);
  if (!kek) throw new Error("The current file encryption key is missing from the keyring");
  const header = Buffer.from([VERSION, keyring.currentId]);
  const aad = associatedData(header, blobKey);
  const dek = randomBytes(DEK);

  const wrapIv = randomBytes(IV);
  const wrap = createCipheriv("aes-256-gcm", kek, wrapIv).setAAD(aad);
  const wrappedDek = Buffer.concat([wrap.update(dek), wrap.final()]);
  const wrapTag = wrap.getAuthTag();

  const dataIv = randomBytes(IV);
  const cipher = createCipheriv("aes-256-gcm", dek, dataIv).setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const dataTag = cipher.getAuthTag();
  dek.fill(0);

  return Buffer.concat([header, wrapIv, wrapTag, wrappedDek, dataIv, dataTag, ciphertext]);
}

/** Throws BlobIntegrityError on any tampering; never returns unauthenticated bytes. */
export function decryptBlob(sealed: Uint8Array, blobKey: string, keyring: Keyring): Uint8Array {
  const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (buf.length < DATA_START) throw new BlobIntegrityError(blobKey, "too short to be an encrypted file");
  if (buf[0] !== VERSION) throw new BlobIntegrityError(blobKey, `unknown format version ${buf[0]}`);
  const kek = keyring.keys.get(buf[1]);
  if (!kek) throw new BlobIntegrityError(blobKey, `encrypted with key id ${buf[1]}, which is not configured`);
  const aad = associatedData(buf.subarray(0, HEADER), blobKey);
  let o = HEADER;
  const take = (n: number) => buf.subarray(o, (o += n));
  const wrapIv = take(IV);
  const wrapTag = take(TAG);
  const wrappedDek = take(DEK);
  const dataIv = take(IV);
  const dataTag = take(TAG);
  const ciphertext = buf.subarray(DATA_START);
  let dek: Buffer;
  try {
    const unwrap = createDecipheriv("aes-256-gcm", kek, wrapIv).setAAD(aad).setAuthTag(wrapTag);
    dek = Buffer.concat([unwrap.update(wrappedDek), unwrap.final()]);
  } catch {
    throw new BlobIntegrityError(blobKey, "the data key did not authenticate");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", dek, dataIv).setAAD(aad).setAuthTag(dataTag);
    return new Uint8Array(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
  } catch {
    throw new BlobIntegrityError(blobKey, "the contents did not authenticate");
  } finally {
    dek.fill(0);
  }
}

function associatedData(header: Buffer, blobKey: string): Buffer {
  return Buffer.concat([header, Buffer.from(`|${blobKey}`, "utf8")]);
}
