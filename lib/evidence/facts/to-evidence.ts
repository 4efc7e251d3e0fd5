// THE conversion from confirmed facts to the scorer's input: every path from facts to scoring (re-score,
// confirm, the corpus golden tests and the register fixture) goes through evidenceFromFacts.
import type {
  Cuec,
  EvidenceFlag,
  FactSource,
  FactSources,
  Opinion,
  SocKind,
  SocType,
  SubserviceMethod,
  Tier,
  TscCategory,
  VendorEvidence,
} from "@/lib/scoring";
import type { Cited, DocumentFacts, FactsOf } from "./model";

export type VendorIdentity = { vendorId: string; vendorName: string; tier: Tier };
export type FactsDocument = { documentId: string; facts: DocumentFacts };
/** Name of the team member a CUEC's owner id points at (null when they left). */
export type OwnerNames = (userId: string) => string | null;

function citation(c: { page: number | null; quote: string | null }): FactSource | null {
  return c.page !== null || c.quote !== null ? { page: c.page, quote: c.quote } : null;
}

/** Each field's citation under its own name (the scorer's field names), where one is known. */
function sourcesOf(fields: Record<string, Cited<unknown>>): FactSources {
  const out: FactSources = {};
  for (const [name, f] of Object.entries(fields))
    if (f.page !== null || f.quote) out[name] = { page: f.page, quote: f.quote };
  return out;
}

const SOC_KIND = { soc1_report: "soc1", soc2_report: "soc2", soc3_report: "soc3" } as const satisfies Record<
  string,
  SocKind
>;

type SocFacts = FactsOf<"soc1_report"> | FactsOf<"soc2_report"> | FactsOf<"soc3_report">;

function socReport(documentId: string, facts: SocFacts, ownerName: OwnerNames) {
  const f = facts.fields;
  const cuecItems = f.cuecs.value;
  const cuecs: Cuec[] | null =
    cuecItems?.map((item) => {
      const v = item.value!;
      const mapped = v.buyerControl !== null || v.ownerId !== null || v.evidenceUrl !== null;
      return {
        text: v.text,
        criteria: v.criteria ?? [],
        mapping: mapped
          ? {
              buyerControl: v.buyerControl,
              owner: v.ownerId ? ownerName(v.ownerId) : null,
              evidence: v.evidenceUrl,
            }
          : null,
        source: citation(item),
      };
    }) ?? null;
  const count = f.cuecCount.value;
  return {
    documentId,
    kind: SOC_KIND[facts.kind],
    type: facts.kind === "soc2_report" ? (facts.fields.type.value as SocType | null) : null,
    periodStart: f.periodStart.value,
    periodEnd: f.periodEnd.value,
    reportDate: f.reportDate.value,
    nextReportDate: f.nextReportDate.value,
    auditor: f.auditor.value,
    opinion: f.opinion.value as Opinion | null,
    tscCategories: facts.kind === "soc1_report" ? null : (facts.fields.tscCategories.value as TscCategory[] | null),
    serviceOrganization: f.serviceOrganization.value,
    systemName: f.systemName.value,
    inScopeServices: f.inScopeServices.value,
    inScopeLocations: f.inScopeLocations.value,
    exceptions:
      facts.kind === "soc3_report"
        ? null
        : (facts.fields.exceptions.value?.map((item) => ({
            criteria: item.value!.criteria ?? [],
            control: item.value!.control,
            deviation: item.value!.deviation,
            managementResponse: item.value!.managementResponse ?? null,
            source: citation(item),
          })) ?? null),
    cuecs,
    cuecCount: count !== null && cuecs !== null && count > cuecs.length ? count : null,
    subserviceOrgs:
      f.subserviceOrgs.value?.map((item) => ({
        name: item.value!.name,
        service: item.value!.service,
        method: item.value!.method as SubserviceMethod | null,
        reportOnFile: item.value!.reportOnFile,
        source: citation(item),
      })) ?? null,
    sources: sourcesOf(f),
  };
}

function flagsOf(documentId: string, facts: DocumentFacts): EvidenceFlag[] {
  return facts.flags.map((flag) => ({
    documentId,
    kind: flag.value!.kind,
    text: flag.value!.text,
    source: citation(flag),
  }));
}

/** Pure: a vendor's confirmed documents → the scorer's vendor evidence. Documents of unknown kind are skipped and listed. */
export function evidenceFromFacts(
  vendor: VendorIdentity,
  documents: FactsDocument[],
  ownerName: OwnerNames = () => null,
): { evidence: VendorEvidence; skipped: string[] } {
  const evidence: VendorEvidence = {
    ...vendor,
    socReports: [],
    bridgeLetters: [],
    isoCertificates: [],
    subprocessorLists: [],
    flags: [],
  };
  const skipped: string[] = [];
  for (const { documentId, facts } of documents) {
    switch (facts.kind) {
      case "soc1_report":
      case "soc2_report":
      case "soc3_report":
        evidence.socReports.push(socReport(documentId, facts, ownerName));
        evidence.flags.push(...flagsOf(documentId, facts));
        break;
      case "bridge_letter": {
        const f = facts.fields;
        evidence.bridgeLetters.push({
          documentId,
          issuer: f.issuer.value,
          letterDate: f.letterDate.value,
          coversFrom: f.coversFrom.value,
          coversThrough: f.coversThrough.value,
          bridgedReportId: null,
          bridgedPeriodEnd: f.bridgedPeriodEnd.value,
          scopeServices: f.scopeServices.value,
          nextReportExpected: f.nextReportExpected.value,
          sources: sourcesOf(f),
        });
        evidence.flags.push(...flagsOf(documentId, facts));
        break;
      }
      case "iso_certificate":
      case "other_certificate":
      case "claims_page": {
        const f = facts.fields;
        const certificate = facts.kind === "claims_page" ? null : facts.fields;
        evidence.isoCertificates.push({
          documentId,
          docKind: certificate ? "certificate" : "claims_page",
          standard: certificate?.standard.value ?? null,
          standardVersion: certificate?.standardVersion.value ?? null,
          holder: f.holder.value,
          certificateNumber: f.certificateNumber.value,
          certificationBody: f.certificationBody.value,
          accreditationBody: f.accreditationBody.value,
          issueDate: f.issueDate.value,
          originalCertificationDate: f.originalCertificationDate.value,
          expiryDate: f.expiryDate.value,
          lastSurveillanceDate: f.lastSurveillanceDate.value,
          surveillanceDue: f.surveillanceDue.value,
          soaReference: f.soaReference.value,
          scopeStatement: f.scopeStatement.value,
          sites: f.sites.value,
          sources: sourcesOf(f),
        });
        evidence.flags.push(...flagsOf(documentId, facts));
        break;
      }
      case "subprocessor_list": {
        // A list's reading flags have never been scored: they describe the page, not the vendor's assurance.
        const organisation = facts.fields.vendor.value;
        evidence.subprocessorLists.push({
          documentId,
          ...(organisation ? { organisation } : {}),
          entries: (facts.fields.subprocessors.value ?? []).map((item) => ({
            name: item.value!.name,
            purpose: item.value!.purpose,
            locations: item.value!.locations,
            handlesBuyerData: item.value!.handlesBuyerData,
            source: citation(item),
          })),
          sources: sourcesOf(facts.fields),
        });
        break;
      }
      default:
        skipped.push(documentId);
    }
  }
  return { evidence, skipped };
}
