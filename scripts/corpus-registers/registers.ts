// Both registers of every corpus document, computed with the current code (see run.ts): the answer
// file read into typed facts, and the extractor's snapshot read the way storage reads a parsed
// document; both then go through the one conversion to the scorer's input.
import { readFileSync } from "node:fs";
import type { Gap } from "@/lib/scoring";
import { factsFromAnswerFile, readStoredFacts } from "@/lib/evidence/facts/model";
import { evidenceFromFacts } from "@/lib/evidence/facts/to-evidence";
import type { CorpusDocument } from "./corpus";
import { VENDOR, registerOf } from "./register";

export type ExtractionSnapshot = {
  doc_kind: string;
  facts: Record<string, { value: unknown; page: number | null; quote: string | null; confidence: number }>;
  consistency_flags: string[];
  authenticity_flags: string[];
  flag_citations?: Array<{ flag: string; page: number | null; quote: string | null }>;
  not_in_text_layer: string[];
};

export type DocumentRegisters = { fromExpected: Gap[]; fromExtraction: Gap[] | null };

export function registersFor(
  docs: CorpusDocument[],
  extractions: Record<string, ExtractionSnapshot>,
): Record<string, DocumentRegisters> {
  const out: Record<string, DocumentRegisters> = {};
  for (const doc of docs) {
    const expected = factsFromAnswerFile(JSON.parse(readFileSync(doc.expectedFile, "utf8")));
    const fromExpected = registerOf(evidenceFromFacts(VENDOR, [{ documentId: "doc", facts: expected }]).evidence);
    const stored = extractions[doc.id] ? readStoredFacts(extractions[doc.id]) : null;
    const fromExtraction = stored
      ? registerOf(evidenceFromFacts(VENDOR, [{ documentId: "doc", facts: stored }]).evidence)
      : null;
    out[doc.id] = { fromExpected, fromExtraction };
  }
  return out;
}
