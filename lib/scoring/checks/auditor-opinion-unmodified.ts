import type { CheckContext, GapDraft } from "../check-types";
import { citeField, reliedOnSocReport } from "../evidence";
import { forTier } from "../severity";

/** Is the auditor's opinion unmodified (clean)? Exceptions are not the opinion. (§3.3) */
export function checkAuditorOpinionUnmodified({ vendor }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  if (!report) return [];
  const citation = citeField(report, "opinion");
  switch (report.opinion) {
    case "unqualified":
      return [];
    case null:
      return [
        {
          subject: report.documentId,
          severity: "medium",
          title: "Could not verify the auditor's opinion",
          detail:
            "The opinion paragraph was not found in the report. Read Section I and record whether it is unqualified, qualified, adverse or a disclaimer.",
          citation,
        },
      ];
    case "qualified":
      return [
        {
          subject: report.documentId,
          severity: forTier("high", vendor.tier),
          title: "Qualified auditor's opinion",
          detail:
            'The auditor concluded "except for" one or more matters: some criteria were not met or the scope was limited. Read the basis-for-qualification paragraph and ask the vendor how each matter was fixed.',
          citation,
        },
      ];
    case "adverse":
      return [
        {
          subject: report.documentId,
          severity: "critical",
          title: "Adverse auditor's opinion",
          detail:
            "The auditor concluded the controls failed pervasively. The report gives no assurance; escalate before relying on this vendor.",
          citation,
        },
      ];
    case "disclaimer":
      return [
        {
          subject: report.documentId,
          severity: "critical",
          title: "Auditor disclaimed an opinion",
          detail: "The auditor could not obtain enough evidence to form an opinion. The report gives no assurance.",
          citation,
        },
      ];
  }
}
