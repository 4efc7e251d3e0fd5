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
} from "@/lib/scoring";
import { assembleVendorEvidence } from "./assemble-evidence";
import { asStoredFacts } from "./evidence";

export type CriteriaLookup = (actor: Actor, regions: Region[], tier: Tier) => Promise<CriteriaSet[]>;

/** The shipped defaults; the admin's saved sets replace them when lib/criteria provides them. */
export const defaultCriteriaLookup: CriteriaLookup = async (_actor, regions, tier) => defaultCriteriaFor(regions, tier);

/**
 * One scoring input per buyer service of the vendor, built from confirmed documents only, with the
 * analyst's CUEC mappings and "own report on file" answers laid over the extracted facts.
 */
export async function loadScoringInputs(
  actor: Actor,
  vendorId: string,
  asOf: string,
  criteriaFor: CriteriaLookup = defaultCriteriaLookup,
): Promise<ScoringInput[] | null> {
  const db = tenantDb(actor.tenantId);
  const vendor = await db.vendor.findFirst({
    where: { tenantId: actor.tenantId, id: vendorId },
    select: {
      id: true,
      legalName: true,
      tier: true,
      services: {
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
        select: {
          id: true,
          confirmedFacts: true,
          socReport: {
            select: {
              cuecs: { select: { text: true, buyerControl: true, ownerId: true, evidenceUrl: true } },
              subserviceOrgs: { select: { name: true, ownReportOnFile: true } },
            },
          },
        },
        orderBy: { uploadedAt: "asc" },
      },
    },
  });
  if (!vendor) return null;
  const ownerIds = vendor.documents
    .flatMap((d) => d.socReport?.cuecs.map((c) => c.ownerId) ?? [])
    .filter((x): x is string => Boolean(x));
  const owners = new Map(
    (
      await db.membership.findMany({
        where: { tenantId: actor.tenantId, userId: { in: ownerIds } },
        select: { userId: true, user: { select: { name: true } } },
      })
    ).map((m) => [m.userId, m.user.name]),
  );
  const confirmed = vendor.documents.flatMap((d) => {
    const stored = asStoredFacts(d.confirmedFacts);
    return stored ? [{ documentId: d.id, stored }] : [];
  });
  const evidence = assembleVendorEvidence(vendor, confirmed);
  for (const report of evidence.socReports) {
    const rows = vendor.documents.find((d) => d.id === report.documentId)?.socReport;
    if (!rows) continue;
    const cuecs = new Map(rows.cuecs.map((c) => [c.text, c]));
    report.cuecs =
      report.cuecs?.map((c) => {
        const row = cuecs.get(c.text);
        return row
          ? {
              ...c,
              mapping: {
                buyerControl: row.buyerControl,
                owner: row.ownerId ? (owners.get(row.ownerId) ?? null) : null,
                evidence: row.evidenceUrl,
              },
            }
          : c;
      }) ?? null;
    const orgs = new Map(rows.subserviceOrgs.map((s) => [s.name, s.ownReportOnFile]));
    report.subserviceOrgs =
      report.subserviceOrgs?.map((s) => ({ ...s, reportOnFile: orgs.get(s.name) ?? s.reportOnFile })) ?? null;
  }

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
  return inputs;
}
