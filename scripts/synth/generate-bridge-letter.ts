import {
  addDays,
  DATE_FORMATS,
  formatDate,
  formatMonthYear,
  isoToUtcDate,
  lastDayOfMonth,
  type DateFormat,
} from "./dates";
import { createPdf, paragraph, PAGE, CONTENT_WIDTH, type Pdf } from "./pdf-layout";
import { createRng } from "./prng";
import { AUDITOR_FIRMS, COMPANY_STEMS, COMPANY_SUFFIXES, OFFICE_LOCATIONS } from "./soc2-library";
import type { Soc2Type } from "./soc2-spec";

export type BridgeLetterSpec = {
  seed: number;
  issuer: string;
  issuerAddress: string;
  signatory: { name: string; title: string };
  auditor: string;
  reportType: Soc2Type;
  systemName: string;
  periodStart: string;
  periodEnd: string;
  reportDate: string;
  letterDate: string;
  /** "No material change as of" date: the end of the bridge period. */
  asOfDate: string;
  nextReportExpected: string;
  /** null = the letter states there were no material changes. */
  materialChanges: string | null;
  dateFormat: DateFormat;
};

export type BridgeLetterExpected = {
  document: string;
  how_filled: string;
  doc_kind: "bridge_letter";
  issuer: string;
  issuer_address: string;
  signatory: string;
  letter_date_as_printed: string;
  no_material_change_as_of_as_printed: string;
  referenced_report: {
    auditor: string;
    period_start: string;
    period_end: string;
    report_or_opinion_date: string;
    type: string;
  };
  next_report_expected: string;
  material_changes_disclosed: string;
  bridge_covers_from: string;
  bridge_covers_through_as_printed: string;
  consistency_flags: string[];
};

const SIGNATORIES = [
  { name: "Dana Whitfield", title: "Chief Executive Officer" },
  { name: "Priya Raman", title: "Chief Information Security Officer" },
  { name: "Tomasz Wielgosz", title: "VP, Security and Compliance" },
  { name: "Aoife Brennan", title: "Chief Operating Officer" },
] as const;

const CHANGES = [
  "On the first day of the bridge period we migrated our primary database to a new managed service; the access and backup controls described in the report continue to apply.",
  "We replaced our endpoint protection vendor during the bridge period; the new tool provides equivalent coverage.",
] as const;

export function randomBridgeLetterSpec(seed: number, overrides: Partial<BridgeLetterSpec> = {}): BridgeLetterSpec {
  const rng = createRng(seed);
  const stem = rng.pick(COMPANY_STEMS);
  const periodEnd = overrides.periodEnd ?? lastDayOfMonth(rng.int(2021, 2025), rng.int(0, 11));
  const reportLag = rng.int(25, 60);
  const bridgeDays = rng.int(30, 120);
  const letterLag = rng.int(0, 3);
  const drawn: BridgeLetterSpec = {
    seed,
    issuer: `${stem} ${rng.pick(COMPANY_SUFFIXES)}`,
    issuerAddress: `${rng.int(10, 9999)} ${rng.pick(["Market Street", "Harbor Way", "Elm Avenue", "Commerce Drive"])}, ${rng.pick(OFFICE_LOCATIONS)}`,
    signatory: { ...rng.pick(SIGNATORIES) },
    auditor: rng.pick(AUDITOR_FIRMS).name,
    reportType: rng.chance(0.85) ? "type_2" : "type_1",
    systemName: `${stem} Platform`,
    periodStart: addDays(periodEnd, -364),
    periodEnd,
    reportDate: addDays(periodEnd, reportLag),
    letterDate: "",
    asOfDate: "",
    nextReportExpected: "",
    materialChanges: rng.chance(0.25) ? rng.pick(CHANGES) : null,
    dateFormat: rng.pick(DATE_FORMATS),
  };
  // Dates not given are derived from the ones that are, so a demo seed can pin just the report period.
  const merged = { ...drawn, ...overrides };
  const asOfDate = overrides.asOfDate ?? addDays(merged.reportDate, bridgeDays);
  return {
    ...merged,
    asOfDate,
    letterDate: overrides.letterDate ?? addDays(asOfDate, letterLag),
    nextReportExpected: overrides.nextReportExpected ?? formatMonthYear(addDays(merged.reportDate, 365)),
  };
}

