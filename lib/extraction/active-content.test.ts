import { afterAll, describe, expect, it } from "vitest";
import { activeContentFlags, scanActiveContent } from "./active-content";
import { extractDocument } from "./extract-document";
import { stopIdleParser } from "./pdf-reader";
import { activeContentPdf, hiddenJavaScriptPdf } from "./test-support/active-pdfs";
import { pdfkitPdf } from "./test-support/pdf-bytes";

afterAll(() => stopIdleParser());
const g = globalThis as { __assayPdfCanary?: number };

describe("active content in PDFs (§9 C 28)", () => {
  it("names JavaScript, Launch and embedded files found in the bytes, also when spelled with #xx escapes", () => {
    expect([...scanActiveContent(activeContentPdf())].sort()).toEqual(["embedded_files", "javascript", "launch"]);
    const escaped = activeContentPdf({ javascript: "J#61vaScript", launch: "L#61unch" });
    expect(escaped.includes(Buffer.from("/JavaScript"))).toBe(false);
    expect(scanActiveContent(escaped)).toContain("launch");
    expect(scanActiveContent(escaped)).toContain("javascript");
  });

  it("finds nothing in an ordinary PDF whose text mentions JavaScript (content left uncompressed so the scan sees it)", async () => {
    const pdf = await pdfkitPdf(["Controls over JavaScript deployments and embedded files were tested."], {
      compress: false,
    });
    expect(scanActiveContent(pdf)).toEqual(new Set());
  });

  it("reads the text, flags each kind, and runs nothing", async () => {
    const r = await extractDocument({ bytes: activeContentPdf(), filename: "soc2.pdf" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.authenticity_flags).toEqual(
      expect.arrayContaining(activeContentFlags(["javascript", "launch", "embedded_files"])),
    );
    expect(r.metadata?.activeContent).toEqual(["javascript", "embedded_files"]);
    expect(g.__assayPdfCanary).toBeUndefined();
  });

  it("flags a script hidden in a compressed object stream, which no byte scan can see", async () => {
    const pdf = hiddenJavaScriptPdf();
    expect(scanActiveContent(pdf)).toEqual(new Set());
    const r = await extractDocument({ bytes: pdf, filename: "hidden.pdf" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.authenticity_flags).toEqual(activeContentFlags(["javascript"]));
    expect(g.__assayPdfCanary).toBeUndefined();
  });
});
