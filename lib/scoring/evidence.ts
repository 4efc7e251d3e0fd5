import { compareDates } from "./dates";
import type { Citation, FactSource, IsoCertificate, SocReport, VendorEvidence } from "./types";

// Which documents the checks read. Written once so every check agrees on "the current report".

function byLatest<T>(date: (item: T) => string | null, id: (item: T) => string) {
  return (a: T, b: T) => {
    const da = date(a);
    const db = date(b);
    if (da && db && da !== db) return compareDates(db, da);
    if (da && !db) return -1;
    if (!da && db) return 1;
    return id(a).localeCompare(id(b));
  };
}

const latestReportFirst = byLatest<SocReport>(
  (report) => report.periodEnd,
  (report) => report.documentId,
);

export function soc2Reports(vendor: VendorEvidence): SocReport[] {
  return vendor.socReports.filter((report) => report.kind === "soc2").sort(latestReportFirst);
}

/** The report a reviewer would read: the latest SOC 2, else the latest SOC report of any kind. */
export function reliedOnSocReport(vendor: VendorEvidence): SocReport | null {
  // Most checks ask this of a vendor with one report: nothing to choose between.
  if (vendor.socReports.length <= 1) return vendor.socReports[0] ?? null;
  return soc2Reports(vendor)[0] ?? [...vendor.socReports].sort(latestReportFirst)[0] ?? null;
}

export function isType2Soc2(report: SocReport): boolean {
  return report.kind === "soc2" && report.type === "type_2";
}

const ISO_27001 = /(^|\D)27001(\D|$)/;

export function is27001(standard: string | null): boolean {
  return standard !== null && ISO_27001.test(standard);
}

const latestExpiryFirst = byLatest<IsoCertificate>(
  (doc) => doc.expiryDate,
  (doc) => doc.documentId,
);

export function iso27001Certificates(vendor: VendorEvidence): IsoCertificate[] {
  return vendor.isoCertificates
    .filter((doc) => doc.docKind === "certificate" && is27001(doc.standard))
    .sort(latestExpiryFirst);
}

/**
 * ISO/IEC 27001 certificates still worth checking: a certificate is dropped only when another one
 * on file expires strictly later (it was renewed). Copies with the same dates are all kept.
 */
export function currentIso27001Certificates(vendor: VendorEvidence): IsoCertificate[] {
  const all = iso27001Certificates(vendor);
  const latestExpiry = all[0]?.expiryDate ?? null;
  if (latestExpiry === null) return all;
  return all.filter((doc) => doc.expiryDate === null || compareDates(doc.expiryDate, latestExpiry) >= 0);
}

export function cite(documentId: string, source: FactSource | null | undefined): Citation {
  return { documentId, page: source?.page ?? null, quote: source?.quote ?? null };
}

export function citeField(doc: { documentId: string; sources: Record<string, FactSource> }, field: string): Citation {
  return cite(doc.documentId, doc.sources[field]);
}
