import { CATEGORY_HEADINGS, criteriaFor, familyOf } from "./criteria";
import { isoToUtcDate } from "./dates";
import {
  bullets,
  createPdf,
  ensureSpace,
  heading,
  pageCount,
  paragraph,
  PAGE,
  rowFits,
  rowHeight,
  stampPages,
  tableHeader,
  tableRow,
  tableSpanRow,
  CONTENT_WIDTH,
  type Pdf,
  type Table,
} from "./pdf-layout";
import { createRng, type Rng } from "./prng";
import { ASSETS } from "./soc2-library";
import { buildSoc2Expected, type Soc2Expected } from "./soc2-expected";
import {
  controlId,
  exceptionDeviation,
  planControls,
  RESULT_EXCEPTION_PREFIX,
  RESULT_OK,
  type CriterionPlan,
  type PlannedControl,
} from "./soc2-plan";
import {
  assertionParagraphs,
  categoriesPhrase,
  d,
  opinionBlocks,
  periodPhrase,
  responsibilityParagraphs,
  scopeParagraphs,
  subserviceSentence,
} from "./soc2-prose";
import type { Soc2Spec } from "./soc2-spec";
import { fillerControl } from "./soc2-filler";

export type { Soc2Expected } from "./soc2-expected";
export type { Soc2Spec } from "./soc2-spec";

/** Where the wide subservice table says each organisation operates, in turn. */
const PLACES = ["United States", "European Union", "United Kingdom", "Global"];

function typeLabel(spec: Soc2Spec): string {
  return spec.soc2Type === "type_2" ? "SOC 2 Type 2 Report" : "SOC 2 Type 1 Report";
}

function cover(doc: Pdf, spec: Soc2Spec): void {
  doc.moveDown(isCompact(spec) ? 2 : 6);
  paragraph(doc, spec.serviceOrganization, { bold: true, align: "center" });
  paragraph(doc, spec.systemName, { align: "center" });
  doc.moveDown(2);
  doc
    .font("Helvetica-Bold")
    .fontSize(20)
    .text(typeLabel(spec).replace(" Report", ""), PAGE.left, doc.y, { width: CONTENT_WIDTH, align: "center" });
  doc.fontSize(10).font("Helvetica").moveDown(1);
  paragraph(
    doc,
    `Report on ${spec.shortName}'s Description of Its System and on the Suitability of the Design${spec.soc2Type === "type_2" ? " and Operating Effectiveness" : ""} of Its Controls Relevant to ${categoriesPhrase(spec).replace(/\b\w/g, (m) => m.toUpperCase())}`,
    { align: "center" },
  );
  paragraph(
    doc,
    spec.soc2Type === "type_2"
      ? `For the Period ${d(spec, spec.periodStart as string)} to ${d(spec, spec.periodEnd as string)}`
      : `As of ${d(spec, spec.asOfDate as string)}`,
    { align: "center" },
  );
  doc.moveDown(isCompact(spec) ? 1 : 4);
  paragraph(doc, `Prepared by ${spec.auditor.name}`, { align: "center" });
}

type SectionKey = "report" | "assertion" | "description" | "controls" | "other";

function sectionTitles(spec: Soc2Spec): Record<SectionKey, string> {
  return {
    report: "Independent Service Auditor's Report",
    assertion: `Assertion of ${spec.shortName} Management`,
    description: `${spec.shortName}'s Description of Its ${spec.systemName}`,
    controls:
      spec.soc2Type === "type_2"
        ? "Trust Services Criteria, Related Controls, and Tests of Controls"
        : "Trust Services Criteria and Related Controls",
    other: `Other Information Provided by ${spec.shortName} That Is Not Covered by the Service Auditor's Report`,
  };
}

const ROMAN = ["I", "II", "III", "IV", "V"] as const;

function sectionOrder(spec: Soc2Spec): SectionKey[] {
  const front: SectionKey[] = spec.sectionOrder === "report_first" ? ["report", "assertion"] : ["assertion", "report"];
  const showV = spec.includeSectionV && spec.soc2Type === "type_2";
  return [...front, "description", "controls", ...(showV ? (["other"] as SectionKey[]) : [])];
}

function contents(doc: Pdf, spec: Soc2Spec): void {
  heading(doc, "Table of Contents", 1);
  const titles = sectionTitles(spec);
  sectionOrder(spec).forEach((key, i) => paragraph(doc, `Section ${ROMAN[i]}: ${titles[key]}`));
}

