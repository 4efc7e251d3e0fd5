import { describeCertificate, describeSocReport } from "./describe";
import { currentIso27001Certificates, reliedOnSocReport } from "./evidence";
import type { FactSources, VendorEvidence } from "./types";

/** The relied-on SOC report and current ISO/IEC 27001 certificates, seen through what scope checks need. */
export type ScopedDocument = {
  documentId: string;
  label: string;
  sources: FactSources;
  scopeText: string | null;
  scopeField: string;
  locations: string[] | null;
  locationsField: string;
  entity: string | null;
  entityField: string;
  /**
   * Text naming who the document is about (a certificate's holder and sites). A certificate's scope
   * states activities, not product names (ISO/IEC 17021-1 §8.2.2 f): a system printed as the
   * holder's brand is covered by the holder's certified activities.
   */
  holderText: string | null;
};

export function scopedDocuments(vendor: VendorEvidence): ScopedDocument[] {
  const docs: ScopedDocument[] = [];
  const report = reliedOnSocReport(vendor);
  if (report) {
    const parts = [report.systemName, ...(report.inScopeServices ?? [])].filter((part): part is string => !!part);
    docs.push({
      documentId: report.documentId,
      label: describeSocReport(report),
      sources: report.sources,
      scopeText: parts.length ? parts.join(" ; ") : null,
      scopeField: "inScopeServices",
      locations: report.inScopeLocations,
      locationsField: "inScopeLocations",
      entity: report.serviceOrganization,
      entityField: "serviceOrganization",
      holderText: null,
    });
  }
  for (const cert of currentIso27001Certificates(vendor)) {
    docs.push({
      documentId: cert.documentId,
      label: describeCertificate(cert),
      sources: cert.sources,
      scopeText: cert.scopeStatement,
      scopeField: "scopeStatement",
      locations: cert.sites,
      locationsField: "sites",
      entity: cert.holder,
      entityField: "holder",
      holderText: [cert.holder, ...(cert.sites ?? [])].filter(Boolean).join(" ; ") || null,
    });
  }
  return docs;
}
