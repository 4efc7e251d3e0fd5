// Renders one PDF page to PNG in a separate, memory-capped process (PDFs are hostile input: a
// crash or runaway here must not take the app down). Receives { bytes, page, width } over IPC,
// answers { ok, png } or { ok: false, error }, then exits.
import { PDFParse } from "pdf-parse";

process.once("message", async ({ bytes, page, width }) => {
  let parser;
  try {
    parser = new PDFParse({ data: new Uint8Array(Buffer.from(bytes, "base64")), isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
    const shot = await parser.getScreenshot({ partial: [page], desiredWidth: width, imageBuffer: true, imageDataUrl: false });
    const first = shot.pages[0];
    if (!first?.data) throw new Error("page not rendered");
    process.send({ ok: true, png: Buffer.from(first.data).toString("base64"), total: shot.total });
  } catch (err) {
    process.send({ ok: false, error: String(err?.message ?? err).slice(0, 300) });
  } finally {
    await parser?.destroy().catch(() => {});
    process.exit(0);
  }
});