/** Short reports keep sections flowing instead of starting each on a new page, so ~10-page targets stay reachable. */
function isCompact(spec: Soc2Spec): boolean {
  return spec.pages < 40;
}

function sectionHeading(doc: Pdf, spec: Soc2Spec, key: SectionKey): void {
  if (isCompact(spec) && key !== "controls" && key !== "other" && pageCount(doc) > 1) {
    ensureSpace(doc, 200);
    doc.moveDown(1.5);
  } else {
    doc.addPage();
  }
  const index = sectionOrder(spec).indexOf(key);
  heading(doc, `Section ${ROMAN[index]}`, 1);
  heading(doc, sectionTitles(spec)[key], 1);
}

function report(doc: Pdf, spec: Soc2Spec): void {
  sectionHeading(doc, spec, "report");
  paragraph(doc, `To the Management of ${spec.serviceOrganization}:`);
  heading(doc, "Scope", 3);
  for (const p of scopeParagraphs(spec)) paragraph(doc, p, { align: "justify" });
  heading(doc, "Service Organization's Responsibilities", 3);
  paragraph(doc, responsibilityParagraphs(spec)[0], { align: "justify" });
  heading(doc, "Service Auditor's Responsibilities", 3);
  paragraph(doc, responsibilityParagraphs(spec)[1], { align: "justify" });
  heading(doc, "Inherent Limitations", 3);
  paragraph(
    doc,
    "The description is prepared to meet the common needs of a broad range of report users and may not include every aspect of the system that individual users consider important. Because of their nature, controls may not always operate effectively. Projections of any evaluation to future periods are subject to the risk that controls may become inadequate because of changes in conditions.",
    { align: "justify" },
  );
  heading(doc, spec.soc2Type === "type_2" ? "Description of Tests of Controls" : "Other Matter", 3);
  paragraph(doc, responsibilityParagraphs(spec)[2], { align: "justify" });
  for (const block of opinionBlocks(spec)) {
    heading(doc, block.heading, 3);
    paragraph(doc, block.text, { align: "justify" });
  }
  heading(doc, "Restricted Use", 3);
  paragraph(
    doc,
    `This report is intended solely for the information and use of ${spec.shortName}, user entities of ${spec.shortName}'s system, and prospective user entities who have sufficient knowledge and understanding of the system, and is not intended to be used by anyone else.`,
    { align: "justify" },
  );
  doc.moveDown(1);
  paragraph(doc, spec.auditor.name, { bold: true });
  paragraph(doc, spec.auditor.location);
  paragraph(doc, d(spec, spec.reportDate));
}

function assertion(doc: Pdf, spec: Soc2Spec): void {
  sectionHeading(doc, spec, "assertion");
  for (const p of assertionParagraphs(spec)) paragraph(doc, p, { align: "justify" });
  doc.moveDown(1);
  paragraph(doc, `Management of ${spec.serviceOrganization}`, { bold: true });
  paragraph(doc, d(spec, spec.reportDate));
}

