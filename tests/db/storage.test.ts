import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBlobKey, BlobNotFoundError, newBlobKey } from "@/lib/storage/blob-store";
import { parseStorageConfig } from "@/lib/storage/config";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { BlobIntegrityError, decryptBlob, encryptBlob } from "@/lib/storage/envelope";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { S3Store } from "@/lib/storage/s3-store";

// No database needed: these run everywhere. Real files in a temp directory, real AES-GCM.
const tmpRoots: string[] = [];
async function tempStore() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-storage-"));
  tmpRoots.push(root);
  return new LocalDiskStore(root);
}
afterAll(async () => {
  for (const r of tmpRoots) await fs.rm(r, { recursive: true, force: true });
});

const key32 = () => randomBytes(32).toString("base64");
const keyring = parseKeyring({ FILE_ENCRYPTION_KEY: key32() });
const tenant = randomUUID();

describe("envelope encryption (AES-256-GCM, per-file data key)", () => {
  const plain = new TextEncoder().encode("SOC 2 Type II — confidential — ".repeat(50));
  const blobKey = newBlobKey(tenant);

  it("round-trips and never writes the plaintext", () => {
    const sealed = encryptBlob(plain, blobKey, keyring);
    expect(Buffer.from(sealed).includes(Buffer.from("confidential"))).toBe(false);
    expect(sealed[0]).toBe(1); // format version
    expect(sealed[1]).toBe(1); // key id
    expect(Buffer.from(decryptBlob(sealed, blobKey, keyring))).toEqual(Buffer.from(plain));
  });

  it("uses a fresh data key and IV each time (same input, different ciphertext)", () => {
    const a = Buffer.from(encryptBlob(plain, blobKey, keyring));
    const b = Buffer.from(encryptBlob(plain, blobKey, keyring));
    expect(a.equals(b)).toBe(false);
  });

  it.each([
    ["format version", 0],
    ["key id", 1],
    ["wrap IV", 5],
    ["wrap tag", 20],
    ["wrapped data key", 40],
    ["data IV", 65],
    ["data tag", 80],
    ["ciphertext (first byte)", 90],
    ["ciphertext (last byte)", -1],
  ])("refuses a file with one flipped bit in the %s", (_name, at) => {
    const sealed = Buffer.from(encryptBlob(plain, blobKey, keyring));
    const i = at < 0 ? sealed.length + at : at;
    sealed[i] ^= 0x01;
    expect(() => decryptBlob(sealed, blobKey, keyring)).toThrow(BlobIntegrityError);
  });

  it("refuses a truncated file and a file moved to another key", () => {
    const sealed = encryptBlob(plain, blobKey, keyring);
    expect(() => decryptBlob(sealed.subarray(0, sealed.length - 1), blobKey, keyring)).toThrow(/integrity/);
    expect(() => decryptBlob(sealed.subarray(0, 50), blobKey, keyring)).toThrow(/too short/);
    expect(() => decryptBlob(sealed, newBlobKey(tenant), keyring)).toThrow(BlobIntegrityError);
  });

  it("refuses to decrypt with the wrong key, and names a missing key id", () => {
    const sealed = encryptBlob(plain, blobKey, keyring);
    expect(() => decryptBlob(sealed, blobKey, parseKeyring({ FILE_ENCRYPTION_KEY: key32() }))).toThrow(
      /did not authenticate/,
    );
    expect(() =>
      decryptBlob(sealed, blobKey, parseKeyring({ FILE_ENCRYPTION_KEY: key32(), FILE_ENCRYPTION_KEY_ID: "2" })),
    ).toThrow(/key id 1, which is not configured/);
  });

  it("still reads files written under a rotated-out key", () => {
    const oldKey = key32();
    const before = parseKeyring({ FILE_ENCRYPTION_KEY: oldKey, FILE_ENCRYPTION_KEY_ID: "1" });
    const sealed = encryptBlob(plain, blobKey, before);
    const after = parseKeyring({
      FILE_ENCRYPTION_KEY: key32(),
      FILE_ENCRYPTION_KEY_ID: "2",
      FILE_ENCRYPTION_OLD_KEYS: `1:${oldKey}`,
    });
    expect(Buffer.from(decryptBlob(sealed, blobKey, after))).toEqual(Buffer.from(plain));
    expect(encryptBlob(plain, blobKey, after)[1]).toBe(2);
  });

  it("explains a missing or malformed key", () => {
    expect(() => parseKeyring({})).toThrow(/FILE_ENCRYPTION_KEY is not set/);
    expect(() => parseKeyring({ FILE_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).toThrow(/32 bytes/);
    expect(() => parseKeyring({ FILE_ENCRYPTION_KEY: key32(), FILE_ENCRYPTION_KEY_ID: "300" })).toThrow(/1 to 255/);
    expect(() => parseKeyring({ FILE_ENCRYPTION_KEY: key32(), FILE_ENCRYPTION_OLD_KEYS: "nonsense" })).toThrow(
      /2:base64key/,
    );
  });
});

describe("LocalDiskStore", () => {
  it("puts, gets, checks and deletes by generated key", async () => {
    const store = await tempStore();
    const key = newBlobKey(tenant);
    expect(await store.exists(key)).toBe(false);
    await store.put(key, new Uint8Array([1, 2, 3]));
    expect(await store.exists(key)).toBe(true);
    expect([...(await store.get(key))]).toEqual([1, 2, 3]);
    expect(store.pathFor(key).startsWith(store.root + path.sep)).toBe(true);
    await store.delete(key);
    await store.delete(key); // a second delete is not an error
    expect(await store.exists(key)).toBe(false);
    await expect(store.get(key)).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it("leaves no temp file behind after a write and keeps files private (0600)", async () => {
    const store = await tempStore();
    const key = newBlobKey(tenant);
    await store.put(key, randomBytes(100_000));
    expect(await fs.readdir(path.join(store.root, ".tmp"))).toEqual([]);
    expect((await fs.stat(store.pathFor(key))).mode & 0o777).toBe(0o600);
  });

  it("refuses keys that are not the generated shape (no path tricks)", async () => {
    const store = await tempStore();
    for (const bad of [
      "../../etc/passwd",
      `${tenant}/../../x`,
      "/etc/passwd",
      `${tenant}/report.pdf`,
      `${tenant}\\${randomUUID()}`,
      "",
    ]) {
      expect(() => assertBlobKey(bad)).toThrow(/malformed blob key/);
      await expect(store.put(bad, new Uint8Array([1]))).rejects.toThrow(/malformed blob key/);
    }
  });

  it("removes temp files a killed writer left behind, and only old ones", async () => {
    const store = await tempStore();
    await fs.mkdir(path.join(store.root, ".tmp"), { recursive: true });
    await fs.writeFile(path.join(store.root, ".tmp", "old"), "x");
    await fs.writeFile(path.join(store.root, ".tmp", "new"), "x");
    const old = new Date(Date.now() - 2 * 3600_000);
    await fs.utimes(path.join(store.root, ".tmp", "old"), old, old);
    expect(await store.removeStaleTemp(3600_000)).toBe(1);
    expect(await fs.readdir(path.join(store.root, ".tmp"))).toEqual(["new"]);
  });
});

describe("EncryptedBlobStore over LocalDiskStore", () => {
  it("keeps only ciphertext on disk and detects tampering on read", async () => {
    const disk = await tempStore();
    const store = new EncryptedBlobStore(disk, keyring);
    const key = newBlobKey(tenant);
    const text = new TextEncoder().encode("Bridge letter: no material changes. MARKER-7f3a");
    await store.put(key, text);
    const raw = await fs.readFile(disk.pathFor(key));
    expect(raw.includes(Buffer.from("MARKER-7f3a"))).toBe(false);
    expect(Buffer.from(await store.get(key))).toEqual(Buffer.from(text));

    raw[raw.length - 3] ^= 0x80;
    await fs.writeFile(disk.pathFor(key), raw);
    await expect(store.get(key)).rejects.toThrow(BlobIntegrityError);
  });
});

describe("storage configuration", () => {
  it("defaults to local disk under .data/files and honours STORAGE_DIR", () => {
    expect(parseStorageConfig({})).toEqual({ kind: "local", dir: path.resolve(".data/files") });
    expect(parseStorageConfig({ STORAGE_DIR: "/srv/assay" })).toEqual({ kind: "local", dir: "/srv/assay" });
  });

  it("parses S3 settings into an S3Store that keys objects under the prefix (behaviour: storage-s3.test.ts)", () => {
    const cfg = parseStorageConfig({
      STORAGE_BACKEND: "s3",
      S3_BUCKET: "b",
      S3_REGION: "eu-west-1",
      S3_ENDPOINT: "http://minio:9000",
      S3_PREFIX: "/assay/",
    });
    expect(cfg).toEqual({
      kind: "s3",
      bucket: "b",
      region: "eu-west-1",
      endpoint: "http://minio:9000",
      prefix: "assay",
      forcePathStyle: false,
    });
    expect(
      parseStorageConfig({ STORAGE_BACKEND: "s3", S3_BUCKET: "b", S3_REGION: "r", S3_FORCE_PATH_STYLE: "true" }),
    ).toMatchObject({ endpoint: null, prefix: "", forcePathStyle: true });
    expect(() => parseStorageConfig({ STORAGE_BACKEND: "s3" })).toThrow(/S3_BUCKET and S3_REGION/);
    expect(() =>
      parseStorageConfig({ STORAGE_BACKEND: "s3", S3_BUCKET: "b", S3_REGION: "r", S3_ENDPOINT: "minio:9000" }),
    ).toThrow(/http\(s\) URL/);
    expect(() => parseStorageConfig({ STORAGE_BACKEND: "ftp" })).toThrow(/"local" or "s3"/);
    if (cfg.kind !== "s3") throw new Error("expected s3");
    const key = newBlobKey(tenant);
    expect(new S3Store(cfg).objectKey(key)).toBe(`assay/${key}`);
    expect(new S3Store({ ...cfg, prefix: "" }).objectKey(key)).toBe(key);
  });
});
