import { assert } from "../assert";
import type { VendorEvidence } from "../types";

/** Every document id in the evidence, refusing duplicates: two documents under one id would merge their gaps. */
export function assertUniqueDocumentIds(vendor: VendorEvidence): void {
  const seen = new Set<string>();
  for (const doc of [
    ...vendor.socReports,
    ...vendor.bridgeLetters,
    ...vendor.isoCertificates,
    ...vendor.subprocessorLists,
  ]) {
    assert(!seen.has(doc.documentId), `Document id ${doc.documentId} appears twice in the vendor's evidence`);
    seen.add(doc.documentId);
  }
}