function description(doc: Pdf, spec: Soc2Spec, tableStyle: Table["style"]): void {
  sectionHeading(doc, spec, "description");
  heading(doc, "Overview of Operations");
  paragraph(
    doc,
    `${spec.serviceOrganization} provides the ${spec.systemName} to customers across several industries. This description covers the system ${periodPhrase(spec)} and was prepared in accordance with the description criteria.`,
    { align: "justify" },
  );
  heading(doc, "Description of Services Provided");
  paragraph(doc, `The ${spec.systemName} comprises the following services:`);
  bullets(
    doc,
    spec.services.map((s) => s.charAt(0).toUpperCase() + s.slice(1)),
  );
  heading(doc, "Principal Service Commitments and System Requirements");
  paragraph(
    doc,
    `${spec.shortName} makes service commitments to user entities in its customer agreements, including commitments to protect customer data using encryption and access controls, to keep the system available in line with published service levels, and to notify customers of security incidents. System requirements are documented in ${spec.shortName}'s policies and procedures.`,
    { align: "justify" },
  );
  heading(doc, "Components of the System");
  heading(doc, "Infrastructure and Locations", 3);
  paragraph(
    doc,
    `The system is hosted and operated from the following data centre regions and offices, which are in scope for this report:`,
  );
  bullets(doc, spec.locations);
  heading(doc, "Software, People, Data and Procedures", 3);
  paragraph(
    doc,
    `Application services are written in TypeScript and Go, deployed as containers, and store customer data in managed relational databases. ${spec.shortName}'s engineering, security and support teams operate the system under the direction of the Chief Technology Officer. Data includes customer account records, uploaded files and audit logs. Procedures for access, change, incident and backup management are documented and reviewed annually.`,
    { align: "justify" },
  );

  heading(doc, "Subservice Organizations");
  if (spec.subserviceMethod === "none_disclosed" || spec.subserviceOrganizations.length === 0) {
    paragraph(
      doc,
      `${spec.shortName} does not rely on subservice organizations for the services described in this report.`,
    );
  } else if (spec.subserviceLayout === "sentence") {
    paragraph(doc, subserviceSentence(spec), { align: "justify" });
  } else {
    const wide = spec.partyTables === "wide";
    const t: Table = {
      style: tableStyle,
      columns: wide
        ? [
            { header: "Subservice Organization", width: 120 },
            { header: "Services Provided", width: CONTENT_WIDTH - 290 },
            { header: "Method", width: 70 },
            { header: "Location", width: 100 },
          ]
        : [
            { header: "Subservice Organization", width: 200 },
            { header: "Services Provided", width: CONTENT_WIDTH - 200 },
          ],
    };
    paragraph(
      doc,
      spec.subserviceMethod === "carve-out"
        ? `${spec.shortName} uses the subservice organizations listed below. The description includes only the controls of ${spec.shortName} and excludes the related controls of the subservice organizations; this report was prepared using the carve-out method.`
        : `${spec.shortName} uses the subservice organizations listed below. The relevant controls of these subservice organizations are included in this description and in the scope of the examination; this report was prepared using the inclusive method.`,
      { align: "justify" },
    );
    tableHeader(doc, t);
    spec.subserviceOrganizations.forEach((s, i) =>
      tableRow(
        doc,
        t,
        wide
          ? [
              s.name,
              s.service,
              spec.subserviceMethod === "inclusive" ? "Inclusive" : "Carve-out",
              PLACES[i % PLACES.length]!,
            ]
          : [s.name, s.service],
      ),
    );
    doc.moveDown(0.8);
  }
  if (spec.csocs.length > 0) {
    heading(doc, "Complementary Subservice Organization Controls");
    paragraph(
      doc,
      `${spec.shortName}'s controls are designed with the assumption that the following controls are implemented by the subservice organizations:`,
      { align: "justify" },
    );
    const orgs = spec.subserviceOrganizations;
    if (spec.partyTables === "wide" && orgs.length > 0) {
      // The organisation's cell is printed on its first row only, as a cell spanning its rows.
      const t: Table = {
        style: tableStyle,
        columns: [
          { header: "Subservice Organization", width: 130 },
          { header: "Control Expected", width: CONTENT_WIDTH - 210 },
          { header: "Criteria", width: 80 },
        ],
      };
      tableHeader(doc, t);
      spec.csocs.forEach((c, i) => {
        const org = orgs[Math.min(orgs.length - 1, Math.floor((i * orgs.length) / spec.csocs.length))]!.name;
        const prev =
          i > 0 ? orgs[Math.min(orgs.length - 1, Math.floor(((i - 1) * orgs.length) / spec.csocs.length))]!.name : null;
        tableRow(doc, t, [org === prev ? "" : org, c.text, c.criteria.join(", ")]);
      });
    } else {
      const t: Table = {
        style: tableStyle,
        columns: [
          { header: "Complementary Subservice Organization Control", width: CONTENT_WIDTH - 110 },
          { header: "Related Criteria", width: 110 },
        ],
      };
      tableHeader(doc, t);
      for (const c of spec.csocs) tableRow(doc, t, [c.text, c.criteria.join(", ")]);
    }
    doc.moveDown(0.8);
  }
  heading(doc, "Complementary User Entity Controls");
  paragraph(
    doc,
    `${spec.shortName}'s controls were designed with the assumption that certain controls would be implemented by user entities. The following complementary user entity controls should be in place at user entities:`,
    { align: "justify" },
  );
  if (spec.cuecLayout === "table" && spec.partyTables === "wide") {
    const t: Table = {
      style: tableStyle,
      columns: [
        { header: "Complementary User Entity Control", width: CONTENT_WIDTH - 110 },
        { header: "Related Criteria", width: 110 },
      ],
    };
    tableHeader(doc, t);
    for (const c of spec.cuecs) tableRow(doc, t, [c.text, c.criteria.join(", ")]);
    doc.moveDown(0.8);
  } else if (spec.cuecLayout === "table") {
    const t: Table = {
      style: tableStyle,
      columns: [
        { header: "#", width: 28 },
        { header: "Complementary User Entity Control", width: CONTENT_WIDTH - 138 },
        { header: "Related Criteria", width: 110 },
      ],
    };
    tableHeader(doc, t);
    spec.cuecs.forEach((c, i) => tableRow(doc, t, [String(i + 1), c.text, c.criteria.join(", ")]));
    doc.moveDown(0.8);
  } else {
    bullets(
      doc,
      spec.cuecs.map((c) => `${c.text} (${c.criteria.join(", ")})`),
    );
  }
  heading(doc, spec.soc2Type === "type_2" ? "Significant Changes During the Period" : "Significant Changes");
  paragraph(doc, spec.significantChanges ?? `There were no significant changes to the system ${periodPhrase(spec)}.`);
  heading(doc, "System Incidents");
  paragraph(doc, spec.incidents ?? `No significant system incidents were identified ${periodPhrase(spec)}.`);
}

