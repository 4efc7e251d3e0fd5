// Scanned pages: a generated certificate is rasterised (no text layer left) and read back by OCR inside the parser
// child. Slow (tesseract on a busy 2-core machine): generous deadlines, no timing assertions.
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { generateIsoCertificate, randomIsoCertificateSpec } from "@/scripts/synth/generate-iso-certificate";
import { toImageOnlyPdf } from "@/scripts/synth/image-only";
import { extractDocument } from "./extract-document";
import type { ExtractionStats, ExtractionSuccess } from "./types";

async function scannedCertificate(seed: number) {
  const { pdf, expected } = await generateIsoCertificate(randomIsoCertificateSpec(seed, { dateFormat: "iso" }));
  return { bytes: new Uint8Array(await toImageOnlyPdf(pdf, { dpi: 150 })), expected };
}

/** A page of faint grey speckle and nothing legible, as a blank or badly faded scan (vector dots: pdfkit embeds no PGM). */
async function illegibleScan(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: [300, 300], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  let x = 7;
  const next = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) % 290;
  for (let i = 0; i < 400; i++) doc.rect(next(), next(), 2, 2).fillColor("#999999").fill();
  doc.end();
  return new Uint8Array(await done);
}

describe("OCR of pages without a text layer", () => {
  it("reads a scanned certificate inside the parser child and marks its facts as read by OCR", async () => {
    const { bytes, expected } = await scannedCertificate(3);
    const r = await extractDocument({ bytes, filename: "scan.pdf" });
    expect(r.ok).toBe(true);
    const ok = r as ExtractionSuccess;
    expect(ok.text_layer).toBe("none");
    expect(ok.ocr_pages).toEqual([expect.objectContaining({ page: 1, status: "read" })]);
    expect(ok.doc_kind).toBe("iso_certificate");
    const number = ok.facts.certificate_number!;
    expect(number.value).toBe(expected.certificate_number);
    expect(number.source).toBe("ocr");
    expect(number.page).toBe(1);
    expect(number.quote).toContain(expected.certificate_number);
    expect(number.confidence).toBeLessThanOrEqual(0.8);
    expect(ok.facts.expiry_date?.value).toBe(expected.expiry_date);
    expect(ok.facts.expiry_date?.source).toBe("ocr");
  }, 180_000);

  it("leaves the facts of a page OCR cannot read null and names them", async () => {
    const r = await extractDocument({ bytes: await illegibleScan(), filename: "iso27001-certificate.pdf" });
    expect(r.ok).toBe(true);
    const ok = r as ExtractionSuccess;
    expect(ok.text_layer).toBe("none");
    expect(ok.ocr_pages).toEqual([expect.objectContaining({ page: 1, status: "unreadable" })]);
    expect(Object.values(ok.facts).every((f) => f.value === null)).toBe(true);
    expect(ok.not_in_text_layer).toContain("certificate_number");
    expect(ok.facts.certificate_number?.note).toMatch(/OCR could not read/);
  }, 180_000);

  it("does not OCR when it is turned off (ocrMaxPages 0)", async () => {
    const { bytes } = await scannedCertificate(4);
    const r = await extractDocument({ bytes, filename: "scan.pdf" }, { ocrMaxPages: 0 });
    expect(r.ok).toBe(true);
    const ok = r as ExtractionSuccess;
    expect(ok.ocr_pages).toBeUndefined();
    expect(Object.values(ok.facts).every((f) => f.value === null)).toBe(true);
  }, 180_000);

  it("keeps the parse process under 300 MB while it OCRs a page scanned at 300 dpi", async () => {
    // The memory goal. Before the parser ran its Wasm on the baseline compiler only (ADR 037), this page
    // peaked at 320–340 MB: the optimising compiler's work during recognition came on top of tesseract's heap.
    const { pdf } = await generateIsoCertificate(randomIsoCertificateSpec(11));
    const bytes = new Uint8Array(await toImageOnlyPdf(pdf, { dpi: 300 }));
    let stats: ExtractionStats | undefined;
    const r = await extractDocument(
      { bytes, filename: "scan.pdf" },
      { maxRssMb: 300, maxDocsPerWorker: 1, timeoutMs: 200_000, onStats: (s) => (stats = s) },
    );
    expect(r).toMatchObject({ ok: true, ocr_pages: [{ page: 1, status: "read" }] });
    expect(stats?.parsePeakRssMb).toBeGreaterThan(0);
    expect(stats?.parsePeakRssMb).toBeLessThan(300);
  }, 300_000);

  it("keeps OCR under the child's caps: a tiny RSS cap ends the document as a typed memory error", async () => {
    const { bytes } = await scannedCertificate(5);
    const cap = { maxRssMb: 150, maxDocsPerWorker: 1 };
    const without = await extractDocument({ bytes, filename: "scan.pdf" }, { ...cap, ocrMaxPages: 0 });
    expect(without).toMatchObject({ ok: true });
    const r = await extractDocument({ bytes, filename: "scan.pdf" }, cap);
    expect(r).toMatchObject({ ok: false, error: { code: "memory" } });
  }, 180_000);
});
