// The bench's baseline process (bench/extraction/run.ts): raw pdf-parse getText() in a plain Node process set up
// like the parser process (lib/server/pdf-worker.mjs), so both sides of a ratio run under the same conditions:
// pdf.js and its worker code loaded before the first document, the document handed over IPC, and the CPU of every
// thread of this process counted from the document's arrival to its text.
// Protocol: sends { ready: true, startCpuMs } once loaded; for { id, bytes } replies { id, cpuMs, chars } or { id, error }.
import { PDFParse } from "pdf-parse";
import "pdfjs-dist/legacy/build/pdf.worker.mjs";

function cpuMs(usage) {
  return (usage.user + usage.system) / 1000;
}

process.on("message", async ({ id, bytes }) => {
  const cpu = process.cpuUsage();
  const parser = new PDFParse({ data: bytes, isEvalSupported: false });
  try {
    const { text } = await parser.getText();
    process.send?.({ id, cpuMs: cpuMs(process.cpuUsage(cpu)), chars: text.length });
  } catch (e) {
    process.send?.({ id, error: String(e?.message ?? e) });
  } finally {
    await parser.destroy();
  }
});
process.on("disconnect", () => process.exit(0));
process.send?.({ ready: true, startCpuMs: cpuMs(process.cpuUsage()) });
