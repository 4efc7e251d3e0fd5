import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { openDocumentDownload } from "@/lib/evidence/documents/download";
import { downloadResponse } from "@/lib/evidence/documents/download-response";
import { getDocumentStatus } from "@/lib/evidence/documents/status";
import { uploadDocument, type UploadDeps } from "@/lib/evidence/documents/upload";
import { uploadDocumentFromRequest } from "@/lib/evidence/documents/upload-request";
import { AppError } from "@/lib/errors";
import type { BlobStore } from "@/lib/storage/blob-store";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { BlobIntegrityError } from "@/lib/storage/envelope";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { sha256Hex } from "@/lib/evidence/uploads/sha256";
import { hasDb, makeTenant, makeVendor } from "./support";

// Real PostgreSQL and real files (a temp STORAGE_DIR per test). The parse queue is replaced by a
// recorder here so these tests stay about the upload itself; tests/db/jobs*.test.ts cover the queue.
const roots: string[] = [];
afterAll(async () => {
  for (const r of roots) await fs.rm(r, { recursive: true, force: true });
});

async function setup(role: Actor["role"] = "analyst") {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-uploads-"));
  roots.push(root);
  const disk = new LocalDiskStore(root);
  const store = new EncryptedBlobStore(disk, parseKeyring());
  const sent: Array<[string, string]> = [];
  const deps: UploadDeps = { store, enqueue: async (id, t) => void sent.push([id, t]) };
  const actor = await makeTenant(role);
  const vendor = await makeVendor(actor);
  return { root, disk, store, deps, sent, actor, vendor };
}

/** Every stored object under the storage root (the .tmp dir excluded). */
async function storedFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !entry.parentPath.includes(`${path.sep}.tmp`))
      out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);
const MARKDOWN = text(
  "# Sub-processors\n\n| Name | Purpose | Location |\n|---|---|---|\n| Amazon Web Services | Hosting | US |\n\nSECRET-MARKER-91c2\n",
);

async function expectAppError(p: Promise<unknown>, code: AppError["code"], message?: RegExp) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (message) expect((err as AppError).message).toMatch(message);
}

