import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { renderPdfPage } from "@/lib/evidence/page-images/render";

function threePagePdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    for (let i = 1; i <= 3; i++) {
      if (i > 1) doc.addPage();
      doc.fontSize(24).text(`Page ${i} of the test report`);
    }
    doc.end();
  });
}

// The facts view shows the cited page; every page must render, not just the first.
describe("renderPdfPage", () => {
  it("renders any page of a PDF to PNG in a child process", async () => {
    const pdf = await threePagePdf();
    for (const page of [1, 3]) {
      const png = await renderPdfPage(new Uint8Array(pdf), page, 300);
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect(png.readUInt32BE(16)).toBe(300); // IHDR width
    }
  });

  it("reports a page past the end instead of hanging", async () => {
    const pdf = await threePagePdf();
    await expect(renderPdfPage(new Uint8Array(pdf), 9, 300)).rejects.toThrow(/not rendered|Invalid page/);
  });

  it("reports a corrupt file", async () => {
    await expect(renderPdfPage(new TextEncoder().encode("%PDF-1.4 garbage"), 1, 300)).rejects.toThrow();
  });
});
