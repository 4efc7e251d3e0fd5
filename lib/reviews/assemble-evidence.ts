// Pure: a vendor's confirmed documents (typed facts), read together, -> the scorer's evidence. The
// app's re-score (scoring-input/loaders.ts) and the command-line review (scripts/review/run.ts) both call this,
// so they agree. See docs/decisions/013-register-assembly.md and 008-fact-model.md.
import { addCrossDocumentFlags, type CrossDocumentFacts } from "@/lib/extraction/cross-document";
import type { DocumentFacts } from "@/lib/evidence/facts/model";
import {
  evidenceFromFacts,
  type FactsDocument,
  type OwnerNames,
  type VendorIdentity,
} from "@/lib/evidence/facts/to-evidence";
import type { VendorEvidence } from "@/lib/scoring";

/** The few typed fields the cross-document check compares, under the reading names it reads. */
function crossDocumentView(facts: DocumentFacts): CrossDocumentFacts {
  const authenticity_flags = facts.flags.flatMap((f) => (f.value?.kind === "authenticity" ? [f.value.text] : []));
  const read = (value: unknown) => ({ value });
  switch (facts.kind) {
    case "soc1_report":
    case "soc2_report":
    case "soc3_report": {
      const f = facts.fields;
      return {
        doc_kind: facts.kind,
        authenticity_flags,
        facts: {
          service_organization: read(f.serviceOrganization.value),
          period_start: read(f.periodStart.value),
          period_end: read(f.periodEnd.value),
          subservice_organizations: read(f.subserviceOrgs.value?.map((item) => ({ name: item.value!.name })) ?? null),
        },
      };
    }
    case "iso_certificate":
    case "other_certificate":
    case "claims_page":
      return {
        doc_kind: facts.kind,
        authenticity_flags,
        facts: {
          certificate_number: read(facts.fields.certificateNumber.value),
          certification_body: read(facts.fields.certificationBody.value),
        },
      };
    default:
      return { doc_kind: facts.kind, authenticity_flags, facts: {} };
  }
}

/**
 * Adds the flags that only show across documents (one certificate number under two bodies, one
 * report period with two subservice lists) to copies of the typed facts, as authenticity flags, then
 * converts with evidenceFromFacts. Nothing stored is mutated.
 */
export function assembleVendorEvidence(
  vendor: VendorIdentity,
  documents: FactsDocument[],
  ownerName?: OwnerNames,
): { evidence: VendorEvidence; skipped: string[] } {
  const views = documents.map((doc) => ({ name: doc.documentId, result: crossDocumentView(doc.facts) }));
  const before = views.map((view) => view.result.authenticity_flags.length);
  addCrossDocumentFlags(views);
  const withFlags = documents.map((doc, i): FactsDocument => {
    const added = views[i]!.result.authenticity_flags.slice(before[i]);
    if (added.length === 0) return doc;
    const flags = added.map((text) => ({
      id: `cross-document:${i}:${text}`,
      value: { kind: "authenticity" as const, text },
      page: null,
      quote: null,
      confidence: 1,
      source: "text" as const,
    }));
    return { ...doc, facts: { ...doc.facts, flags: [...doc.facts.flags, ...flags] } as DocumentFacts };
  });
  return evidenceFromFacts(vendor, withFlags, ownerName);
}
