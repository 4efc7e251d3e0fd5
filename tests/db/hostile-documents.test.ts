import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { openDocumentDownload } from "@/lib/evidence/documents/download";
import { downloadResponse } from "@/lib/evidence/documents/download-response";
import { uploadDocument } from "@/lib/evidence/documents/upload";
import { activeContentFlags } from "@/lib/extraction/active-content";
import { stopIdleParser } from "@/lib/extraction/pdf-reader";
import { activeContentPdf } from "@/lib/extraction/test-support/active-pdfs";
import { processParseJob } from "@/lib/evidence/jobs/parse-job";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { hasDb, makeTenant, makeVendor } from "./support";

// §9 C 28 and 30 end to end against real PostgreSQL and real encrypted files: upload, parse job,
// then the exact Response the download route returns.
const roots: string[] = [];
afterAll(async () => {
  stopIdleParser();
  for (const r of roots) await fs.rm(r, { recursive: true, force: true });
});

async function setup() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-hostile-"));
  roots.push(root);
  const store = new EncryptedBlobStore(new LocalDiskStore(root), parseKeyring());
  const actor = await makeTenant("analyst");
  const vendor = await makeVendor(actor);
  const upload = async (bytes: Uint8Array, filename: string) =>
    (await uploadDocument(actor, vendor.id, { bytes, filename }, { store, enqueue: async () => {} })).document.id;
  const download = async (id: string) => downloadResponse(await openDocumentDownload(actor, id, { store }));
  return { store, actor, upload, download };
}

/** Splits a Content-Disposition value into its parameters, honouring quoted strings. */
function dispositionParams(value: string): string[] {
  return [...value.matchAll(/;\s*([^=;\s]+)=("(?:[^"\\]|\\.)*"|[^;]*)/g)].map((m) => m[1].toLowerCase());
}

describe.skipIf(!hasDb)("hostile documents end to end", () => {
  it("stores a PDF with /OpenAction JavaScript, /Launch and /EmbeddedFiles, flags it, and serves it only as a sandboxed attachment", async () => {
    const { store, actor, upload, download } = await setup();
    const bytes = activeContentPdf();
    const id = await upload(bytes, "vendor-soc2.pdf");
    expect(await processParseJob(id, actor.tenantId, { store, worker: "test" })).toBe("parsed");
    const doc = await db.document.findUniqueOrThrow({ where: { id } });
    expect(doc.parseStatus).toBe("parsed");
    const extraction = doc.extraction as { authenticity_flags: string[]; metadata: { activeContent: string[] } };
    expect(extraction.authenticity_flags).toEqual(
      expect.arrayContaining(activeContentFlags(["javascript", "launch", "embedded_files"])),
    );
    expect((globalThis as { __assayPdfCanary?: number }).__assayPdfCanary).toBeUndefined();

    const res = await download(id);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe("sandbox");
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true); // stored as is, not "cleaned"
  });

  it.each([
    ["../../etc/passwd.pdf", "passwd.pdf"],
    ["a\r\nSet-Cookie: x=1.pdf", "aSet-Cookie: x=1.pdf"],
    [`${"n".repeat(1000)}.pdf`, `${"n".repeat(196)}.pdf`],
    ["report\u202Efdp.exe.pdf", "reportfdp.exe.pdf"],
    // The bytes are a PDF, so the served name ends in .pdf whatever the client claimed.
    [`"; filename*=UTF-8''x.html`, `"; filename*=UTF-8''x.html.pdf`],
  ])("hostile name %j: generated storage key, display name %j, one valid Content-Disposition", async (raw, shown) => {
    const { actor, upload, download } = await setup();
    const id = await upload(activeContentPdf(), raw);
    const row = await db.document.findUniqueOrThrow({ where: { id } });
    expect(row.filename).toBe(shown);
    expect(row.fileKey).toMatch(new RegExp(`^${actor.tenantId}/[0-9a-f-]{36}$`));

    const res = await download(id);
    const cd = res.headers.get("content-disposition")!;
    expect(cd).not.toMatch(/[\r\n\u0000-\u001f\u007f]/);
    expect(cd).not.toMatch(/,/); // one header value, never a list Headers could have joined
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(dispositionParams(cd)).toEqual(["filename", "filename*"]);
    // The quoted fallback is plain ASCII with nothing to close the quote early; filename* decodes to the display name.
    expect(/filename="([A-Za-z0-9 ._()-]*)";/.exec(cd)).not.toBeNull();
    expect(decodeURIComponent(/filename\*=UTF-8''([^;\s]+)$/.exec(cd)![1])).toBe(shown);
  });
});
