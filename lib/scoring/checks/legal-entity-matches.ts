import type { CheckContext, GapDraft } from "../check-types";
import { citeField } from "../evidence";
import { entityKey, legalFormsCompatible, orgNamesMatch } from "../names";
import { scopedDocuments } from "../scoped-documents";
import { forTier } from "../severity";

/** Was each report or certificate issued to the legal entity the buyer contracts with? (§3.10 a) */
export function checkLegalEntityMatches({ vendor, service }: CheckContext): GapDraft[] {
  const contracted = service.contractedEntity;
  if (contracted === null || contracted.trim() === "") {
    return [
      {
        subject: "contracted-entity",
        severity: "low",
        title: "Could not verify the legal entity",
        detail:
          "The contracted legal entity is not recorded for this service, so reports and certificates cannot be matched to it. Record it on the service.",
        citation: null,
        ownerRole: "admin",
      },
    ];
  }
  return scopedDocuments(vendor).flatMap((doc): GapDraft[] => {
    const citation = citeField(doc, doc.entityField);
    if (doc.entity === null) {
      return [
        {
          subject: doc.documentId,
          severity: "low",
          title: "Could not verify who the document was issued to",
          detail: `The ${doc.label} does not name the organisation it covers in the extracted text.`,
          citation,
        },
      ];
    }
    const sameName = entityKey(doc.entity) === entityKey(contracted) || orgNamesMatch(doc.entity, contracted);
    // "Acme GmbH" is not "Acme, Inc.": a group's other legal entity is a different counterparty.
    if (sameName && legalFormsCompatible(doc.entity, contracted)) return [];
    return [
      {
        subject: doc.documentId,
        severity: forTier("high", vendor.tier),
        title: "Issued to a different legal entity than the contracted one",
        detail: `The ${doc.label} covers "${doc.entity}"; your contract is with "${contracted}". Ask the vendor how the two relate, or for evidence covering the contracted entity.`,
        citation,
      },
    ];
  });
}
