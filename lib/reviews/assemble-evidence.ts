// Pure: a vendor's confirmed documents, read together, -> the scorer's evidence. The app's re-score
// (load-input.ts) and the command-line review (scripts/review.ts) both call this, so they agree.
import { addCrossDocumentFlags } from "@/lib/extraction/cross-document";
import type { Tier, VendorEvidence } from "@/lib/scoring";
import { evidenceFromConfirmed, type ConfirmedDocument } from "./evidence";

/**
 * Adds the flags that only show across documents (one certificate number under two bodies, one
 * report period with two subservice lists) to copies of the stored facts, then converts. Nothing
 * stored is mutated.
 */
export function assembleVendorEvidence(
  vendor: { id: string; legalName: string; tier: Tier },
  docs: ConfirmedDocument[],
): VendorEvidence {
  const copies = docs.map((doc) => ({
    documentId: doc.documentId,
    stored: { ...doc.stored, authenticity_flags: [...(doc.stored.authenticity_flags ?? [])] },
  }));
  addCrossDocumentFlags(copies.map((doc) => ({ name: doc.documentId, result: doc.stored })));
  return evidenceFromConfirmed(vendor, copies);
}
