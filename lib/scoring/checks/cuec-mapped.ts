import type { CheckContext, GapDraft } from "../check-types";
import { cite, citeField, reliedOnSocReport } from "../evidence";

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
  // One finding per report: the CUECs are one obligation set, tracked as a checklist inside it.
  const unmapped: string[] = [];
  const incomplete: string[] = [];
  for (const cuec of report.cuecs) {
    const criteria = cuec.criteria.length ? ` (${cuec.criteria.join(", ")})` : "";
    if (!cuec.mapping?.buyerControl) {
      unmapped.push(`[ ] ${cuec.text.replace(/\s+$/, "")}${criteria}`);
      continue;
    }
    const missing = [!cuec.mapping.owner && "owner", !cuec.mapping.evidence && "evidence"].filter(Boolean);
    if (missing.length > 0)
      incomplete.push(`[~] ${cuec.text} -> ${cuec.mapping.buyerControl} (no ${missing.join(", no ")})`);
  }
  unmapped.sort();
  incomplete.sort();
  const unlisted =
    report.cuecCount !== null && report.cuecCount > report.cuecs.length ? report.cuecCount - report.cuecs.length : 0;
  if (unmapped.length === 0 && incomplete.length === 0 && unlisted === 0) return [];
  const total = report.cuecCount ?? report.cuecs.length;
  const open = unmapped.length + unlisted;
  const parts = [
    `The report relies on you for ${total} complementary user entity control${total === 1 ? "" : "s"}; ${open > 0 ? `${open} ha${open === 1 ? "s" : "ve"} no control of yours mapped` : "all are mapped"}${incomplete.length ? `, ${incomplete.length} lack an owner or evidence` : ""}.`,
    ...unmapped,
    ...incomplete,
    ...(unlisted > 0
      ? [`[ ] ${unlisted} more listed in the report but not captured: read the CUEC section and add them.`]
      : []),
  ];
  const byText = [...report.cuecs].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const first = byText.find((cuec) => !cuec.mapping?.buyerControl) ?? byText[0];
  return [
    {
      subject: `${report.documentId}:cuecs`,
      severity: open > 0 ? "medium" : "low",
      title:
        open > 0
          ? `${open} CUEC${open === 1 ? "" : "s"} with no buyer control mapped`
          : "CUECs mapped but without owner or evidence",
      detail: parts.join("\n"),
      citation: first ? cite(report.documentId, first.source) : citeField(report, "cuecs"),
    },
  ];
}
