import type { CheckContext, GapDraft } from "../check-types";
import { cite, citeField, reliedOnSocReport } from "../evidence";
import { shortHash } from "../hash";
import { normalizeText } from "../names";

/** Does each complementary user entity control have a buyer control, an owner and evidence? (§3.5) */
export function checkCuecMapped({ vendor }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  if (!report || report.kind === "soc3") return [];
  if (report.cuecs === null) {
    return [
      {
        subject: report.documentId,
        severity: "low",
        title: "Could not verify the CUECs",
        detail:
          "The complementary user entity controls section was not extracted. Read it and map each CUEC to one of your controls.",
        citation: citeField(report, "cuecs"),
      },
    ];
  }
  const gaps: GapDraft[] = report.cuecs.flatMap((cuec): GapDraft[] => {
    const subject = `${report.documentId}:${shortHash(normalizeText(cuec.text))}`;
    const citation = cite(report.documentId, cuec.source);
    const criteria = cuec.criteria.length ? ` (${cuec.criteria.join(", ")})` : "";
    if (!cuec.mapping?.buyerControl) {
      return [
        {
          subject,
          severity: "medium",
          title: "CUEC with no buyer control mapped",
          detail: `The report relies on you to do this${criteria}: "${cuec.text}" No control of yours is mapped to it yet.`,
          citation,
        },
      ];
    }
    const missing = [!cuec.mapping.owner && "an owner", !cuec.mapping.evidence && "evidence"].filter(Boolean);
    if (missing.length === 0) return [];
    return [
      {
        subject,
        severity: "low",
        title: `CUEC mapped but without ${missing.join(" or ")}`,
        detail: `"${cuec.text}" is mapped to "${cuec.mapping.buyerControl}", which has no ${missing.join(" and no ")} recorded.`,
        citation,
      },
    ];
  });
  if (report.cuecCount !== null && report.cuecCount > report.cuecs.length) {
    const unlisted = report.cuecCount - report.cuecs.length;
    gaps.push({
      subject: `${report.documentId}:unlisted`,
      severity: "medium",
      title: `${unlisted} CUECs not itemised`,
      detail: `The report lists ${report.cuecCount} CUECs; only ${report.cuecs.length} were captured. Each one left out cannot be mapped to a buyer control.`,
      citation: citeField(report, "cuecs"),
    });
  }
  return gaps;
}
