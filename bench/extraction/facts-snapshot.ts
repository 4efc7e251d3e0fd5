// Usage: npx tsx bench/extraction/facts-snapshot.ts <out.json> [folder ...]
// Writes what extraction returns for every document of the given folders (default: ../shared/corpus,
// ../shared/corpus-added and every folder of /work/extra-corpus), for the bench's 100- and 300-page SOC 2 and for
// seeds 1–3 of every synthetic variation but the scan (scripts/synth) to one JSON file, so a change to the rules that
// must not change any value (a speed-up) can be checked by diffing two snapshots. The PDF parse is recorded once per
// document and replayed (replay-worker.mjs, in bench/out/replay): only the rules run again.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractDocument, stopIdleParser } from "../../lib/extraction";
import { addCrossDocumentFlags } from "../../lib/extraction/cross-document";
import type { ExtractionSuccess } from "../../lib/extraction/types";
import { corpusFolders, listDocuments } from "../../scripts/corpus-docs";
import { generateSoc2 } from "../../scripts/synth/generate-soc2";
import { randomSoc2Spec } from "../../scripts/synth/soc2-spec";
import { VARIATIONS } from "../../scripts/synth/variations";

const NOW = new Date("2026-12-06T12:00:00Z");

function defaultFolders(): string[] {
  const extra = "/work/extra-corpus";
  const extras = existsSync(extra)
    ? readdirSync(extra)
        .map((d) => path.join(extra, d))
        .filter((d) => statSync(d).isDirectory() && path.basename(d) !== "tools")
    : [];
  return [...corpusFolders().map((f) => f.dir), ...extras];
}

async function main() {
  const [out, ...given] = process.argv.slice(2);
  if (!out) throw new Error("usage: facts-snapshot.ts <out.json> [folder ...]");
  const workerPath = path.resolve("bench/extraction/replay-worker.mjs");
  const snapshot: Record<string, unknown> = {};
  for (const dir of given.length ? given : defaultFolders()) {
    const rows: { name: string; result: ExtractionSuccess }[] = [];
    for (const file of listDocuments(dir)) {
      const r = await extractDocument(
        { bytes: new Uint8Array(readFileSync(file)), filename: path.basename(file) },
        { workerPath, now: NOW, maxDocsPerWorker: 1000 },
      );
      snapshot[file] = r;
      if (r.ok) rows.push({ name: path.basename(file), result: r });
    }
    addCrossDocumentFlags(rows);
    console.log(`${dir}: ${rows.length} documents`);
  }
  // Random ids (each list item's, made when it is read) differ from run to run; everything else must not.
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const stable = (key: string, value: unknown) =>
    key === "id" && typeof value === "string" && uuid.test(value) ? "<uuid>" : value;
  const generated: { name: string; bytes: Uint8Array }[] = [];
  for (const pages of [100, 300]) {
    const { pdf } = await generateSoc2(randomSoc2Spec(1, { pages, soc2Type: "type_2" }));
    generated.push({ name: `bench-soc2-${pages}.pdf`, bytes: new Uint8Array(pdf) });
  }
  // The scan variation stamps the time it was made into the PDF, so its bytes (and its OCR) differ on every run.
  for (const v of VARIATIONS.filter((x) => !x.ocr))
    for (const seed of [1, 2, 3]) {
      const made = await v.make(seed, {});
      generated.push({ name: `${v.id}/${made.filename}`, bytes: made.bytes });
    }
  for (const g of generated)
    snapshot[`generated/${g.name}`] = await extractDocument(
      { bytes: g.bytes, filename: path.basename(g.name) },
      { workerPath, now: NOW, maxDocsPerWorker: 1000 },
    );
  console.log(`generated: ${generated.length} documents`);
  writeFileSync(out, JSON.stringify(snapshot, stable, 1));
  stopIdleParser();
}

void main();