describe.skipIf(!hasDb)("uploadDocument", () => {
  it("stores the file encrypted, records the row and an audit event, and queues one parse", async () => {
    const { root, disk, store, deps, sent, actor, vendor } = await setup();
    const { document, created } = await uploadDocument(
      actor,
      vendor.id,
      { bytes: MARKDOWN, filename: "subprocessors.md" },
      deps,
    );
    expect(created).toBe(true);
    expect(document).toMatchObject({ filename: "subprocessors.md", parseStatus: "queued" });

    const row = await db.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(row).toMatchObject({
      tenantId: actor.tenantId,
      vendorId: vendor.id,
      kind: "pending",
      sizeBytes: MARKDOWN.byteLength,
      mimeType: "text/markdown; charset=utf-8",
      uploadedById: actor.userId,
      sha256: sha256Hex(MARKDOWN),
    });

    const raw = await fs.readFile(disk.pathFor(row.fileKey));
    expect(raw.includes(Buffer.from("SECRET-MARKER-91c2"))).toBe(false);
    expect(raw.includes(Buffer.from("Amazon Web Services"))).toBe(false);
    expect(sha256Hex(await store.get(row.fileKey))).toBe(row.sha256);
    expect(await storedFiles(root)).toHaveLength(1);

    const audit = await db.auditEvent.findMany({ where: { tenantId: actor.tenantId, entityId: document.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["document.upload", actor.userId]]);
    expect(audit[0].data).toMatchObject({ vendorId: vendor.id, sha256: row.sha256, filename: "subprocessors.md" });
    expect(sent).toEqual([[document.id, actor.tenantId]]);
  });

  it("stores under a generated key and shows a cleaned name for hostile filenames", async () => {
    const { root, deps, actor, vendor } = await setup();
    const pdf = text("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const cases: Array<[string, string]> = [
      ["../../etc/passwd", "passwd.pdf"],
      ["\u202Egnp.pdf", "gnp.pdf"],
      [`${"x".repeat(1000)}.pdf`, `${"x".repeat(196)}.pdf`],
      ["a\r\nSet-Cookie: x=1.pdf", "aSet-Cookie: x=1.pdf"],
    ];
    for (const [raw, shown] of cases) {
      const { document } = await uploadDocument(actor, vendor.id, { bytes: pdf, filename: raw }, deps);
      const row = await db.document.findUniqueOrThrow({ where: { id: document.id } });
      expect(row.filename).toBe(shown);
      expect(row.fileKey).toMatch(
        new RegExp(`^${actor.tenantId}/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$`),
      );
    }
    const files = await storedFiles(root);
    expect(files).toHaveLength(cases.length);
    for (const f of files) expect(path.relative(root, f)).toMatch(/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  });

  it("returns the same document for a repeated Idempotency-Key: one row, one blob, one parse", async () => {
    const { root, deps, sent, actor, vendor } = await setup();
    const key = `upload-${randomUUID()}`;
    const first = await uploadDocument(
      actor,
      vendor.id,
      { bytes: MARKDOWN, filename: "a.md", idempotencyKey: key },
      deps,
    );
    const second = await uploadDocument(
      actor,
      vendor.id,
      { bytes: MARKDOWN, filename: "a.md", idempotencyKey: key },
      deps,
    );
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.document.id).toBe(first.document.id);
    expect(await db.document.count({ where: { tenantId: actor.tenantId } })).toBe(1);
    expect(await storedFiles(root)).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it("lets concurrent uploads with one key create one document; the losers' blobs are deleted", async () => {
    const { root, deps, sent, actor, vendor } = await setup();
    const key = `race-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        uploadDocument(actor, vendor.id, { bytes: MARKDOWN, filename: "a.md", idempotencyKey: key }, deps),
      ),
    );
    expect(new Set(results.map((r) => r.document.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.document.count({ where: { tenantId: actor.tenantId } })).toBe(1);
    expect(await storedFiles(root)).toHaveLength(1);
    expect(sent).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { tenantId: actor.tenantId, action: "document.upload" } })).toBe(1);
  });

  it("refuses a reused Idempotency-Key with a different file (422)", async () => {
    const { root, deps, actor, vendor } = await setup();
    const key = `k-${randomUUID()}`;
    await uploadDocument(actor, vendor.id, { bytes: MARKDOWN, filename: "a.md", idempotencyKey: key }, deps);
    await expectAppError(
      uploadDocument(actor, vendor.id, { bytes: text("# other"), filename: "b.md", idempotencyKey: key }, deps),
      "INVALID_INPUT",
      /already used for a different upload/,
    );
    await expectAppError(
      uploadDocument(
        actor,
        vendor.id,
        { bytes: MARKDOWN, filename: "a.md", idempotencyKey: "bad key with spaces" },
        deps,
      ),
      "INVALID_INPUT",
      /Idempotency-Key/,
    );
    expect(await storedFiles(root)).toHaveLength(1);
  });

  it("answers NOT_FOUND for another tenant's vendor and FORBIDDEN for a viewer, storing nothing", async () => {
    const a = await setup();
    const b = await setup();
    await expectAppError(
      uploadDocument(a.actor, b.vendor.id, { bytes: MARKDOWN, filename: "a.md" }, a.deps),
      "NOT_FOUND",
    );
    await expectAppError(
      uploadDocument(a.actor, "not-a-uuid", { bytes: MARKDOWN, filename: "a.md" }, a.deps),
      "NOT_FOUND",
    );
    const viewer = await setup("viewer");
    await expectAppError(
      uploadDocument(viewer.actor, viewer.vendor.id, { bytes: MARKDOWN, filename: "a.md" }, viewer.deps),
      "FORBIDDEN",
    );
    expect(await storedFiles(a.root)).toEqual([]);
    expect(await storedFiles(viewer.root)).toEqual([]);
    expect(
      await db.document.count({
        where: { tenantId: { in: [a.actor.tenantId, b.actor.tenantId, viewer.actor.tenantId] } },
      }),
    ).toBe(0);
  });

  it("refuses oversize files: by declared length without reading, and by counting when the length lied", async () => {
    const { root, deps, actor, vendor } = await setup();
    const limited = { ...deps, maxBytes: 1024 };
    await expectAppError(
      uploadDocument(actor, vendor.id, { bytes: new Uint8Array(1025).fill(65), filename: "a.txt" }, limited),
      "PAYLOAD_TOO_LARGE",
      /larger than the 0\.0 MB|larger than/,
    );

    let pulled = 0;
    // highWaterMark 0: the stream is pulled only when someone reads, so `pulled` counts real reads.
    const untouched = new ReadableStream<Uint8Array>({ pull: () => void pulled++ }, { highWaterMark: 0 });
    await expectAppError(
      uploadDocument(actor, vendor.id, { stream: untouched, filename: "a.txt", contentLength: 5000 }, limited),
      "PAYLOAD_TOO_LARGE",
    );
    expect(pulled).toBe(0);

    let sentChunks = 0;
    let cancelled = false;
    const liar = new ReadableStream<Uint8Array>({
      pull(controller) {
        sentChunks++;
        controller.enqueue(new Uint8Array(400).fill(65));
        if (sentChunks > 100) controller.close();
      },
      cancel: () => void (cancelled = true),
    });
    await expectAppError(
      uploadDocument(actor, vendor.id, { stream: liar, filename: "a.txt", contentLength: 10 }, limited),
      "PAYLOAD_TOO_LARGE",
    );
    expect(sentChunks).toBeLessThanOrEqual(4); // stopped at the cap, not after 100 chunks
    expect(cancelled).toBe(true);
    expect(await storedFiles(root)).toEqual([]);
  });

  it.each([
    [
      "PNG bytes named .pdf",
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13],
      "report.pdf",
      /named \.pdf, but it is a PNG image/,
    ],
    ["a ZIP", [0x50, 0x4b, 0x03, 0x04, 20, 0, 8, 0, 0, 0], "evidence.zip", /ZIP archive/],
    ["an .exe", [0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0], "setup.exe", /Windows program/],
    ["an empty file", [], "report.pdf", /The file is empty/],
  ])("refuses %s with a clear message and stores nothing", async (_label, content, name, message) => {
    const { root, deps, actor, vendor } = await setup();
    await expectAppError(
      uploadDocument(actor, vendor.id, { bytes: new Uint8Array(content), filename: name }, deps),
      "INVALID_INPUT",
      message,
    );
    expect(await storedFiles(root)).toEqual([]);
    expect(await db.document.count({ where: { tenantId: actor.tenantId } })).toBe(0);
  });

  it("deletes the blob when the database write fails after it (no orphan file)", async () => {
    const { root, disk, actor, vendor, sent } = await setup();
    // A store that, once the blob is written, deletes the vendor, as a concurrent delete would:
    // the Document insert then fails on its foreign key.
    const inner = new EncryptedBlobStore(disk, parseKeyring());
    const racing: BlobStore = {
      put: async (k, b) => {
        await inner.put(k, b);
        expect(await storedFiles(root)).toHaveLength(1); // the blob really was there
        await db.vendor.delete({ where: { id: vendor.id } });
      },
      get: (k) => inner.get(k),
      delete: (k) => inner.delete(k),
      exists: (k) => inner.exists(k),
    };
    const err = await uploadDocument(
      actor,
      vendor.id,
      { bytes: MARKDOWN, filename: "a.md" },
      { store: racing, enqueue: async (id, t) => void sent.push([id, t]) },
    ).catch((e: Error) => e);
    expect(String(err)).toMatch(/foreign key/i);
    expect(await storedFiles(root)).toEqual([]);
    expect(await db.document.count({ where: { tenantId: actor.tenantId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { tenantId: actor.tenantId, action: "document.upload" } })).toBe(0);
    expect(sent).toEqual([]);
  });

  it("answers 503 and records a failed-upload event when storage refuses the write", async () => {
    const { deps, actor, vendor } = await setup();
    const broken: BlobStore = {
      ...deps.store!,
      put: () => Promise.reject(Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS" })),
      delete: async () => {},
    };
    await expectAppError(
      uploadDocument(actor, vendor.id, { bytes: MARKDOWN, filename: "a.md" }, { ...deps, store: broken }),
      "UNAVAILABLE",
      /could not be saved/,
    );
    expect(await db.document.count({ where: { tenantId: actor.tenantId } })).toBe(0);
    expect((await db.auditEvent.findMany({ where: { tenantId: actor.tenantId } })).map((a) => a.action)).toEqual([
      "document.upload.failed",
    ]);
  });

  it("keeps the upload when queueing the parse fails (the sweep re-sends it)", async () => {
    const { deps, actor, vendor } = await setup();
    const { document } = await uploadDocument(
      actor,
      vendor.id,
      { bytes: MARKDOWN, filename: "a.md" },
      { ...deps, enqueue: () => Promise.reject(new Error("queue down")) },
    );
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).parseStatus).toBe("queued");
  });
});

describe.skipIf(!hasDb)("uploadDocumentFromRequest (multipart)", () => {
  const url = "http://localhost/api/vendors/x/documents";
  function multipart(filename: string, content: Uint8Array) {
    const boundary = `----assay${randomUUID()}`;
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(content),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return { body, contentType: `multipart/form-data; boundary=${boundary}` };
  }

  it("reads the file field, honours Idempotency-Key and returns the document", async () => {
    const { deps, actor, vendor } = await setup();
    const { body, contentType } = multipart("trust.md", MARKDOWN);
    const req = () =>
      new Request(url, {
        method: "POST",
        body,
        headers: { "content-type": contentType, "content-length": String(body.length), "idempotency-key": "k1" },
      });
    const first = await uploadDocumentFromRequest(actor, vendor.id, req(), deps);
    const again = await uploadDocumentFromRequest(actor, vendor.id, req(), deps);
    expect(first).toMatchObject({ created: true, document: { filename: "trust.md", parseStatus: "queued" } });
    expect(again).toMatchObject({ created: false, document: { id: first.document.id } });
  });

  it("answers 413 from Content-Length alone, before the body is read", async () => {
    const { deps, actor, vendor } = await setup();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: () => void pulled++ }, { highWaterMark: 0 });
    const req = new Request(url, {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(60 * 1024 * 1024) },
    } as RequestInit);
    await expectAppError(
      uploadDocumentFromRequest(actor, vendor.id, req, deps),
      "PAYLOAD_TOO_LARGE",
      /50 MB upload limit/,
    );
    expect(pulled).toBe(0);
  });

  it("refuses a body shorter than its Content-Length (a truncating proxy) and stores nothing", async () => {
    const { root, deps, actor, vendor } = await setup();
    const { body, contentType } = multipart("trust.md", MARKDOWN);
    const req = new Request(url, {
      method: "POST",
      body: body.subarray(0, body.length - 40),
      headers: { "content-type": contentType, "content-length": String(body.length) },
    });
    await expectAppError(uploadDocumentFromRequest(actor, vendor.id, req, deps), "INVALID_INPUT", /cut short/);
    expect(await storedFiles(root)).toEqual([]);
  });

  it("refuses a multipart body that grows past the cap even without Content-Length", async () => {
    const { root, deps, actor, vendor } = await setup();
    const { body, contentType } = multipart("big.txt", new Uint8Array(200_000).fill(65));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < body.length; i += 16_384) c.enqueue(new Uint8Array(body.subarray(i, i + 16_384)));
        c.close();
      },
    });
    const req = new Request(url, {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { "content-type": contentType },
    } as RequestInit);
    await expectAppError(
      uploadDocumentFromRequest(actor, vendor.id, req, { ...deps, maxBytes: 1000 }),
      "PAYLOAD_TOO_LARGE",
    );
    expect(await storedFiles(root)).toEqual([]);
  });

  it("refuses a request without a file field or not multipart", async () => {
    const { deps, actor, vendor } = await setup();
    const form = new FormData();
    form.set("note", "no file here");
    await expectAppError(
      uploadDocumentFromRequest(actor, vendor.id, new Request(url, { method: "POST", body: form }), deps),
      "INVALID_INPUT",
      /Choose a file/,
    );
    await expectAppError(
      uploadDocumentFromRequest(
        actor,
        vendor.id,
        new Request(url, { method: "POST", body: "{}", headers: { "content-type": "application/json" } }),
        deps,
      ),
      "INVALID_INPUT",
      /multipart/,
    );
  });
});

describe.skipIf(!hasDb)("openDocumentDownload", () => {
  it("returns the decrypted bytes after writing a document.download audit event", async () => {
    const { deps, store, actor, vendor } = await setup();
    const { document } = await uploadDocument(actor, vendor.id, { bytes: MARKDOWN, filename: "trust.md" }, deps);
    const dl = await openDocumentDownload(actor, document.id, { store });
    expect(Buffer.from(dl.bytes)).toEqual(Buffer.from(MARKDOWN));
    expect(dl).toMatchObject({ filename: "trust.md", mimeType: "text/markdown; charset=utf-8" });
    const res = downloadResponse(dl);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="trust.md"; filename*=UTF-8''trust.md`);
    expect(res.headers.get("content-security-policy")).toBe("sandbox");
    const events = await db.auditEvent.findMany({
      where: { tenantId: actor.tenantId, entityId: document.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["document.upload", "document.download"]);
  });

  it("lets a viewer download, but not another tenant (404, nothing logged there)", async () => {
    const a = await setup();
    const { document } = await uploadDocument(a.actor, a.vendor.id, { bytes: MARKDOWN, filename: "trust.md" }, a.deps);
    const user = await db.user.create({
      data: { email: `viewer-${randomUUID()}@test.example`, name: "Viewer", passwordHash: "x" },
    });
    await db.membership.create({ data: { tenantId: a.actor.tenantId, userId: user.id, role: "viewer" } });
    const sameTenantViewer: Actor = { ...a.actor, userId: user.id, role: "viewer" };
    expect((await openDocumentDownload(sameTenantViewer, document.id, { store: a.store })).bytes.byteLength).toBe(
      MARKDOWN.byteLength,
    );

    const other = await makeTenant("admin");
    await expectAppError(openDocumentDownload(other, document.id, { store: a.store }), "NOT_FOUND");
    await expectAppError(openDocumentDownload(other, "x'; --", { store: a.store }), "NOT_FOUND");
    await expectAppError(getDocumentStatus(other, document.id), "NOT_FOUND");
    expect(await db.auditEvent.count({ where: { tenantId: other.tenantId } })).toBe(0);
  });

  it("refuses (503) and serves nothing when the audit event cannot be written", async () => {
    const { deps, disk, actor, vendor } = await setup();
    const { document } = await uploadDocument(actor, vendor.id, { bytes: MARKDOWN, filename: "trust.md" }, deps);
    let reads = 0;
    const counting = new EncryptedBlobStore(
      {
        ...disk,
        get: (k: string) => (reads++, disk.get(k)),
        put: (k, b) => disk.put(k, b),
        delete: (k) => disk.delete(k),
        exists: (k) => disk.exists(k),
      },
      parseKeyring(),
    );
    const failingAudit = () => Promise.reject(new Error('permission denied for table "AuditEvent"'));
    await expectAppError(
      openDocumentDownload(actor, document.id, { store: counting, audit: failingAudit }),
      "UNAVAILABLE",
      /audit trail cannot be written/,
    );
    expect(reads).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: document.id, action: "document.download" } })).toBe(0);
  });

  it("refuses a tampered file loudly instead of serving it", async () => {
    const { deps, disk, store, actor, vendor } = await setup();
    const { document } = await uploadDocument(actor, vendor.id, { bytes: MARKDOWN, filename: "trust.md" }, deps);
    const row = await db.document.findUniqueOrThrow({ where: { id: document.id } });
    const raw = await fs.readFile(disk.pathFor(row.fileKey));
    raw[raw.length - 10] ^= 0x04;
    await fs.writeFile(disk.pathFor(row.fileKey), raw);
    await expect(store.get(row.fileKey)).rejects.toBeInstanceOf(BlobIntegrityError);
    await expectAppError(openDocumentDownload(actor, document.id, { store }), "UNAVAILABLE", /integrity check/);
  });

  it("reports parse status for the progress poll", async () => {
    const { deps, actor, vendor } = await setup("viewer");
    const uploader = await makeTenant("analyst");
    const v = await makeVendor(uploader);
    const { document } = await uploadDocument(uploader, v.id, { bytes: MARKDOWN, filename: "trust.md" }, deps);
    expect(await getDocumentStatus(uploader, document.id)).toEqual({
      parseStatus: "queued",
      kind: "pending",
      parseError: null,
    });
    await expectAppError(getDocumentStatus(actor, document.id), "NOT_FOUND");
    void vendor;
  });
});
