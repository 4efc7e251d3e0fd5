// At what resolution a page is drawn for OCR (ADR 046): a scan at its own resolution or a whole multiple of it, read
// from the page's image. No OCR runs here.
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { generateIsoCertificate, randomIsoCertificateSpec } from "@/scripts/synth/generate-iso-certificate";
import { toImageOnlyPdf } from "@/scripts/synth/image-only";
import { renderDpi, scanResolution } from "./pdf-ocr.mjs";

async function firstPageResolution(bytes: Uint8Array): Promise<number | null> {
  const parser = new PDFParse({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    await parser.getInfo();
    const doc = (parser as unknown as { doc: { getPage(n: number): Promise<unknown> } }).doc;
    return await scanResolution(await doc.getPage(1));
  } finally {
    await parser.destroy();
  }
}

describe("the resolution a page is drawn at for OCR", () => {
  it("draws a low-resolution scan at a whole multiple of its own resolution, near 300 dpi", () => {
    expect(renderDpi(150)).toBe(300);
    expect(renderDpi(100)).toBe(300);
    expect(renderDpi(72)).toBe(288);
    expect(renderDpi(96)).toBe(288);
    // A page box in whole points: a 200 dpi scan measures a hair under 200 and is still drawn 1:1.
    expect(renderDpi(199.9998)).toBe(200);
  });

  it("draws a scan of 200 dpi or more at its own resolution, at most 300 dpi; a page that is no scan at 200", () => {
    expect(renderDpi(200)).toBe(200);
    expect(renderDpi(240)).toBe(240);
    expect(renderDpi(300)).toBe(300);
    expect(renderDpi(600)).toBe(300);
    expect(renderDpi(null)).toBe(200);
  });

  it("reads a scanned page's resolution from its image, and none from a page of text", async () => {
    const { pdf } = await generateIsoCertificate(randomIsoCertificateSpec(3, { dateFormat: "iso" }));
    for (const dpi of [150, 300]) {
      const scan = new Uint8Array(await toImageOnlyPdf(pdf, { dpi }));
      expect(await firstPageResolution(scan)).toBeCloseTo(dpi, 0);
    }
    expect(await firstPageResolution(new Uint8Array(pdf))).toBeNull();
  }, 60_000);
});
