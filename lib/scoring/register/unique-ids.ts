import { fail } from "../assert";
import type { VendorEvidence } from "../types";

/** Every document id in the evidence, refusing duplicates: two documents under one id would merge their gaps. */
export function assertUniqueDocumentIds(vendor: VendorEvidence): void {
  const seen = new Set<string>();
  for (const docs of [vendor.socReports, vendor.bridgeLetters, vendor.isoCertificates, vendor.subprocessorLists]) {
    for (const doc of docs) {
      if (seen.has(doc.documentId)) fail(`Document id ${doc.documentId} appears twice in the vendor's evidence`);
      seen.add(doc.documentId);
    }
  }
}
