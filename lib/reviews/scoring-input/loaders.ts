import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb } from "@/lib/db";
import {
  defaultCriteriaFor,
  type CriteriaSet,
  type Region,
  type ScoringInput,
  type Tier,
  type VendorEvidence,
} from "@/lib/scoring";
import { assembleVendorEvidence } from "../assemble-evidence";
import { withPreviousLists } from "../rescore/previous-lists";
import { confirmedDocuments, cuecOwnerIds, serviceRegions, toBuyerService } from "./build";
import { SERVICE_FIELDS } from "@/lib/services/fields";
import { documentInWords } from "@/lib/evidence/documents/in-words";

export type CriteriaLookup = (actor: Actor, regions: Region[], tier: Tier) => Promise<CriteriaSet[]>;

/** The shipped defaults; the admin's saved sets replace them when lib/criteria provides them. */
export const defaultCriteriaLookup: CriteriaLookup = async (_actor, regions, tier) => defaultCriteriaFor(regions, tier);

/**
 * One scoring input per buyer service of the vendor, built from the confirmed facts of its
 * documents only (which hold the analyst's corrections, CUEC mappings and "own report on file" answers).
 */
export async function loadScoringInputs(
  actor: Actor,
  vendorId: string,
  asOf: string,
  criteriaFor: CriteriaLookup = defaultCriteriaLookup,
): Promise<ScoringInput[] | null> {
  return (await loadVendorScoring(actor, vendorId, asOf, criteriaFor))?.inputs ?? null;
}

/**
 * The scoring inputs plus what they share: the vendor's evidence and tier (also there with no service),
 * and each scored document named in words (for notes that would otherwise show its id).
 */
export type VendorScoring = {
  evidence: VendorEvidence;
  tier: Tier;
  inputs: ScoringInput[];
  documentNames: ReadonlyMap<string, string>;
};

export async function loadVendorScoring(
  actor: Actor,
  vendorId: string,
  asOf: string,
  criteriaFor: CriteriaLookup = defaultCriteriaLookup,
): Promise<VendorScoring | null> {
  const db = tenantDb(actor.tenantId);
  const vendor = await db.vendor.findFirst({
    where: { tenantId: actor.tenantId, id: vendorId },
    select: {
      id: true,
      legalName: true,
      tier: true,
      services: {
        // A retired service is no longer bought: nothing is measured against it.
        where: { retiredAt: null },
        select: {
          id: true,
          ...SERVICE_FIELDS,
        },
        orderBy: { name: "asc" },
      },
      // A deleted upload is never scored; a superseded one only as the previous version of its successor.
      documents: {
        where: { confirmedAt: { not: null }, deletedAt: null },
        select: { id: true, kind: true, filename: true, confirmedFacts: true, supersededById: true },
        orderBy: { uploadedAt: "asc" },
      },
    },
  });
  if (!vendor) return null;
  // A superseded document is scored only as the previous version of its successor (a sub-processor list).
  const successor = new Map(vendor.documents.map((d) => [d.id, d.supersededById]));
  const read = confirmedDocuments(vendor.documents).map((doc) => ({
    ...doc,
    supersededById: successor.get(doc.documentId) ?? null,
  }));
  const confirmed = read
    .filter((d) => d.supersededById === null)
    .map(({ documentId, facts }) => ({ documentId, facts }));
  const ownerIds = cuecOwnerIds(confirmed);
  const owners = new Map(
    ownerIds.length
      ? (
          await db.membership.findMany({
            where: { tenantId: actor.tenantId, userId: { in: ownerIds } },
            select: { userId: true, user: { select: { name: true } } },
          })
        ).map((m) => [m.userId, m.user.name])
      : [],
  );
  const identity = { vendorId: vendor.id, vendorName: vendor.legalName, tier: vendor.tier };
  const { evidence } = withPreviousLists(
    assembleVendorEvidence(identity, confirmed, (id) => owners.get(id) ?? null),
    identity,
    read,
  );

  const inputs: ScoringInput[] = [];
  for (const s of vendor.services) {
    const criteria = await criteriaFor(actor, serviceRegions(s), vendor.tier);
    inputs.push({ vendor: evidence, service: toBuyerService(s), criteria, asOf });
  }
  const facts = new Map(read.map((d) => [d.documentId, d.facts]));
  const documentNames = new Map(vendor.documents.map((d) => [d.id, documentInWords(d, facts.get(d.id) ?? null)]));
  return { evidence, tier: vendor.tier, inputs, documentNames };
}
