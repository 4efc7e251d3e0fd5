// Builders for hostile test PDFs, made from bytes in the test itself (no fixtures on disk).
import { constants, deflateRawSync, deflateSync, inflateRawSync } from "node:zlib";
import PDFDocument from "pdfkit";

/** A minimal PDF with a correct xref; `objects[i]` is the body of object i+1 (Buffers allowed for binary streams). */
export function rawPdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"),
      Buffer.from("\nendobj\n"),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ].join("");
  parts.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`),
  );
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`),
    data,
    Buffer.from("\nendstream"),
  ]);
}

/**
 * A zlib stream that inflates to `mb` MB of spaces, built in milliseconds: one 1 MB chunk is deflated with a full
 * flush (a byte-aligned block with no back-references), that block is repeated, and a final empty block ends it.
 */
function rawDeflateOfSpaces(mb: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: mb }, () => block), finalEmptyBlock]);
}

function zlibOfSpaces(mb: number): Buffer {
  // pdf.js does not verify the Adler-32 trailer, so a placeholder is enough.
  return Buffer.concat([Buffer.from([0x78, 0xda]), rawDeflateOfSpaces(mb), Buffer.alloc(4)]);
}

/** One page whose content stream inflates to `inflatedMb` MB through two nested FlateDecode filters. */
export function flateBombPdf(inflatedMb: number): Buffer {
  // Nested filters multiply the ratio: the inner stream is itself deflated again.
  const twice = deflateSync(zlibOfSpaces(inflatedMb), { level: 9 });
  return rawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
    stream("/Filter [/FlateDecode /FlateDecode]", twice),
  ]);
}

export function pdfkitPdf(pages: string[], options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    for (const text of pages) {
      doc.addPage();
      doc.font("Helvetica").fontSize(11).text(text);
    }
    doc.end();
  });
}

/** Inflates a stream built by flateBombPdf's inner builder (lets a test prove the bomb really is one). */
export function inflatedSizeMb(mb: number): number {
  return inflateRawSync(rawDeflateOfSpaces(mb)).length / (1024 * 1024);
}
