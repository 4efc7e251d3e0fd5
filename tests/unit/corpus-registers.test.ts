// Behaviour lock for the fact model: every corpus document's register, scored from its expected.json
// and from the snapshot of the extractor's output, is the one recorded in tests/fixtures by
// scripts/corpus-registers/run.ts. Regenerate (npx tsx scripts/corpus-registers/run.ts) only when a
// scoring rule changes on purpose, and review the diff of the fixture.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDocuments } from "@/scripts/corpus-registers/corpus";
import { registersFor, type DocumentRegisters, type ExtractionSnapshot } from "@/scripts/corpus-registers/registers";

const fixtures = path.resolve(process.cwd(), "tests/fixtures");
const recorded = JSON.parse(readFileSync(path.join(fixtures, "corpus-registers.json"), "utf8")) as Record<
  string,
  DocumentRegisters
>;
const extractions = JSON.parse(readFileSync(path.join(fixtures, "corpus-extractions.json"), "utf8")) as Record<
  string,
  ExtractionSnapshot
>;
const docs = corpusDocuments();
if (!docs.length) console.warn("corpus register test skipped: no corpus at ../shared/corpus (set ASSAY_CORPUS_DIR)");

describe.skipIf(!docs.length)("corpus registers are unchanged", () => {
  const current = registersFor(docs, extractions);

  it("covers every recorded document", () => {
    expect(Object.keys(current).sort()).toEqual(Object.keys(recorded).sort());
  });

  it.each(Object.keys(recorded))("%s", (id) => {
    expect(current[id]).toEqual(recorded[id]);
  });
});
