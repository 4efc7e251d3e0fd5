// The parser process reports what one document cost it (bench/extraction/run.ts compares CPU time, not wall-clock).
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import { idleParserReady } from "./pdf-reader";
import type { ExtractionStats } from "./types";

async function onePagePdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.text("Report on the controls of a service organisation relevant to security, availability and confidentiality.");
  doc.end();
  return new Uint8Array(await done);
}

describe("parse statistics", () => {
  it("gives the parser process's CPU time and peak RSS for a PDF", async () => {
    let stats: ExtractionStats | undefined;
    const r = await extractDocument(
      { bytes: await onePagePdf(), filename: "report.pdf" },
      { onStats: (s) => (stats = s) },
    );
    expect(r.ok).toBe(true);
    expect(stats?.parseCpuMs).toBeGreaterThan(0);
    expect(stats?.parsePeakRssMb).toBeGreaterThan(0);
  }, 120_000);

  it("has no parse CPU time for a text file, which is not parsed in the child", async () => {
    let stats: ExtractionStats | undefined;
    const bytes = new TextEncoder().encode("# Sub-processors\n\n| Name | Purpose |\n|---|---|\n| Acme | Hosting |\n");
    await extractDocument({ bytes, filename: "subprocessors.md" }, { onStats: (s) => (stats = s) });
    expect(stats?.parseCpuMs ?? null).toBeNull();
  }, 120_000);

  it("starts the next parser process ahead of need and says what loading pdf.js cost it", async () => {
    // A fresh process per document: the reader starts the next one as soon as this one is done.
    const r = await extractDocument({ bytes: await onePagePdf(), filename: "report.pdf" }, { maxDocsPerWorker: 1 });
    expect(r.ok).toBe(true);
    expect(await idleParserReady()).toBeGreaterThan(0);
  }, 120_000);
});
