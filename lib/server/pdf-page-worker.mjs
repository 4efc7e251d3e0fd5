// Renders one PDF page to PNG in a separate, memory-capped process (PDFs are hostile input: a
// crash or runaway here must not take the app down).
//   usage: node pdf-page-worker.mjs <in.pdf> <page> <width> <out> [webp]   (exit 0 = written)
// PNG by default; with `webp` the page is encoded as WebP (about half the bytes of a PNG for a page of text: the
// image kept for the review page's first paint, docs/decisions/041) and `<out>.size` holds "width height".
// Files rather than IPC: rendering inside an IPC message handler hung on pages after the first.
import fs from "node:fs";
import "./ignore-group-signals.mjs"; // first: before pdf.js loads
import { PDFParse } from "pdf-parse";
import { guardAgainstOrphaning } from "./orphan-guard.mjs";

guardAgainstOrphaning();
// The renderer reads the file it is handed and needs no network: make any attempt fail instead of leaving the box.
globalThis.fetch = () => Promise.reject(new Error("network access is disabled in the page renderer"));

const [input, pageArg, widthArg, output, format] = process.argv.slice(2);
let parser;
try {
  parser = new PDFParse({
    data: new Uint8Array(fs.readFileSync(input)),
    // The parser's settings (lib/server/pdf-worker.mjs): no eval (CVE-2024-4367), no XFA, images over
    // 16 megapixels are not decoded. Memory and time are capped by the parent (page-images/render.ts).
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    maxImageSize: 16_000_000,
    verbosity: 0,
  });
  const shot = await parser.getScreenshot({
    partial: [Number(pageArg)],
    desiredWidth: Number(widthArg),
    imageBuffer: true,
    imageDataUrl: false,
  });
  const first = shot.pages[0];
  if (!first?.data) throw new Error("page not rendered");
  if (format === "webp") {
    // The same canvas library pdf.js drew with (pdf-parse's dependency): decode our own PNG, encode it again.
    const { createCanvas, loadImage } = await import("@napi-rs/canvas");
    const png = await loadImage(first.data);
    const canvas = createCanvas(png.width, png.height);
    canvas.getContext("2d").drawImage(png, 0, 0);
    fs.writeFileSync(output, await canvas.encode("webp", 80));
    fs.writeFileSync(`${output}.size`, `${png.width} ${png.height}`);
  } else fs.writeFileSync(output, first.data);
  process.exitCode = 0;
} catch (err) {
  process.stderr.write(String(err?.message ?? err).slice(0, 300));
  process.exitCode = 3;
} finally {
  await parser?.destroy().catch(() => {});
  process.exit();
}
