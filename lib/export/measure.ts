// Measures export time and size for a 1,000-gap tenant register and writes the
// files for a visual check: `npx tsx lib/export/measure.ts [outDir]`.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gapReportToCsv } from "./csv";
import { gapReportToPdf } from "./pdf-report";
import { makeSampleReport } from "./sample-report";
import { gapReportToXlsx } from "./xlsx";

const outDir = process.argv[2] ?? "/tmp/assay-export";
mkdirSync(outDir, { recursive: true });

// 4 vendors × 250 gaps = 1,000 gaps.
const report = makeSampleReport(4, 250);

async function time(label: string, file: string, run: () => Promise<Buffer | string>): Promise<void> {
  const start = performance.now();
  const output = await run();
  const ms = performance.now() - start;
  const bytes = typeof output === "string" ? Buffer.byteLength(output, "utf8") : output.length;
  writeFileSync(path.join(outDir, file), output);
  console.log(`${label}: ${ms.toFixed(0)} ms, ${bytes} bytes -> ${path.join(outDir, file)}`);
}

// Warm-up run so module loading and font parsing are not counted as export time.
await gapReportToPdf(makeSampleReport(1, 1));
await gapReportToXlsx(makeSampleReport(1, 1));

await time("CSV 1000 gaps", "gaps-1000.csv", async () => gapReportToCsv(report));
await time("XLSX 1000 gaps", "gaps-1000.xlsx", () => gapReportToXlsx(report));
await time("PDF 1000 gaps", "gaps-1000.pdf", () => gapReportToPdf(report));
await time("PDF 1 vendor, 0 gaps", "gaps-0.pdf", () => gapReportToPdf(makeSampleReport(1, 0)));
await time("PDF 1 vendor, 12 gaps", "gaps-12.pdf", () => gapReportToPdf(makeSampleReport(1, 12)));
