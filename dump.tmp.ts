import { readFileSync } from "node:fs";
import { readPdfText, DEFAULT_LIMITS, stopIdleParser } from "./lib/extraction/pdf-reader";
import { normalizeText } from "./lib/extraction/normalize";
import { buildPage } from "./lib/extraction/layout";
const r = await readPdfText(new Uint8Array(readFileSync(process.argv[2]!)), DEFAULT_LIMITS);
if (!r.ok) { console.log(r.error); process.exit(1); }
const mode = process.argv[3] ?? "layout";
r.value.pages.forEach((p, i) => {
  const text = mode === "plain" ? normalizeText(p) : buildPage(r.value.layouts![i]!).text;
  console.log(`\n======== PAGE ${i + 1} ========\n${text.replace(/\t/g, " ⇥ ")}`);
});
stopIdleParser();
process.exit(0);
