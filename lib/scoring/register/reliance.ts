import { memoize } from "../memo";
import { entityKey, words } from "../names";
import type { BuyerService, EvidenceFlag, FactSource, VendorEvidence } from "../types";

// Authenticity signals that, if true, make the document worthless as evidence: the issuer cannot be
// identified, one certificate has two issuers, or the text was re-used from another company's report.
// Weaker signals (an unusually fast report, active content) stay ordinary flags.
const SERIOUS = [
  /another company|re-?used|near-identical|substitut/i,
  /no firm name|no (?:firm )?signature|not identif(?:ied|iable) as (?:a )?(?:licensed )?(?:cpa|audit)/i,
  /different certification bod|under a different certification body|two issuers/i,
  /names a different (?:organisation|organization|company)/i,
  /subservice organisations differ/i,
];

export function isSeriousAuthenticityFlag(flag: EvidenceFlag): boolean {
  return flag.kind === "authenticity" && SERIOUS.some((pattern) => pattern.test(flag.text));
}

export type DocumentKindLabel = "soc" | "certificate" | "other";

export function documentKind(vendor: VendorEvidence, documentId: string): DocumentKindLabel {
  if (vendor.socReports.some((doc) => doc.documentId === documentId)) return "soc";
  if (vendor.isoCertificates.some((doc) => doc.documentId === documentId)) return "certificate";
  return "other";
}

/** Documents with at least one serious authenticity signal, with those signals. */
export function gatedDocuments(vendor: VendorEvidence): Map<string, EvidenceFlag[]> {
  const gated = new Map<string, EvidenceFlag[]>();
  for (const flag of vendor.flags) {
    if (!isSeriousAuthenticityFlag(flag)) continue;
    gated.set(flag.documentId, [...(gated.get(flag.documentId) ?? []), flag]);
  }
  return gated;
}

// Words too common in company names to show two names are the same organisation.
const GENERIC = new Set([
  "and",
  "of",
  "the",
  "group",
  "holdings",
  "international",
  "global",
  "services",
  "service",
  "systems",
  "system",
  "technologies",
  "technology",
  "solutions",
  "software",
  "labs",
  "cloud",
  "platform",
  "data",
  "digital",
  "inc",
  "llc",
  "ltd",
  "limited",
  "corporation",
  "corp",
  "company",
  "co",
  "gmbh",
  "llp",
  "plc",
]);

// Callers must not mutate the returned set (it is shared through the memo).
const significantWords = memoize(
  (name: string): ReadonlySet<string> => new Set(words(name).filter((word) => word.length >= 3 && !GENERIC.has(word))),
);

/**
 * Could this organisation name be the vendor (or the contracted entity)? Deliberately lenient: a
 * document is only treated as another company's when the names share nothing, since hiding a real
 * document from the register is worse than reading a loosely named one.
 */
export function couldBeVendor(organisation: string, vendorNames: string[]): boolean {
  const key = entityKey(organisation);
  const orgWords = significantWords(organisation);
  return vendorNames.some((vendorName) => {
    const vendorKey = entityKey(vendorName);
    if (key === "" || vendorKey === "") return true;
    if (key.includes(vendorKey) || vendorKey.includes(key)) return true;
    for (const word of significantWords(vendorName)) if (orgWords.has(word) || key.includes(word)) return true;
    for (const word of orgWords) if (vendorKey.includes(word)) return true;
    return false;
  });
}

export type ForeignDocument = { documentId: string; organisation: string; source: FactSource | null };

/** Documents that name an organisation other than the vendor: another company's report, list or certificate. */
export function foreignDocuments(vendor: VendorEvidence, service: BuyerService): ForeignDocument[] {
  // A list is often headed with the product's name rather than the company's ("OneUptime", "Zulip").
  const names = [
    vendor.vendorName,
    ...(service.contractedEntity ? [service.contractedEntity] : []),
    service.name,
    ...service.systems,
  ];
  const named: ForeignDocument[] = [
    ...vendor.socReports.map((doc) => ({
      documentId: doc.documentId,
      organisation: doc.serviceOrganization ?? "",
      source: doc.sources.serviceOrganization ?? null,
    })),
    ...vendor.isoCertificates
      .filter((doc) => doc.docKind === "certificate")
      .map((doc) => ({
        documentId: doc.documentId,
        organisation: doc.holder ?? "",
        source: doc.sources.holder ?? null,
      })),
    ...vendor.subprocessorLists.map((doc) => ({
      documentId: doc.documentId,
      organisation: doc.organisation ?? "",
      source: doc.sources.vendor ?? doc.sources.organisation ?? null,
    })),
  ];
  return named.filter((doc) => doc.organisation.trim() !== "" && !couldBeVendor(doc.organisation, names));
}

/** The evidence without some documents (and their flags). */
export function withoutDocuments(vendor: VendorEvidence, ids: ReadonlySet<string>): VendorEvidence {
  if (ids.size === 0) return vendor;
  const keep = (doc: { documentId: string }) => !ids.has(doc.documentId);
  return {
    ...vendor,
    socReports: vendor.socReports.filter(keep),
    bridgeLetters: vendor.bridgeLetters.filter(keep),
    isoCertificates: vendor.isoCertificates.filter(keep),
    subprocessorLists: vendor.subprocessorLists.filter(keep),
    flags: vendor.flags.filter(keep),
  };
}

/**
 * The documents that name an organisation which is none of the vendor's names under any of the buyer's
 * services (or, with no service recorded, not the vendor's legal name): shown as a warning when the
 * analyst confirms such a document (a GitHub list uploaded to another vendor), the same rule the
 * scorer applies when it leaves them out (`document-names-vendor`).
 */
export function documentsNamingAnotherOrganisation(
  vendor: VendorEvidence,
  services: readonly Pick<BuyerService, "name" | "systems" | "contractedEntity">[],
): ForeignDocument[] {
  const asService = (s: Pick<BuyerService, "name" | "systems" | "contractedEntity">) =>
    ({
      ...s,
      id: "",
      dataTypes: [],
      regions: [],
      locations: [],
      criticality: "low",
      relianceDate: null,
    }) as BuyerService;
  // With no service recorded, only the vendor's legal name speaks for it (an empty name would match anything).
  const checks = services.length
    ? services.map(asService)
    : [asService({ name: vendor.vendorName, systems: [], contractedEntity: null })];
  const foreignUnder = checks.map((service) => new Set(foreignDocuments(vendor, service).map((doc) => doc.documentId)));
  return foreignDocuments(vendor, checks[0]!).filter((doc) => foreignUnder.every((ids) => ids.has(doc.documentId)));
}
