// Flags that only show when a vendor's documents are read together (the app reviews a vendor's whole set).
import type { ExtractionSuccess } from "./types";

/** What the check reads: an extraction result, or the confirmed facts stored from one. */
export type CrossDocumentFacts = Pick<ExtractionSuccess, "authenticity_flags" | "flag_citations"> & {
  doc_kind: string;
  facts: Record<string, CitedValue | undefined>;
};

/** A fact as the check needs it: its value, and where it is printed when known. */
type CitedValue = { value: unknown; page?: number | null; quote?: string | null };

type Named = { name: string; result: CrossDocumentFacts };

function norm(s: unknown): string {
  return String(s ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function sameEntity(a: string, b: string): boolean {
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** Adds authenticity flags in place and returns how many were added. */
export function addCrossDocumentFlags(docs: Named[]): number {
  let added = 0;
  // The flag is cited where the document's own conflicting value is printed (its fact's page and quote).
  const flag = (d: Named, text: string, evidence: CitedValue | undefined) => {
    if (!d.result.authenticity_flags.includes(text)) {
      d.result.authenticity_flags.push(text);
      (d.result.flag_citations ??= []).push({
        flag: text,
        page: evidence?.page ?? null,
        quote: evidence?.quote ?? null,
        ...(evidence?.page ? {} : { note: `compared with another document; no page holds the value in "${d.name}"` }),
      });
      added++;
    }
  };
  const certs = docs.filter((d) => d.result.facts.certificate_number?.value);
  for (const a of certs) {
    for (const b of certs) {
      if (a === b) continue;
      const numA = norm(a.result.facts.certificate_number!.value);
      const bodyA = norm(a.result.facts.certification_body?.value);
      const bodyB = norm(b.result.facts.certification_body?.value);
      if (numA === norm(b.result.facts.certificate_number!.value) && bodyA && bodyB && !sameEntity(bodyA, bodyB)) {
        flag(
          a,
          `Certificate number ${String(a.result.facts.certificate_number!.value)} also appears in "${b.name}" under a different certification body (${String(b.result.facts.certification_body!.value)})`,
          a.result.facts.certificate_number,
        );
      }
    }
  }
  const socs = docs.filter(
    (d) => /^soc[123]_report$/.test(d.result.doc_kind) && d.result.facts.service_organization?.value,
  );
  for (const a of socs) {
    for (const b of socs) {
      if (a === b) continue;
      const f = a.result.facts;
      const g = b.result.facts;
      if (!sameEntity(norm(f.service_organization!.value), norm(g.service_organization!.value))) continue;
      if (f.period_start?.value !== g.period_start?.value || f.period_end?.value !== g.period_end?.value) continue;
      const subsA = ((f.subservice_organizations?.value as { name: string }[] | null) ?? [])
        .map((s) => norm(s.name))
        .sort();
      const subsB = ((g.subservice_organizations?.value as { name: string }[] | null) ?? [])
        .map((s) => norm(s.name))
        .sort();
      if (subsA.length && subsB.length && subsA.join("|") !== subsB.join("|")) {
        flag(
          a,
          `Subservice organisations differ from "${b.name}" for the same organisation and period`,
          f.subservice_organizations,
        );
      }
    }
  }
  return added;
}
