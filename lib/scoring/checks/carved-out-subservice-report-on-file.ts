import type { CheckContext, GapDraft } from "../check-types";
import { cite, citeField, reliedOnSocReport } from "../evidence";
import { entityKey } from "../names";
import { forTier } from "../severity";

/** For each carved-out subservice organisation, is its own assurance report on file? (§3.6) */
export function checkCarvedOutSubserviceReportOnFile({ vendor }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  if (!report || report.subserviceOrgs === null) {
    return report && report.kind === "soc2"
      ? [
          {
            subject: report.documentId,
            severity: "low",
            title: "Could not verify subservice organisations",
            detail:
              "The report's subservice organisations were not extracted. Read the system description for carved-out providers.",
            citation: citeField(report, "subserviceOrgs"),
          },
        ]
      : [];
  }
  return report.subserviceOrgs.flatMap((org): GapDraft[] => {
    const subject = `${report.documentId}:${entityKey(org.name)}`;
    const citation = cite(report.documentId, org.source);
    if (org.method === null) {
      return [
        {
          subject,
          severity: "low",
          title: `Could not verify how ${org.name} is treated`,
          detail: `The report names ${org.name}${org.service ? ` (${org.service})` : ""} but does not say whether its controls were carved out or included.`,
          citation,
        },
      ];
    }
    if (org.method !== "carve-out" || org.reportOnFile === true) return [];
    return [
      {
        subject,
        severity: forTier("medium", vendor.tier),
        title: `No report on file for carved-out ${org.name}`,
        detail: `${org.name}${org.service ? ` (${org.service})` : ""} is carved out: its controls were not tested in this report. ${org.reportOnFile === false ? "Its own report is not on file." : "There is no record that you hold its own report."} Obtain it and review its CSOCs.`,
        citation,
        ownerRole: "vendor",
      },
    ];
  });
}
