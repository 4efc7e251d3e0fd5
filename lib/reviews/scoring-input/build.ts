import { fromDbDate } from "@/lib/dates";
import { DATA_TYPES, REGIONS, type BuyerService, type DataType, type Region, type Tier } from "@/lib/scoring";
import { readStoredFacts, type DocumentFacts } from "@/lib/evidence/facts/model";

/** A buyer service as stored, before it is checked against the scorer's vocabularies. */
export type StoredService = {
  id: string;
  name: string;
  systems: string[];
  dataTypes: string[];
  regions: string[];
  locations: string[];
  contractedLegalEntity: string | null;
  criticality: BuyerService["criticality"];
  relianceDate: Date | null;
  publicSector: boolean;
};

export type StoredVendorForScoring = {
  id: string;
  legalName: string;
  tier: Tier;
  services: StoredService[];
  documents: { id: string; confirmedFacts: unknown }[];
};

export type ConfirmedDocument = { documentId: string; facts: DocumentFacts };

/** Confirmed documents whose stored facts still validate against the fact schema. */
export function confirmedDocuments(documents: StoredVendorForScoring["documents"]): ConfirmedDocument[] {
  return documents.flatMap((d) => {
    const facts = readStoredFacts(d.confirmedFacts);
    return facts ? [{ documentId: d.id, facts }] : [];
  });
}

/** Member ids named as CUEC owners in the confirmed facts (the scorer reports owners by name). */
export function cuecOwnerIds(confirmed: ConfirmedDocument[]): string[] {
  return confirmed.flatMap(({ facts }) =>
    facts.kind === "soc1_report" || facts.kind === "soc2_report" || facts.kind === "soc3_report"
      ? (facts.fields.cuecs.value ?? []).flatMap((c) => (c.value?.ownerId ? [c.value.ownerId] : []))
      : [],
  );
}

/** The scorer's buyer service; values outside its vocabularies are dropped, not guessed. */
export function toBuyerService(s: StoredService): BuyerService {
  return {
    id: s.id,
    name: s.name,
    systems: s.systems,
    dataTypes: s.dataTypes.filter((d): d is DataType => (DATA_TYPES as readonly string[]).includes(d)),
    regions: serviceRegions(s),
    locations: s.locations,
    contractedEntity: s.contractedLegalEntity,
    criticality: s.criticality,
    relianceDate: fromDbDate(s.relianceDate),
    ...(s.publicSector ? { publicSector: true } : {}),
  };
}

export function serviceRegions(s: Pick<StoredService, "regions">): Region[] {
  return s.regions.filter((r): r is Region => (REGIONS as readonly string[]).includes(r));
}
