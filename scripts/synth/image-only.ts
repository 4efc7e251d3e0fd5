// Turns a generated PDF into a scan-like one: every page (or the chosen ones) becomes a single raster image with no
// text layer, as a certificate scanned on an office copier. The facts a generator expects stay the same, so the
// same answer file scores what OCR reads. Rendering runs in the caller's process: it only ever sees PDFs this
// generator made, never an upload.
import PDFDocument from "pdfkit";
import { PDFParse } from "pdf-parse";

export type ImageOnlyOptions = {
  /** Resolution of the raster, like a scanner setting. */
  dpi?: number;
  /** 1-based pages to rasterise; the others keep their text layer. Default: all. */
  pages?: number[];
};

export async function toImageOnlyPdf(pdf: Uint8Array, opts: ImageOnlyOptions = {}): Promise<Buffer> {
  const dpi = opts.dpi ?? 150;
  const parser = new PDFParse({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: false });
  try {
    const info = await parser.getInfo();
    const wanted = new Set(opts.pages ?? Array.from({ length: info.total }, (_, i) => i + 1));
    const shots = await parser.getScreenshot({ scale: dpi / 72, imageBuffer: true, imageDataUrl: false });
    const text = wanted.size < info.total ? await parser.getText({ pageJoiner: "" }) : null;
    const out = new PDFDocument({ autoFirstPage: false, info: { Producer: "assay synth scan", Creator: "scanner" } });
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve, reject) => {
      out.on("end", () => resolve(Buffer.concat(chunks)));
      out.on("error", reject);
    });
    for (const shot of shots.pages) {
      const width = shot.width / (dpi / 72);
      const height = shot.height / (dpi / 72);
      out.addPage({ size: [width, height], margin: 0 });
      if (wanted.has(shot.pageNumber)) {
        out.image(Buffer.from(shot.data), 0, 0, { width, height });
      } else {
        // A page kept as text: its text layer, one line per line, so the rest of the document still reads.
        out
          .font("Helvetica")
          .fontSize(9)
          .text(text!.pages[shot.pageNumber - 1]!.text, 54, 54, { width: width - 108 });
      }
    }
    out.end();
    return await done;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
