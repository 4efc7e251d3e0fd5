// Both registers of every corpus document, computed with the current code (see run.ts).
import { readFileSync } from "node:fs";
import type { Gap } from "@/lib/scoring";
import { evidenceFromExtracted } from "@/lib/scoring-io/from-extracted";
import { evidenceFromConfirmed } from "@/lib/reviews/evidence";
import type { CorpusDocument } from "./corpus";
import { VENDOR, registerOf } from "./register";

export type ExtractionSnapshot = {
  doc_kind: string;
  facts: Record<string, { value: unknown; page: number | null; quote: string | null; confidence: number }>;
  consistency_flags: string[];
  authenticity_flags: string[];
  not_in_text_layer: string[];
};

export type DocumentRegisters = { fromExpected: Gap[]; fromExtraction: Gap[] | null };

export function registersFor(
  docs: CorpusDocument[],
  extractions: Record<string, ExtractionSnapshot>,
): Record<string, DocumentRegisters> {
  const out: Record<string, DocumentRegisters> = {};
  for (const doc of docs) {
    const expected = JSON.parse(readFileSync(doc.expectedFile, "utf8"));
    const fromExpected = registerOf(evidenceFromExtracted(VENDOR, [{ documentId: "doc", facts: expected }]).evidence);
    const snapshot = extractions[doc.id];
    const fromExtraction = snapshot
      ? registerOf(
          evidenceFromConfirmed({ id: VENDOR.vendorId, legalName: VENDOR.vendorName, tier: VENDOR.tier }, [
            { documentId: "doc", stored: snapshot },
          ]),
        )
      : null;
    out[doc.id] = { fromExpected, fromExtraction };
  }
  return out;
}
