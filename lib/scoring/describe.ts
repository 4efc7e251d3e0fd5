import type { IsoCertificate, SocReport, VendorEvidence } from "./types";

const SOC_LABEL = { soc1: "SOC 1", soc2: "SOC 2", soc3: "SOC 3" } as const;

export function describeSocReport(report: SocReport): string {
  const type = report.type === "type_1" ? " Type 1" : report.type === "type_2" ? " Type 2" : "";
  const period =
    report.periodStart && report.periodEnd
      ? ` for ${report.periodStart} to ${report.periodEnd}`
      : report.periodEnd
        ? ` ending ${report.periodEnd}`
        : "";
  return `${SOC_LABEL[report.kind]}${type} report${period}`;
}

export function describeCertificate(doc: IsoCertificate): string {
  if (doc.docKind === "claims_page") return "a certification claims page";
  const standard = doc.standard ?? "unknown standard";
  const version = doc.standardVersion ? `:${doc.standardVersion}` : "";
  return `${standard}${version} certificate${doc.certificateNumber ? ` ${doc.certificateNumber}` : ""}`;
}

export function describeEvidenceOnFile(vendor: VendorEvidence): string {
  const byId = (a: { documentId: string }, b: { documentId: string }) =>
    a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;
  const items = [
    ...[...vendor.socReports].sort(byId).map(describeSocReport),
    ...[...vendor.isoCertificates].sort(byId).map(describeCertificate),
  ];
  return items.length === 0 ? "No SOC report or ISO certificate is on file." : `On file: ${items.join("; ")}.`;
}

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
