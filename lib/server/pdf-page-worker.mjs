// Renders one PDF page to PNG in a separate, memory-capped process (PDFs are hostile input: a
// crash or runaway here must not take the app down).
//   usage: node pdf-page-worker.mjs <in.pdf> <page> <width> <out.png>   (exit 0 = written)
// Files rather than IPC: rendering inside an IPC message handler hung on pages after the first.
import fs from "node:fs";
import "./ignore-group-signals.mjs"; // first: before pdf.js loads
import { PDFParse } from "pdf-parse";
import { guardAgainstOrphaning } from "./orphan-guard.mjs";

guardAgainstOrphaning();

const [input, pageArg, widthArg, output] = process.argv.slice(2);
let parser;
try {
  parser = new PDFParse({
    data: new Uint8Array(fs.readFileSync(input)),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  const shot = await parser.getScreenshot({
    partial: [Number(pageArg)],
    desiredWidth: Number(widthArg),
    imageBuffer: true,
    imageDataUrl: false,
  });
  const first = shot.pages[0];
  if (!first?.data) throw new Error("page not rendered");
  fs.writeFileSync(output, first.data);
  process.exitCode = 0;
} catch (err) {
  process.stderr.write(String(err?.message ?? err).slice(0, 300));
  process.exitCode = 3;
} finally {
  await parser?.destroy().catch(() => {});
  process.exit();
}
