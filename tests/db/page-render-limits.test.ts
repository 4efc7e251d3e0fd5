import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { uploadDocument } from "@/lib/evidence/documents/upload";
import { pageImageResponse } from "@/lib/evidence/page-images/page-response";
import { contentStreamBomb } from "../unit/pdf-bomb";
import { hasDb, makeTenant, makeVendor } from "./support";

// H3 through the page viewer's request path (permission, tenant-scoped lookup, audited decryption,
// render) with the real database and storage: a bomb answers a clear error, a document whose parse
// failed is not drawn at all, and the instance keeps drawing ordinary pages.
function onePagePdf(): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.fontSize(20).text("An ordinary page");
    doc.end();
  });
}

const noQueue = { enqueue: async () => {} };

describe.skipIf(!hasDb)("page viewer under the renderer's limits", () => {
  it("answers a decompression bomb with a clear error, refuses a failed document, keeps serving", async () => {
    const actor = await makeTenant("analyst");
    const vendor = await makeVendor(actor);
    const bomb = await uploadDocument(
      actor,
      vendor.id,
      { bytes: await contentStreamBomb(400), filename: "bomb.pdf" },
      noQueue,
    );
    const res = await pageImageResponse(actor, bomb.document.id, "1", {
      limits: { maxRssMb: 256, timeoutMs: 300_000 },
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; reason: string };
    expect(body.reason).toBe("memory");
    expect(body.error).toMatch(/too much memory/);

    // The parser marked it failed (as it does for such a file): from now on it is not drawn at all.
    await db.document.update({
      where: { id: bomb.document.id },
      data: { parseStatus: "failed", parseErrorCode: "memory" },
    });
    const views = () =>
      db.auditEvent.count({ where: { tenantId: actor.tenantId, entityId: bomb.document.id, action: "document.view" } });
    const before = await views();
    await expect(pageImageResponse(actor, bomb.document.id, "1")).rejects.toThrow(
      /could not be read when it was uploaded/,
    );
    expect(await views()).toBe(before); // refused before the file was even opened

    const ok = await uploadDocument(actor, vendor.id, { bytes: await onePagePdf(), filename: "ok.pdf" }, noQueue);
    const png = await pageImageResponse(actor, ok.document.id, "1");
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
  }, 180_000);

  it("is not found for another organisation's document", async () => {
    const a = await makeTenant("analyst");
    const b = await makeTenant("analyst");
    const doc = await uploadDocument(
      a,
      (await makeVendor(a)).id,
      { bytes: await onePagePdf(), filename: "a.pdf" },
      noQueue,
    );
    await expect(pageImageResponse(b, doc.document.id, "1")).rejects.toThrow(/not found/);
  });
});
