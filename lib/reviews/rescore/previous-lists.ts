// Pure: a sub-processor list that superseded an earlier one carries that one as `previous`, so the
// scorer can compare the versions (lib/scoring/checks/subprocessor-list-changes.ts).
import { evidenceFromFacts, type FactsDocument, type VendorIdentity } from "@/lib/evidence/facts/to-evidence";
import type { VendorEvidence } from "@/lib/scoring";

export function withPreviousLists<T extends { evidence: VendorEvidence }>(
  assembled: T,
  vendor: VendorIdentity,
  documents: (FactsDocument & { supersededById: string | null })[],
): T {
  const previousOf = new Map(
    documents.flatMap((doc) =>
      doc.supersededById && doc.facts.kind === "subprocessor_list" ? [[doc.supersededById, doc] as const] : [],
    ),
  );
  if (previousOf.size === 0) return assembled;
  const subprocessorLists = assembled.evidence.subprocessorLists.map((list) => {
    const older = previousOf.get(list.documentId);
    if (!older) return list;
    const previous = evidenceFromFacts(vendor, [{ documentId: older.documentId, facts: older.facts }]).evidence
      .subprocessorLists[0];
    return previous ? { ...list, previous } : list;
  });
  return { ...assembled, evidence: { ...assembled.evidence, subprocessorLists } };
}
