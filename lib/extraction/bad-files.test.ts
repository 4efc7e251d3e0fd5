// Hostile and broken inputs end as typed errors, and the calling process keeps running.
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import { flateBombPdf, inflatedSizeMb, pdfkitPdf, rawPdf } from "./test-support/pdf-bytes";

const name = "upload.pdf";

describe("extractDocument on bad files", () => {
  it("rejects a zero-byte file as empty", async () => {
    const r = await extractDocument({ bytes: new Uint8Array(0), filename: name });
    expect(r).toMatchObject({ ok: false, error: { code: "empty" } });
  });

  it("rejects a PNG renamed to .pdf as not_pdf", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
    const r = await extractDocument({ bytes: png, filename: name });
    expect(r).toMatchObject({ ok: false, error: { code: "not_pdf" } });
  });

  it("rejects an unknown binary type as unsupported_type", async () => {
    const r = await extractDocument({ bytes: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), filename: "report.zip" });
    expect(r).toMatchObject({ ok: false, error: { code: "unsupported_type" } });
  });

  it("rejects a file over the byte cap before parsing", async () => {
    const pdf = await pdfkitPdf(["hello"]);
    const r = await extractDocument({ bytes: pdf, filename: name }, { maxBytes: 100 });
    expect(r).toMatchObject({ ok: false, error: { code: "too_large" } });
  });

  it("reports a password-protected PDF as encrypted with a plain message", async () => {
    const pdf = await pdfkitPdf(["Secret SOC 2 text"], { userPassword: "user", ownerPassword: "owner" });
    const r = await extractDocument({ bytes: pdf, filename: name });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("encrypted");
      expect(r.error.message).toMatch(/password-protected/);
    }
  });

  it("still reads a copy-protected PDF (owner password only)", async () => {
    const pdf = await pdfkitPdf(["Independent Service Auditor's Report for the SOC 2 Type 2 examination"], {
      ownerPassword: "owner",
      permissions: { copying: false },
    });
    const r = await extractDocument({ bytes: pdf, filename: name });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text_layer).toBe("present");
  });

  it.each([0.1, 0.5, 0.9])("reports a PDF truncated at %s of its length as corrupt", async (cut) => {
    const pdf = await pdfkitPdf(["First page of a report", "Second page"]);
    const r = await extractDocument({ bytes: pdf.subarray(0, Math.floor(pdf.length * cut)), filename: name });
    expect(r).toMatchObject({ ok: false, error: { code: "corrupt" } });
  });

  it("reports garbage after a PDF header as corrupt", async () => {
    const r = await extractDocument({
      bytes: Buffer.from("%PDF-1.7\n\x00\x01garbage without objects"),
      filename: name,
    });
    expect(r).toMatchObject({ ok: false, error: { code: "corrupt" } });
  });

  it("builds a real bomb: the inner stream inflates to its stated size", () => {
    expect(inflatedSizeMb(8)).toBe(8);
  });

  it("stops a nested FlateDecode bomb at the memory cap and keeps this process alive", async () => {
    const bomb = flateBombPdf(1024);
    expect(bomb.length).toBeLessThan(20_000);
    const before = process.memoryUsage().rss;
    const r = await extractDocument({ bytes: bomb, filename: name }, { maxRssMb: 250, timeoutMs: 45_000 });
    expect(r).toMatchObject({ ok: false, error: { code: "memory" } });
    // The inflation happened in the child: this process grew by far less than the bomb's payload.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  }, 60_000);

  it("rejects a PDF over the page cap", async () => {
    const pdf = await pdfkitPdf(Array.from({ length: 12 }, (_, i) => `page ${i + 1}`));
    const r = await extractDocument({ bytes: pdf, filename: name }, { maxPages: 10 });
    expect(r).toMatchObject({ ok: false, error: { code: "too_many_pages" } });
  });

  it("kills a parse that exceeds the wall-clock limit", async () => {
    const pdf = await pdfkitPdf(["slow enough for a 1 ms limit"]);
    const r = await extractDocument({ bytes: pdf, filename: name }, { timeoutMs: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: "timeout" } });
  });

  it("reads a hand-built minimal PDF (the byte builder itself is valid)", async () => {
    const content = Buffer.from("BT /F1 12 Tf 72 720 Td (Certificate Number: AB-123) Tj ET");
    const pdf = rawPdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from("\nendstream")]),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]);
    const r = await extractDocument({ bytes: pdf, filename: name });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pages).toBe(1);
  });
});
