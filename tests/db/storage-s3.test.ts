import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import net from "node:net";
import { ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { openDocumentDownload } from "@/lib/evidence/documents/download";
import { uploadDocument } from "@/lib/evidence/documents/upload";
import { removeOrphanBlobs } from "@/lib/evidence/jobs/orphan-sweep";
import { BlobNotFoundError, newBlobKey } from "@/lib/storage/blob-store";
import { parseStorageConfig } from "@/lib/storage/config";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { BlobIntegrityError } from "@/lib/storage/envelope";
import { parseKeyring } from "@/lib/storage/keyring";
import { ObjectStorageError } from "@/lib/storage/s3-errors";
import { S3Store } from "@/lib/storage/s3-store";
import { startLocalS3, S3RVER_CREDENTIALS, type LocalS3 } from "./s3-server";
import { hasDb, makeTenant, makeVendor } from "./support";
import { seedSweepFixture } from "./sweep-fixture";

// A real S3-protocol server (s3rver) on loopback: real HTTP, real SigV4, real ListObjectsV2 paging.
// No database needed except for the orphan sweep at the end.
const BUCKET = "assay-test";
let s3: LocalS3;

beforeAll(async () => {
  s3 = await startLocalS3([BUCKET]);
  // Credentials reach the SDK the way production's do: through its default chain, from the environment.
  vi.stubEnv("AWS_ACCESS_KEY_ID", S3RVER_CREDENTIALS.accessKeyId);
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", S3RVER_CREDENTIALS.secretAccessKey);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await s3?.close();
});

/** An S3Store built from env settings exactly as `parseStorageConfig` reads them in production. */
function storeFor(env: Record<string, string> = {}, opts: { listPageSize?: number } = {}) {
  const config = parseStorageConfig({
    STORAGE_BACKEND: "s3",
    S3_BUCKET: BUCKET,
    S3_REGION: "us-east-1",
    S3_ENDPOINT: s3.endpoint,
    S3_FORCE_PATH_STYLE: "true",
    ...env,
  });
  if (config.kind !== "s3") throw new Error("expected s3 config");
  return new S3Store(config, opts);
}

/** A plain SDK client, to look at the bucket without going through S3Store. */
function rawClient() {
  return new S3Client({
    region: "us-east-1",
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  });
}

async function objectKeysInBucket(): Promise<string[]> {
  const out = await rawClient().send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (out.Contents ?? []).map((o) => o.Key!).sort();
}

async function age(file: string, ms: number) {
  const t = new Date(Date.now() - ms);
  await fs.utimes(file, t, t);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

const tenant = randomUUID();

describe("S3Store against a loopback S3 server", () => {
  it("puts, gets, checks and deletes by generated key", async () => {
    const store = storeFor({ S3_PREFIX: `rt-${randomUUID()}` });
    const key = newBlobKey(tenant);
    expect(await store.exists(key)).toBe(false);
    await store.put(key, new Uint8Array([1, 2, 3, 0, 255]));
    expect(await store.exists(key)).toBe(true);
    expect([...(await store.get(key))]).toEqual([1, 2, 3, 0, 255]);
    await store.put(key, new Uint8Array([9])); // a second put replaces the object whole
    expect([...(await store.get(key))]).toEqual([9]);
    await store.delete(key);
    await store.delete(key); // a second delete is not an error
    expect(await store.exists(key)).toBe(false);
  });

  it("reports a missing object as BlobNotFoundError", async () => {
    const store = storeFor();
    const missing = newBlobKey(tenant);
    await expect(store.get(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.get(missing)).rejects.toThrow(`No stored object under key ${missing}`);
  });

  it("refuses keys that are not the generated shape, before any request", async () => {
    const store = storeFor({ S3_PREFIX: "refuse" });
    for (const bad of [
      "../../etc/passwd",
      `${tenant}/../../x`,
      "/etc/passwd",
      `${tenant}/report.pdf`,
      `${tenant}/${randomUUID()}/extra`,
      "",
    ]) {
      await expect(store.put(bad, new Uint8Array([1]))).rejects.toThrow(/malformed blob key/);
      await expect(store.get(bad)).rejects.toThrow(/malformed blob key/);
      await expect(store.exists(bad)).rejects.toThrow(/malformed blob key/);
      await expect(store.delete(bad)).rejects.toThrow(/malformed blob key/);
    }
    expect((await objectKeysInBucket()).filter((k) => k.startsWith("refuse/"))).toEqual([]);
  });

  it("keeps objects under S3_PREFIX, and a store with another prefix does not see them", async () => {
    const id = randomUUID();
    const a = storeFor({ S3_PREFIX: `/deploy-a-${id}/files/` }); // slashes trimmed, as config documents
    const b = storeFor({ S3_PREFIX: `deploy-b-${id}` });
    const bare = storeFor();
    const key = newBlobKey(tenant);
    await a.put(key, new Uint8Array([7]));
    await bare.put(key, new Uint8Array([8]));
    const keys = await objectKeysInBucket();
    expect(keys).toContain(`deploy-a-${id}/files/${key}`);
    expect(keys).toContain(key);
    expect(keys.some((k) => k.startsWith(`deploy-b-${id}`))).toBe(false);
    expect(await b.exists(key)).toBe(false);
    expect([...(await a.get(key))]).toEqual([7]);
    expect([...(await bare.get(key))]).toEqual([8]);
    await bare.delete(key);
    expect(await a.exists(key)).toBe(true); // deleting the unprefixed object left the prefixed one alone
  });
});

describe("EncryptedBlobStore over S3Store", () => {
  it("the S3 server holds only ciphertext, and a changed object fails its integrity check", async () => {
    const prefix = `enc-${randomUUID()}`;
    const s3store = storeFor({ S3_PREFIX: prefix });
    const store = new EncryptedBlobStore(
      s3store,
      parseKeyring({ FILE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") }),
    );
    const key = newBlobKey(tenant);
    const text = new TextEncoder().encode("SOC 2 Type II, confidential. MARKER-5c1e ".repeat(20));
    await store.put(key, text);

    // The bytes at rest, read from the S3 server's own data directory.
    const atRest = await fs.readFile(s3.fileOf(BUCKET, `${prefix}/${key}`));
    expect(atRest.length).toBeGreaterThan(text.length);
    expect(atRest.includes(Buffer.from("MARKER-5c1e"))).toBe(false);
    expect(Buffer.from(await s3store.get(key)).equals(atRest)).toBe(true);
    expect(Buffer.from(await store.get(key))).toEqual(Buffer.from(text));

    const tampered = Buffer.from(atRest);
    tampered[tampered.length - 5] ^= 0x01;
    await rawClient().send(new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}/${key}`, Body: tampered }));
    await expect(store.get(key)).rejects.toThrow(BlobIntegrityError);
  });
});

describe("S3Store failures become clear messages", () => {
  it("an unreachable endpoint", async () => {
    const port = await freePort();
    const store = storeFor({ S3_ENDPOINT: `http://127.0.0.1:${port}` });
    const key = newBlobKey(tenant);
    for (const call of [() => store.put(key, new Uint8Array([1])), () => store.get(key), () => store.exists(key)]) {
      const err = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ObjectStorageError);
      expect((err as Error).message).toBe(
        `Cannot reach object storage at http://127.0.0.1:${port} (ECONNREFUSED): check S3_ENDPOINT and that the store is running and reachable.`,
      );
    }
  });

  it("a bucket that does not exist", async () => {
    const store = storeFor({ S3_BUCKET: "no-such-bucket" });
    const key = newBlobKey(tenant);
    await expect(store.put(key, new Uint8Array([1]))).rejects.toThrow(
      `The bucket "no-such-bucket" does not exist at ${s3.endpoint}: create it, or fix S3_BUCKET.`,
    );
    // Not BlobNotFoundError: a misconfigured bucket must not read as "this one file is gone".
    const err = await store.get(key).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ObjectStorageError);
    expect((err as Error).message).toMatch(/does not exist.*S3_BUCKET/);
  });

  it("credentials the store refuses", async () => {
    // s3rver rejects an unknown access key id (it does not check SigV4 signatures, so a wrong secret would pass).
    vi.stubEnv("AWS_ACCESS_KEY_ID", "NOT-A-KEY");
    try {
      const store = storeFor();
      await expect(store.put(newBlobKey(tenant), new Uint8Array([1]))).rejects.toThrow(
        `Object storage at ${s3.endpoint} refused access to bucket "${BUCKET}" (InvalidAccessKeyId): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the role) and the bucket policy.`,
      );
      await expect(store.exists(newBlobKey(tenant))).rejects.toThrow(/refused access/); // HEAD: a bare 403, no error body
    } finally {
      vi.stubEnv("AWS_ACCESS_KEY_ID", S3RVER_CREDENTIALS.accessKeyId);
    }
  });
});

describe("S3Store listing (for the orphan sweep)", () => {
  it("lists only old objects of the generated shape under its prefix, across several pages", async () => {
    const prefix = `list-${randomUUID()}`;
    const store = storeFor({ S3_PREFIX: prefix }, { listPageSize: 2 });
    const keys = Array.from({ length: 5 }, () => newBlobKey(tenant));
    for (const k of keys) await store.put(k, new Uint8Array([1]));
    const raw = rawClient();
    await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}/README`, Body: "not ours" }));
    await raw.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}-other/${newBlobKey(tenant)}`, Body: "another prefix" }),
    );
    const old = [keys[0], keys[2], keys[4]];
    for (const k of old) await age(s3.fileOf(BUCKET, `${prefix}/${k}`), 2 * 3_600_000);
    await age(s3.fileOf(BUCKET, `${prefix}/README`), 2 * 3_600_000);

    expect((await store.listKeys(3_600_000)).sort()).toEqual([...old].sort());
    expect((await store.listKeys(0, Date.now() + 1000)).sort()).toEqual([...keys].sort());
  });
});

