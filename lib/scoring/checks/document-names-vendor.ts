import type { CheckContext, GapDraft } from "../check-types";
import { cite } from "../evidence";

/**
 * Was each document issued to this vendor? Another company's report or list (a cloud provider's SOC 3,
 * a different vendor's sub-processor list) is left out of the evidence and reported once here.
 */
export function checkDocumentNamesVendor({ vendor, foreign }: CheckContext): GapDraft[] {
  return foreign.map((doc) => ({
    subject: `${doc.documentId}:organisation`,
    severity: "medium",
    title: "Document is about another organisation than the vendor",
    detail: `The document names "${doc.organisation}", not ${vendor.vendorName}. It is left out of this vendor's evidence: file it under that organisation, or record why it applies here (a subservice provider's report belongs with the carve-out it covers).`,
    citation: cite(doc.documentId, doc.source),
    ownerRole: "analyst",
  }));
}