function resultText(spec: Soc2Spec, row: PlannedControl): string {
  if (row.exceptionIndex === null) return RESULT_OK;
  const e = spec.exceptions[row.exceptionIndex];
  const base = `${RESULT_EXCEPTION_PREFIX} ${exceptionDeviation(spec, row.exceptionIndex)}`;
  // Without Section V, the response sits in the result cell, as some firms print it.
  return !spec.includeSectionV && e.managementResponse
    ? `${base}\n\nManagement's response: ${e.managementResponse}`
    : base;
}

function controlsTable(spec: Soc2Spec): Table {
  return spec.soc2Type === "type_2"
    ? {
        style: spec.tableStyle,
        columns: [
          { header: "Control #", width: 58 },
          { header: "Control Activity", width: 170 },
          { header: "Test Performed by the Service Auditor", width: 170 },
          { header: "Result", width: CONTENT_WIDTH - 398 },
        ],
      }
    : {
        style: spec.tableStyle,
        columns: [
          { header: "Control #", width: 70 },
          { header: "Control Activity Specified by the Service Organization", width: CONTENT_WIDTH - 70 },
        ],
      };
}

function cells(spec: Soc2Spec, row: PlannedControl): string[] {
  return spec.soc2Type === "type_2" ? [row.id, row.activity, row.test, resultText(spec, row)] : [row.id, row.activity];
}

function controlsSection(doc: Pdf, spec: Soc2Spec, plan: CriterionPlan[], goalPages: number, rng: Rng): void {
  sectionHeading(doc, spec, "controls");
  if (spec.soc2Type === "type_2") {
    heading(doc, "Guidance Regarding Tests of Controls");
    paragraph(
      doc,
      "Our tests of operating effectiveness included inquiry of appropriate personnel, observation of the application of controls, inspection of documents and records, and reperformance of controls. Where a sample was selected, the sample size was determined by the frequency of the control and the population of occurrences during the period.",
      { align: "justify" },
    );
  } else {
    paragraph(
      doc,
      `The control activities below are specified by ${spec.shortName} and mapped to the applicable trust services criteria.`,
      { align: "justify" },
    );
  }
  const table = controlsTable(spec);
  const startPage = pageCount(doc);
  // Height the core rows of the criteria after k still need; filler must leave room for them (over-estimated on purpose:
  // the last criterion absorbs any slack, so the report ends on the target page).
  const usable = PAGE.height - PAGE.top - PAGE.bottom - 30;
  const ownHeight = plan.map((p) => 60 + p.rows.reduce((h, r) => h + rowHeight(doc, table, cells(spec, r)), 0));
  const pagesAfter = plan.map((_, k) => Math.ceil((ownHeight.slice(k + 1).reduce((x, y) => x + y, 0) * 1.15) / usable));
  let family = "";
  plan.forEach((p, k) => {
    const fam = familyOf(p.criterion.id);
    if (fam !== family) {
      family = fam;
      doc.moveDown(0.6);
      heading(doc, `${fam} ${CATEGORY_HEADINGS[fam] ?? ""}`.trim(), 3);
      tableHeader(doc, table);
    }
    tableSpanRow(doc, table, `${p.criterion.id}  ${p.criterion.title}`);
    for (const row of p.rows) tableRow(doc, table, cells(spec, row));
    // Spread filler rows so each criterion ends near its share of the page target.
    const plannedEnd = Math.min(
      startPage + Math.round(((goalPages - startPage) * (k + 1)) / plan.length),
      goalPages - pagesAfter[k],
    );
    let seq = p.primaryCount;
    for (let guard = 0; guard < 5000; guard++) {
      const filler = fillerControl(rng, p.criterion.id, spec.shortName, ASSETS);
      const next: PlannedControl = {
        ...filler,
        id: controlId(spec.controlIdStyle, p.criterion.id, seq + 1),
        criteria: [p.criterion.id],
        exceptionIndex: null,
      };
      const c = cells(spec, next);
      const pages = pageCount(doc);
      if (pages > plannedEnd || (pages === plannedEnd && !rowFits(doc, table, c))) break;
      tableRow(doc, table, c);
      seq++;
    }
    if (p.rows.length === 0 && seq === p.primaryCount) {
      const refs =
        criteriaFor(spec.categories).length > 0 ? "Refer to the controls mapped to related criteria above." : "";
      paragraph(doc, refs);
    }
  });
}

