import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import PDFDocument from "pdfkit";
import { afterAll, describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { uploadDocument } from "@/lib/evidence/documents/upload";
import { processParseJob } from "@/lib/evidence/jobs/parse-job";
import { findKnownFileKeys } from "@/lib/evidence/jobs/data";
import { keepPageImage } from "@/lib/evidence/page-images/kept";
import { pageImageResponse } from "@/lib/evidence/page-images/page-response";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { hasDb, makeTenant, makeVendor } from "./support";

// The page the review opens at, drawn once and kept (docs/decisions/041): kept by the parse, encrypted in the blob
// store, served by the page route under its checks and audit without drawing again, scoped to the tenant, and known
// to the orphan sweep.
const roots: string[] = [];
afterAll(async () => {
  for (const r of roots) await fs.rm(r, { recursive: true, force: true });
});

function pdf(lines: string[]): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    lines.forEach((line, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(20).text(line);
    });
    doc.end();
  });
}

async function setup() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-kept-"));
  roots.push(root);
  const disk = new LocalDiskStore(root);
  const store = new EncryptedBlobStore(disk, parseKeyring());
  const actor = await makeTenant("analyst");
  const vendor = await makeVendor(actor);
  const upload = async (bytes: Uint8Array) =>
    (await uploadDocument(actor, vendor.id, { bytes, filename: "report.pdf" }, { store, enqueue: async () => {} }))
      .document.id;
  return { disk, store, actor, upload };
}

const kept = (documentId: string) => db.documentPageImage.findMany({ where: { documentId }, orderBy: { page: "asc" } });
const views = (tenantId: string, entityId: string) =>
  db.auditEvent.findMany({ where: { tenantId, entityId, action: "document.view" }, select: { data: true } });

describe.skipIf(!hasDb)("kept page images", () => {
  it("the parse keeps the opening page, encrypted; the page route serves it audited, without drawing", async () => {
    const { disk, store, actor, upload } = await setup();
    const id = await upload(
      await pdf([
        "Cover page",
        "SOC 2 Type II Report. Independent Service Auditor's Report on controls relevant to security.",
      ]),
    );
    expect(await processParseJob(id, actor.tenantId, { store, worker: "test" })).toBe("parsed");
    const rows = await kept(id);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ tenantId: actor.tenantId, mimeType: "image/webp", width: 900 });
    expect(row!.height).toBeGreaterThan(1000); // A4 at 900 px wide
    // Encrypted at rest like the document: the file on disk is not a WebP; through the store it is.
    const raw = await fs.readFile(disk.pathFor(row!.fileKey));
    expect(raw.subarray(0, 4).toString("latin1")).not.toBe("RIFF");
    const plain = await store.get(row!.fileKey);
    expect(Buffer.from(plain.subarray(0, 4)).toString("latin1")).toBe("RIFF");
    expect(Buffer.from(plain.subarray(8, 12)).toString("latin1")).toBe("WEBP");
    expect(row!.sizeBytes).toBe(plain.length);
    expect(await findKnownFileKeys([row!.fileKey])).toEqual(new Set([row!.fileKey]));

    // Served from the store: a renderer that always fails is never started.
    const before = (await views(actor.tenantId, id)).length;
    const res = await pageImageResponse(actor, id, String(row!.page), { store, worker: "/nonexistent/renderer.mjs" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(plain))).toBe(true);
    const after = await views(actor.tenantId, id);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.data).toMatchObject({ page: row!.page });
    // Kept by this browser only, and asked for again before each use (docs/decisions/044).
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    const tag = res.headers.get("etag");
    expect(tag).toMatch(/^"[0-9a-f]{32}-\d+-webp"$/);

    // The browser's copy is current: 304, no bytes, and the view is audited like any other.
    const again = await pageImageResponse(actor, id, String(row!.page), { store, ifNoneMatch: tag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(tag);
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect(await views(actor.tenantId, id)).toHaveLength(before + 2);
    // A copy of something else (another page's or another document's image) is answered with the image.
    const stale = await pageImageResponse(actor, id, String(row!.page), { store, ifNoneMatch: '"0-1-webp"' });
    expect(stale.status).toBe(200);
    expect(await views(actor.tenantId, id)).toHaveLength(before + 3);

    // Another organisation's member finds nothing, kept image or not.
    const other = await makeTenant("analyst");
    await expect(pageImageResponse(other, id, String(row!.page), { store })).rejects.toThrow(/not found/);
    // Also when it sends the owner's validator: the checks come before any 304.
    await expect(pageImageResponse(other, id, String(row!.page), { store, ifNoneMatch: tag })).rejects.toThrow(
      /not found/,
    );
    expect(await views(actor.tenantId, id)).toHaveLength(before + 3);
  }, 180_000);

  it("keeps a page once when asked twice at the same time, and not a page past the end", async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(await pdf(["One", "Two", "Three"]));
    await db.document.update({ where: { id }, data: { parseStatus: "parsed", pages: 3 } });
    const [a, b] = await Promise.all([
      keepPageImage(actor.tenantId, id, 3, undefined, { store }),
      keepPageImage(actor.tenantId, id, 3, undefined, { store }),
    ]);
    expect([a, b]).toEqual([true, true]);
    expect((await kept(id)).map((r) => r.page)).toEqual([3]);
    expect(await keepPageImage(actor.tenantId, id, 4, undefined, { store })).toBe(false);
    // Another organisation cannot have it drawn under its name.
    const other = await makeTenant("analyst");
    expect(await keepPageImage(other.tenantId, id, 2, undefined, { store })).toBe(false);
    expect((await kept(id)).map((r) => r.page)).toEqual([3]);
  }, 180_000);
});
