// Bridge letters in the other ways vendors write them (issue #12: the rules must read the next vendor's letter, not
// one phrasing): a table of label rows, a "gap letter" that runs to its own date, "the twelve-month period ended …",
// the bridge period named before the report's, and "engaged X" with the next report's period beside the bridge's.
// Each style is drawn from the same spec as the default letter, so its expected facts follow from the spec.
import { addDays, addMonths, formatDate, isoToUtcDate } from "./dates";
import { createPdf, paragraph, PAGE, CONTENT_WIDTH } from "./pdf-layout";
import { letterhead, type BridgeLetterExpected, type BridgeLetterSpec } from "./generate-bridge-letter";

export const BRIDGE_STYLES = ["table", "gap_letter", "ended_period", "bridge_first", "engaged"] as const;
export type BridgeStyle = (typeof BRIDGE_STYLES)[number];

const CLOSINGS = ["Sincerely,", "Kind regards,", "Best regards,", "Respectfully,", "Regards,"] as const;

export async function generateStyledBridgeLetter(
  spec: BridgeLetterSpec,
  style: BridgeStyle,
): Promise<{ pdf: Buffer; expected: BridgeLetterExpected }> {
  const d = (iso: string) => formatDate(iso, spec.dateFormat);
  // "The twelve-month period ended" only describes a Type 2 period of a year.
  const type = style === "ended_period" || spec.reportType === "type_2" ? "SOC 2 Type 2" : "SOC 2 Type 1";
  const periodStart = style === "ended_period" ? addDays(addMonths(spec.periodEnd, -12), 1) : spec.periodStart;
  const from = addDays(spec.periodEnd, 1);
  // A gap letter and an "ended" letter vouch for the time up to their own date.
  const asOf = style === "gap_letter" || style === "ended_period" ? spec.letterDate : spec.asOfDate;
  const closing = CLOSINGS[spec.seed % CLOSINGS.length]!;
  const short = spec.issuer.split(/\s+/)[0]!;
  const { doc, done } = createPdf(`${spec.issuer} bridge letter`, isoToUtcDate(spec.letterDate));
  const row = (label: string, value: string) => {
    const y = doc.y;
    doc.font("Helvetica-Bold").fontSize(10).text(label, PAGE.left, y, { width: 150 });
    doc
      .font("Helvetica")
      .fontSize(10)
      .text(value, PAGE.left + 160, y, { width: CONTENT_WIDTH - 160 });
    doc.moveDown(0.3);
  };
  const changes = spec.materialChanges;
  const noChange = "management is not aware of any material changes to the controls described in the report.";

  if (style === "table") {
    doc
      .font("Helvetica-Bold")
      .fontSize(14)
      .text("BRIDGE LETTER", PAGE.left, PAGE.top - 20);
    doc.moveDown(1);
    row("Issued by:", spec.issuer);
    row("Date:", d(spec.letterDate));
    row("Report type", type);
    row("Service auditor", spec.auditor);
    row("Report period", `${d(spec.periodStart)} – ${d(spec.periodEnd)}`);
    row("Report date", d(spec.reportDate));
    row("Bridge period", `${d(from)} – ${d(asOf)}`);
    doc.moveDown(1);
    paragraph(
      doc,
      changes
        ? `For the bridge period, management has identified the following change: ${changes}`
        : `${spec.issuer} management represents that, for the bridge period stated above, there have been no significant changes in the design or operation of the controls described in the report.`,
    );
  } else {
    letterhead(doc, spec);
    const city = spec.issuerAddress.split(",").at(-2)?.trim() ?? "London";
    paragraph(
      doc,
      style === "gap_letter"
        ? `${city}, ${d(spec.letterDate)}`
        : style === "bridge_first"
          ? `Dated: ${d(spec.letterDate)}`
          : d(spec.letterDate),
    );
    if (style === "gap_letter") {
      paragraph(doc, `Gap Letter – ${type}`, { bold: true });
      paragraph(
        doc,
        `Our most recent ${type} report was prepared by ${spec.auditor} and covers the period ${d(spec.periodStart)} to ${d(spec.periodEnd)}. The report was issued on ${d(spec.reportDate)}.`,
      );
      paragraph(
        doc,
        `This gap letter addresses the period between the end of the reporting period (${d(spec.periodEnd)}) and the date of this letter.${changes ? ` During this period we made the following change: ${changes}` : ""}`,
      );
      paragraph(doc, `${changes ? "Apart from the change above, " : ""}${noChange}`);
    } else if (style === "ended_period") {
      paragraph(doc, `Re: Bridge Letter – ${type} Report`, { bold: true });
      paragraph(
        doc,
        `${spec.issuer}'s ${type} report, issued by ${spec.auditor} on ${d(spec.reportDate)}, covers the twelve-month period ended ${d(spec.periodEnd)}.`,
      );
      paragraph(
        doc,
        changes
          ? `Since ${d(spec.periodEnd)} and through the date of this letter, we made the following change: ${changes}`
          : `We are not aware of any significant changes to our system or controls since ${d(spec.periodEnd)} and through the date of this letter.`,
      );
    } else if (style === "bridge_first") {
      paragraph(
        doc,
        `${spec.issuer} ("${short}") is providing this bridge letter covering the period ${d(from)} through ${d(asOf)}. Our most recent ${type} report, covering ${d(spec.periodStart)} to ${d(spec.periodEnd)}, was completed by ${spec.auditor} and the opinion is dated ${d(spec.reportDate)}.`,
      );
      if (changes) {
        paragraph(doc, "During the bridge period, the following material changes occurred:");
        paragraph(doc, `•  ${changes}`);
        paragraph(
          doc,
          "Other than the change above, management is not aware of any changes that would materially affect the controls.",
        );
      } else paragraph(doc, `During the bridge period, ${noChange}`);
    } else {
      paragraph(doc, "To Whom It May Concern:");
      paragraph(
        doc,
        `${spec.issuer} ("${short}") engaged ${spec.auditor}, an independent CPA firm, to examine the controls of the ${spec.systemName}. The most recent ${type} report covers the period ${d(spec.periodStart)} through ${d(spec.periodEnd)}, and the report was issued on ${d(spec.reportDate)}.`,
      );
      paragraph(
        doc,
        `This letter covers the period from ${d(from)} through ${d(asOf)} (the "Bridge Period"). ${changes ? `During the Bridge Period we made the following change: ${changes}` : `During the Bridge Period, ${noChange}`}`,
      );
      paragraph(
        doc,
        `The next report, covering ${d(from)} through ${d(addDays(spec.periodEnd, 365))}, is expected to be available in ${spec.nextReportExpected}.`,
      );
    }
  }
  doc.moveDown(1);
  if (spec.seed % 3 === 0) {
    paragraph(doc, `/s/ ${spec.signatory.name}`);
    paragraph(doc, spec.signatory.title);
  } else {
    paragraph(doc, closing);
    doc.moveDown(1);
    paragraph(doc, style === "ended_period" ? `${spec.signatory.name}, ${spec.signatory.title}` : spec.signatory.name);
    if (style !== "ended_period") paragraph(doc, spec.signatory.title);
  }
  doc.end();
  const pdf = await done;
  return {
    pdf,
    expected: {
      document: "",
      how_filled: `Generated (bridge letter style "${style}"): expected facts come from the same spec that drew the PDF.`,
      doc_kind: "bridge_letter",
      issuer: spec.issuer,
      issuer_address: spec.issuerAddress,
      signatory: `${spec.signatory.name} (${spec.signatory.title})`,
      letter_date_as_printed: spec.letterDate,
      no_material_change_as_of_as_printed: asOf,
      referenced_report: {
        auditor: spec.auditor,
        period_start: periodStart,
        period_end: spec.periodEnd,
        report_or_opinion_date: spec.reportDate,
        type,
      },
      next_report_expected: spec.nextReportExpected,
      material_changes_disclosed: changes ?? "none",
      bridge_covers_from: from,
      bridge_covers_through_as_printed: asOf,
      consistency_flags: [],
    },
  };
}
