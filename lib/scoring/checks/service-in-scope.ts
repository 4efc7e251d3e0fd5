import type { CheckContext, GapDraft } from "../check-types";
import { citeField } from "../evidence";
import { normalizeText, textMentions } from "../names";
import { scopedDocuments } from "../scoped-documents";
import { serviceSystems } from "../service";
import { forTier } from "../severity";

/** Does each report's or certificate's scope name the services and systems the buyer uses? (§3.10 f, §3.16) */
export function checkServiceInScope({ vendor, service }: CheckContext): GapDraft[] {
  const systems = serviceSystems(service);
  return scopedDocuments(vendor).flatMap((doc): GapDraft[] => {
    const citation = citeField(doc, doc.scopeField);
    if (doc.scopeText === null) {
      return [
        {
          subject: doc.documentId,
          severity: "low",
          title: "Could not verify the scope",
          detail: `The ${doc.label} scope (services and systems) was not found, so it cannot be shown to cover ${systems.join(", ")}.`,
          citation,
        },
      ];
    }
    return systems
      .filter(
        (system) => !textMentions(doc.scopeText!, system) && !(doc.holderText && textMentions(doc.holderText, system)),
      )
      .map((system) => ({
        subject: `${doc.documentId}:${normalizeText(system)}`,
        severity: forTier("high", vendor.tier),
        title: `${system} is not in the scope of the ${doc.label}`,
        detail: `The scope names: ${doc.scopeText}. It does not mention ${system}, so the document gives no assurance over it.`,
        citation,
      }));
  });
}
