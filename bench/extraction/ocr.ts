// Usage: npm run bench:ocr [runs]   (taskset -c 0 npm run bench:ocr pins it to one core)
// OCR of one scanned certificate page inside the parser child: render + recognition wall-clock and CPU time (the
// child's CPU counts all its threads, so CPU ms is the one-core cost) and the parse process's peak RSS with OCR on.
// Documents: generated certificates rasterised at 150 and 300 dpi, and the corpus's image-only certificates when
// ../shared/corpus is there. Writes bench/out/ocr-bench.json.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../../lib/extraction";
import type { ExtractionStats } from "../../lib/extraction/types";
import { generateIsoCertificate, randomIsoCertificateSpec } from "../../scripts/synth/generate-iso-certificate";
import { toImageOnlyPdf } from "../../scripts/synth/image-only";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function documents(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const docs = [];
  for (const dpi of [150, 300]) {
    const { pdf } = await generateIsoCertificate(randomIsoCertificateSpec(11));
    docs.push({
      name: `synthetic certificate scanned at ${dpi} dpi`,
      bytes: new Uint8Array(await toImageOnlyPdf(pdf, { dpi })),
    });
  }
  for (const dir of ["../shared/corpus/iso27001", "../shared/corpus-added/iso27001"]) {
    const full = path.resolve(process.cwd(), dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full)
      .filter((x) => /image-only.*\.pdf$|_scan.*\.pdf$/.test(x))
      .sort()) {
      docs.push({ name: f, bytes: new Uint8Array(readFileSync(path.join(full, f))) });
    }
  }
  return docs;
}

async function main() {
  const runs = Number(process.argv[2] ?? 3);
  const rows = [];
  for (const doc of await documents()) {
    const wall: number[] = [];
    const cpu: number[] = [];
    let peak = 0;
    let pages = 0;
    let statuses = "";
    for (let i = 0; i < runs; i++) {
      let stats: ExtractionStats | null = null;
      const r = await extractDocument({ bytes: doc.bytes, filename: "scan.pdf" }, { onStats: (s) => (stats = s) });
      const st = stats as ExtractionStats | null;
      if (!r.ok || !st) throw new Error(`${doc.name}: ${r.ok ? "no stats" : r.error.code}`);
      pages = st.ocrPages ?? 0;
      statuses = (r.ocr_pages ?? []).map((p) => `${p.page}:${p.status}@${p.confidence}`).join(" ");
      wall.push((st.ocrMs ?? 0) / Math.max(1, pages));
      cpu.push((st.ocrCpuMs ?? 0) / Math.max(1, pages));
      peak = Math.max(peak, st.parsePeakRssMb ?? 0);
    }
    const row = {
      document: doc.name,
      ocr_pages: pages,
      pages_status: statuses,
      ocr_ms_per_page_median: Math.round(median(wall)),
      ocr_cpu_ms_per_page_median: Math.round(median(cpu)),
      parse_process_peak_rss_mb: Math.round(peak),
    };
    console.log(JSON.stringify(row));
    rows.push(row);
  }
  const out = path.resolve(process.cwd(), "bench/out");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, "ocr-bench.json"),
    JSON.stringify({ node: process.version, date: new Date().toISOString(), runs, rows }, null, 2),
  );
  process.exit(0);
}

void main();