function otherInformation(doc: Pdf, spec: Soc2Spec, ids: Map<number, string>): void {
  sectionHeading(doc, spec, "other");
  paragraph(
    doc,
    `The information in this section is presented by ${spec.shortName} management to provide additional information and is not part of the description. It has not been subjected to the procedures applied in the examination, and accordingly the service auditor expresses no opinion on it.`,
    { align: "justify" },
  );
  heading(doc, "Management's Responses to Exceptions");
  if (spec.exceptions.length === 0) {
    paragraph(doc, "No exceptions were identified during the examination; no responses are required.");
    return;
  }
  const t: Table = {
    style: spec.tableStyle,
    columns: [
      { header: "Control #", width: 58 },
      { header: "Criteria", width: 62 },
      { header: "Test Results", width: 180 },
      { header: "Management's Response", width: CONTENT_WIDTH - 300 },
    ],
  };
  tableHeader(doc, t);
  spec.exceptions.forEach((e, i) => {
    tableRow(doc, t, [
      ids.get(i) ?? "",
      e.criteria.join(" & "),
      `${RESULT_EXCEPTION_PREFIX} ${exceptionDeviation(spec, i)}`,
      e.managementResponse ?? "Management did not provide a response.",
    ]);
  });
}

function exceptionIds(plan: CriterionPlan[]): Map<number, string> {
  const ids = new Map<number, string>();
  for (const p of plan)
    for (const r of p.rows)
      if (r.exceptionIndex !== null && !ids.has(r.exceptionIndex)) ids.set(r.exceptionIndex, r.id);
  return ids;
}

/** Pages Section V will take, measured by drawing it into a scratch document. */
async function measureOtherInformation(spec: Soc2Spec, ids: Map<number, string>): Promise<number> {
  const { doc, done } = createPdf("scratch", new Date(0));
  otherInformation(doc, spec, ids);
  const pages = pageCount(doc) - 1; // the scratch document's blank first page
  doc.end();
  await done;
  return pages;
}

export async function generateSoc2(spec: Soc2Spec): Promise<{ pdf: Buffer; expected: Soc2Expected }> {
  const plan = planControls(spec);
  const ids = exceptionIds(plan);
  const order = sectionOrder(spec);
  const vPages = order.includes("other") ? await measureOtherInformation(spec, ids) : 0;
  const { doc, done } = createPdf(`${spec.serviceOrganization} ${typeLabel(spec)}`, isoToUtcDate(spec.reportDate));
  const rng = createRng(spec.seed ^ 0x5eed);
  cover(doc, spec);
  if (isCompact(spec)) doc.moveDown(2);
  else doc.addPage();
  contents(doc, spec);
  if (isCompact(spec)) doc.addPage();
  for (const key of order) {
    if (key === "report") report(doc, spec);
    if (key === "assertion") assertion(doc, spec);
    if (key === "description") description(doc, spec, spec.tableStyle);
    if (key === "controls") controlsSection(doc, spec, plan, spec.pages - vPages, rng);
    if (key === "other") otherInformation(doc, spec, ids);
  }
  const header = `${spec.serviceOrganization} | ${typeLabel(spec)}`;
  stampPages(
    doc,
    () => header,
    (n, total) =>
      spec.footerStyle === "page_n_of_m"
        ? { left: "Confidential", right: `Page ${n} of ${total}` }
        : { left: `${spec.auditor.name}`, right: `Proprietary and Confidential | Page ${n} of ${total}` },
  );
  const total = pageCount(doc);
  doc.end();
  const pdf = await done;
  const fileName = `synthetic-soc2-${spec.soc2Type}-seed${spec.seed}.pdf`;
  return { pdf, expected: buildSoc2Expected(spec, total, fileName) };
}
