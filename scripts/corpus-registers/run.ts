// Usage: npx tsx scripts/corpus-registers/run.ts [--extract]
//
// Writes tests/fixtures/corpus-registers.json: for every corpus document, the gap register scored
// (1) from its hand-checked expected.json and (2) from the extractor's output for it. The extractor's
// output is snapshotted in tests/fixtures/corpus-extractions.json (refreshed with --extract) so the
// fixture pins the path facts → confirmed facts → scorer, not the extraction rules.
// tests/unit/corpus-registers.test.ts recomputes both registers with the current code and compares.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "@/lib/extraction";
import { corpusDocuments } from "./corpus";
import { EXTRACTION_NOW } from "./register";
import { registersFor, type ExtractionSnapshot } from "./registers";

const FIXTURES = path.resolve(process.cwd(), "tests/fixtures");
export const EXTRACTIONS_FILE = path.join(FIXTURES, "corpus-extractions.json");
export const REGISTERS_FILE = path.join(FIXTURES, "corpus-registers.json");

async function snapshotExtractions(): Promise<Record<string, ExtractionSnapshot>> {
  const out: Record<string, ExtractionSnapshot> = {};
  for (const doc of corpusDocuments()) {
    if (!doc.documentFile) continue;
    const result = await extractDocument(
      { bytes: new Uint8Array(readFileSync(doc.documentFile)), filename: path.basename(doc.documentFile) },
      { now: EXTRACTION_NOW },
    );
    if (!result.ok) throw new Error(`${doc.id}: ${result.error.code}`);
    out[doc.id] = {
      doc_kind: result.doc_kind,
      facts: result.facts,
      consistency_flags: result.consistency_flags,
      authenticity_flags: result.authenticity_flags,
      flag_citations: result.flag_citations ?? [],
      not_in_text_layer: result.not_in_text_layer,
    };
    console.error(`extracted ${doc.id}`);
  }
  return out;
}

async function main() {
  if (process.argv.includes("--extract")) {
    writeFileSync(EXTRACTIONS_FILE, `${JSON.stringify(await snapshotExtractions(), null, 1)}\n`);
  }
  const extractions = JSON.parse(readFileSync(EXTRACTIONS_FILE, "utf8")) as Record<string, ExtractionSnapshot>;
  const registers = registersFor(corpusDocuments(), extractions);
  writeFileSync(REGISTERS_FILE, `${JSON.stringify(registers, null, 1)}\n`);
  console.error(`wrote ${Object.keys(registers).length} documents to ${REGISTERS_FILE}`);
  process.exit(0);
}

void main();
