import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb } from "@/lib/db";
import { fromDbDate } from "@/lib/dates";
import {
  DATA_TYPES,
  REGIONS,
  defaultCriteriaFor,
  type BuyerService,
  type CriteriaSet,
  type DataType,
  type Region,
  type ScoringInput,
  type Tier,
  type VendorEvidence,
} from "@/lib/scoring";
import { readStoredFacts } from "@/lib/evidence/facts/model";
import { assembleVendorEvidence } from "./assemble-evidence";

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

/** The scoring inputs plus what they share: the vendor's evidence and tier (also there with no service). */
export type VendorScoring = { evidence: VendorEvidence; tier: Tier; inputs: ScoringInput[] };

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
          name: true,
          systems: true,
          dataTypes: true,
          regions: true,
          locations: true,
          contractedLegalEntity: true,
          criticality: true,
          relianceDate: true,
        },
        orderBy: { name: "asc" },
      },
      documents: {
        where: { confirmedAt: { not: null } },
        select: { id: true, confirmedFacts: true },
        orderBy: { uploadedAt: "asc" },
      },
    },
  });
  if (!vendor) return null;
  const confirmed = vendor.documents.flatMap((d) => {
    const facts = readStoredFacts(d.confirmedFacts);
    return facts ? [{ documentId: d.id, facts }] : [];
  });
  // CUEC owners are stored by member id in the confirmed facts; the scorer reports them by name.
  const ownerIds = confirmed.flatMap(({ facts }) =>
    facts.kind === "soc1_report" || facts.kind === "soc2_report" || facts.kind === "soc3_report"
      ? (facts.fields.cuecs.value ?? []).flatMap((c) => (c.value?.ownerId ? [c.value.ownerId] : []))
      : [],
  );
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
  const { evidence } = assembleVendorEvidence(
    { vendorId: vendor.id, vendorName: vendor.legalName, tier: vendor.tier },
    confirmed,
    (id) => owners.get(id) ?? null,
  );

  const inputs: ScoringInput[] = [];
  for (const s of vendor.services) {
    const regions = s.regions.filter((r): r is Region => (REGIONS as readonly string[]).includes(r));
    const service: BuyerService = {
      id: s.id,
      name: s.name,
      systems: s.systems,
      dataTypes: s.dataTypes.filter((d): d is DataType => (DATA_TYPES as readonly string[]).includes(d)),
      regions,
      locations: s.locations,
      contractedEntity: s.contractedLegalEntity,
      criticality: s.criticality,
      relianceDate: fromDbDate(s.relianceDate),
    };
    inputs.push({ vendor: evidence, service, criteria: await criteriaFor(actor, regions, vendor.tier), asOf });
  }
  return { evidence, tier: vendor.tier, inputs };
}
