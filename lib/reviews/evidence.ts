import { evidenceFromExtracted } from "@/lib/scoring-io/from-extracted";
import type { Tier, VendorEvidence } from "@/lib/scoring";
import { nestFacts, type StoredFacts } from "./facts-json";

export type ConfirmedDocument = { documentId: string; stored: StoredFacts };

/** Pure: confirmed documents → the scorer's vendor evidence. */
export function evidenceFromConfirmed(
  vendor: { id: string; legalName: string; tier: Tier },
  docs: ConfirmedDocument[],
): VendorEvidence {
  const { evidence } = evidenceFromExtracted(
    { vendorId: vendor.id, vendorName: vendor.legalName, tier: vendor.tier },
    docs.map((d) => ({ documentId: d.documentId, facts: nestFacts(d.stored) })),
  );
  return evidence;
}

/** Reads a Document.confirmedFacts / extraction JSON value defensively. */
export function asStoredFacts(value: unknown): StoredFacts | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.doc_kind !== "string" || !v.facts || typeof v.facts !== "object") return null;
  return v as unknown as StoredFacts;
}