describe.skipIf(!hasDb)("orphan sweep over S3", () => {
  it("deletes old objects no Document points at, keeps referenced, recent and foreign ones", async () => {
    const prefix = `sweep-${randomUUID()}`;
    const s3store = storeFor({ S3_PREFIX: prefix });
    const store = new EncryptedBlobStore(s3store, parseKeyring());
    const { kept, orphan, recent } = await seedSweepFixture(store);
    await rawClient().send(new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}/README`, Body: "not ours" }));
    for (const k of [`${prefix}/${kept}`, `${prefix}/${orphan}`, `${prefix}/README`])
      await age(s3.fileOf(BUCKET, k), 2 * 3_600_000);

    const result = await removeOrphanBlobs(s3store, { olderThanMs: 3_600_000 });
    expect(result).toEqual({ checked: 2, removed: 1, tempRemoved: 0 });
    expect(await s3store.exists(orphan)).toBe(false);
    expect(await s3store.exists(kept)).toBe(true);
    expect(await s3store.exists(recent)).toBe(true);
    expect(await objectKeysInBucket()).toContain(`${prefix}/README`);
  });
});

describe.skipIf(!hasDb)("uploads and downloads when the S3 store is unreachable", () => {
  it("answer 503 with a plain message, never the SDK's error", async () => {
    const keyring = parseKeyring();
    const good = new EncryptedBlobStore(storeFor({ S3_PREFIX: `dl-${randomUUID()}` }), keyring);
    const down = new EncryptedBlobStore(storeFor({ S3_ENDPOINT: `http://127.0.0.1:${await freePort()}` }), keyring);
    const actor = await makeTenant("analyst");
    const vendor = await makeVendor(actor);
    const file = { bytes: new TextEncoder().encode("# report"), filename: "r.md" };
    vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const failed = await uploadDocument(actor, vendor.id, file, { store: down, enqueue: async () => {} }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(failed).toBeInstanceOf(AppError);
      expect(failed).toMatchObject({
        code: "UNAVAILABLE",
        message: expect.stringMatching(/could not be saved to storage/),
      });

      const { document } = await uploadDocument(actor, vendor.id, file, { store: good, enqueue: async () => {} });
      expect(Buffer.from((await openDocumentDownload(actor, document.id, { store: good })).bytes).toString()).toBe(
        "# report",
      );
      const err = await openDocumentDownload(actor, document.id, { store: down }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({
        code: "UNAVAILABLE",
        message: "File storage cannot be reached right now, so this file cannot be served. Try again in a moment.",
      });
    } finally {
      vi.mocked(console.error).mockRestore();
    }
  });
});
