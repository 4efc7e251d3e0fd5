// Hostile PDFs with active content (§9 C 28), built from bytes: each carries a canary script that
// would set globalThis.__assayPdfCanary if anything ever ran it.
import { deflateSync } from "node:zlib";
import { rawPdf } from "./pdf-bytes";

export const CANARY_JS =
  "globalThis.__assayPdfCanary = 1; app.alert('pwned'); this.exportDataObject({ cName: 'payload.exe', nLaunch: 2 });";

function text(line: string): Buffer {
  const content = Buffer.from(`BT /F1 12 Tf 72 720 Td (${line}) Tj ET`);
  return Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from("\nendstream")]);
}

/** /OpenAction JavaScript, an embedded .exe, and a page link that is a /Launch action, all in plain objects. */
export function activeContentPdf(names: { javascript?: string; launch?: string } = {}): Buffer {
  return rawPdf([
    "<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /EmbeddedFiles << /Names [(payload.exe) 7 0 R] >> >> >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [9 0 R] >>",
    text("Independent service auditor report with active content"),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /S /${names.javascript ?? "JavaScript"} /JS (${CANARY_JS}) >>`,
    "<< /Type /Filespec /F (payload.exe) /EF << /F 8 0 R >> >>",
    "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream",
    `<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /${names.launch ?? "Launch"} /F (calc.exe) >> >>`,
  ]);
}

/**
 * The /OpenAction script kept inside a Flate-compressed object stream (PDF 1.5), so no byte of the
 * file spells "/JavaScript": only a parser that reads object streams can see it.
 */
export function hiddenJavaScriptPdf(): Buffer {
  const head = Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1");
  const plain: Array<[number, Buffer]> = [
    [1, Buffer.from("<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>")],
    [2, Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")],
    [
      3,
      Buffer.from(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      ),
    ],
    [4, text("Report with a hidden script")],
    [5, Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")],
  ];
  const inner = `<< /S /JavaScript /JS (${CANARY_JS}) >>`;
  const packed = deflateSync(Buffer.from(`6 0 ${inner}`));
  const objStm = Buffer.concat([
    Buffer.from(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`),
    packed,
    Buffer.from("\nendstream"),
  ]);
  const parts = [head];
  const offsets = new Map<number, number>();
  let at = head.length;
  for (const [num, body] of [...plain, [7, objStm] as [number, Buffer]]) {
    offsets.set(num, at);
    const chunk = Buffer.concat([Buffer.from(`${num} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    parts.push(chunk);
    at += chunk.length;
  }
  // Cross-reference stream, /W [1 4 2]: type 1 = plain object at an offset, type 2 = object in a stream.
  const row = (type: number, a: number, b: number) =>
    Buffer.from([type, (a >>> 24) & 255, (a >>> 16) & 255, (a >>> 8) & 255, a & 255, (b >> 8) & 255, b & 255]);
  const xrefAt = at;
  const rows = [
    row(0, 0, 65535),
    ...[1, 2, 3, 4, 5].map((n) => row(1, offsets.get(n)!, 0)),
    row(2, 7, 0),
    row(1, offsets.get(7)!, 0),
    row(1, xrefAt, 0),
  ];
  const data = Buffer.concat(rows);
  parts.push(
    Buffer.from(`8 0 obj\n<< /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /Length ${data.length} >>\nstream\n`),
    data,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`),
  );
  return Buffer.concat(parts);
}