/** The issuer's name and address at the head of the letter. */
export function letterhead(doc: Pdf, spec: BridgeLetterSpec): void {
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .text(spec.issuer, PAGE.left, PAGE.top - 20, { width: CONTENT_WIDTH });
  doc.font("Helvetica").fontSize(9).text(spec.issuerAddress, { width: CONTENT_WIDTH });
  doc.moveDown(2);
}

export async function generateBridgeLetter(
  spec: BridgeLetterSpec,
): Promise<{ pdf: Buffer; expected: BridgeLetterExpected }> {
  const d = (iso: string) => formatDate(iso, spec.dateFormat);
  const type = spec.reportType === "type_2" ? "SOC 2 Type 2" : "SOC 2 Type 1";
  const { doc, done } = createPdf(`${spec.issuer} bridge letter`, isoToUtcDate(spec.letterDate));
  letterhead(doc, spec);
  paragraph(doc, d(spec.letterDate));
  paragraph(doc, "To our customers and their auditors:");
  paragraph(doc, `Re: Bridge letter for the ${type} report on the ${spec.systemName}`, { bold: true });
  paragraph(
    doc,
    `${spec.auditor} issued a ${type} report on the ${spec.systemName} for the period ${d(spec.periodStart)} through ${d(spec.periodEnd)}. The independent service auditor's report is dated ${d(spec.reportDate)}. ${spec.reportType === "type_2" ? "The report covers the design and operating effectiveness of controls." : "The report covers the design of controls as of a point in time."}`,
    { align: "justify" },
  );
  paragraph(
    doc,
    spec.materialChanges
      ? `For the period from ${d(addDays(spec.periodEnd, 1))} through ${d(spec.asOfDate)}, management has identified the following change to the control environment: ${spec.materialChanges} Apart from this, we are not aware of any material changes to our controls.`
      : `For the period from ${d(addDays(spec.periodEnd, 1))} through ${d(spec.asOfDate)}, management is not aware of any material changes to the system or its internal controls that would adversely affect the opinion expressed in the report, and no significant security incidents occurred.`,
    { align: "justify" },
  );
  paragraph(
    doc,
    "Complementary user entity controls described in the report remain the responsibility of our customers. This letter is not a substitute for the report and has not been examined by an independent auditor.",
    { align: "justify" },
  );
  paragraph(doc, `Our next report is expected to be issued in ${spec.nextReportExpected}.`);
  doc.moveDown(1);
  paragraph(doc, "Sincerely,");
  doc.moveDown(1);
  paragraph(doc, spec.signatory.name, { bold: true });
  paragraph(doc, `${spec.signatory.title}, ${spec.issuer}`);
  doc.end();
  const pdf = await done;
  const flags: string[] = [];
  if (spec.letterDate < spec.periodEnd || spec.asOfDate < spec.periodEnd)
    flags.push("Letter or 'as of' date is before the referenced period end");
  return {
    pdf,
    expected: {
      document: `synthetic-bridge-letter-seed${spec.seed}.pdf`,
      how_filled: "Generated: expected facts come from the same spec that drew the PDF (scripts/synth).",
      doc_kind: "bridge_letter",
      issuer: spec.issuer,
      issuer_address: spec.issuerAddress,
      signatory: `${spec.signatory.name} (${spec.signatory.title})`,
      letter_date_as_printed: spec.letterDate,
      no_material_change_as_of_as_printed: spec.asOfDate,
      referenced_report: {
        auditor: spec.auditor,
        period_start: spec.periodStart,
        period_end: spec.periodEnd,
        report_or_opinion_date: spec.reportDate,
        type,
      },
      next_report_expected: spec.nextReportExpected,
      material_changes_disclosed: spec.materialChanges ?? "none",
      bridge_covers_from: addDays(spec.periodEnd, 1),
      bridge_covers_through_as_printed: spec.asOfDate,
      consistency_flags: flags,
    },
  };
}
