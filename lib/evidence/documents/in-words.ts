import type { DocumentFacts } from "@/lib/evidence/facts/model";
import { documentKindLabel } from "@/lib/vocabulary";

// Pure: a document named as a reader knows it — its kind and the period or date it speaks for —
// where a note or message would otherwise show an id. Without confirmed facts, its file name.

/** "the SOC 2 report for 2025-04-01 → 2026-03-31", "the bridge letter dated 2025-02-19", or "the SOC 2 report gsi.pdf". */
export function documentInWords(doc: { kind: string; filename: string }, facts: DocumentFacts | null): string {
  const label = documentKindLabel(facts?.kind ?? doc.kind);
  // Mid-sentence: "the bridge letter", but "the SOC 2 report" (an acronym keeps its capitals).
  const kind = /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
  const when = facts ? dateOf(facts) : null;
  return `the ${kind} ${when ?? `“${doc.filename}”`}`;
}

function dateOf(facts: DocumentFacts): string | null {
  switch (facts.kind) {
    case "soc1_report":
    case "soc2_report":
    case "soc3_report": {
      const { periodStart, periodEnd } = facts.fields;
      if (periodStart.value && periodEnd.value) return `for ${periodStart.value} → ${periodEnd.value}`;
      return periodEnd.value ? `as of ${periodEnd.value}` : null;
    }
    case "bridge_letter":
      return facts.fields.letterDate.value ? `dated ${facts.fields.letterDate.value}` : null;
    case "iso_certificate":
    case "other_certificate":
      return facts.fields.expiryDate.value ? `expiring ${facts.fields.expiryDate.value}` : null;
    case "subprocessor_list":
      return facts.fields.lastUpdated.value ? `updated ${facts.fields.lastUpdated.value}` : null;
    default:
      return null;
  }
}
