import PDFDocument from "pdfkit";
import { GAP_STATUS_LABELS as STATUS_LABELS, SEVERITY_LABELS } from "@/lib/vocabulary";
import { countGaps, isActiveGap, isOverdue, sortGaps } from "./gap-order";
import { drawTable, FONT_BOLD, FONT_REGULAR, INK, MUTED, type PdfCell, type PdfColumn } from "./pdf-table";
import { clampText, toPdfText } from "./pdf-text";
import { commentsText, countsText, cuecText, filtersText, rowCountText, scopeText } from "./report-header";
import { formatDateText, formatDateTimeText, isBeforeDay, parseDateText } from "@/lib/dates";
import {
  GAP_SEVERITIES,
  GAP_STATUSES,
  type GapItem,
  type GapReport,
  type GapSeverity,
  type VendorReport,
} from "./types";

type Doc = PDFKit.PDFDocument;

// A4 landscape: the gap table needs six columns with readable wrapped text.
const MARGIN = 40;
const FOOTER_SPACE = 16;
const TABLE_FONT_SIZE = 8;
const ALERT = "#B91C1C";

const SEVERITY_COLORS: Record<GapSeverity, string> = {
  critical: "#B91C1C",
  high: "#C2410C",
  medium: "#A16207",
  low: "#4B5563",
};

// Caps keep any single table row shorter than a page (see clampText).
const MAX_TITLE = 300;
const MAX_DETAIL = 600;
const MAX_CITATION = 700;
const MAX_SHORT = 120;
const MAX_NOTE = 500;
const MAX_LIST = 900;

function bottomLimit(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom - FOOTER_SPACE;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function heading(doc: Doc, text: string, size: number): void {
  doc.x = doc.page.margins.left;
  doc
    .font(FONT_BOLD)
    .fontSize(size)
    .fillColor(INK)
    .text(toPdfText(text), { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, text: string, options: { color?: string; size?: number; bold?: boolean } = {}): void {
  doc.x = doc.page.margins.left;
  doc
    .font(options.bold ? FONT_BOLD : FONT_REGULAR)
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? INK)
    .text(toPdfText(text), { width: contentWidth(doc) });
}

/** Starts a new page when fewer than `needed` points remain, so headings are not orphaned. */
function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > bottomLimit(doc)) doc.addPage();
}

function short(value: string | null | undefined): string {
  return clampText(value ?? "", MAX_SHORT);
}

function severityCounts(gaps: GapItem[]): string {
  const active = gaps.filter(isActiveGap);
  if (active.length === 0) return "0";
  const parts = GAP_SEVERITIES.map((s) => `${SEVERITY_LABELS[s][0]} ${active.filter((g) => g.severity === s).length}`);
  return `${active.length} (${parts.join(" · ")})`;
}

function drawSummary(doc: Doc, report: GapReport): void {
  const allGaps = report.vendors.flatMap((v) => v.gaps);
  const title =
    report.scope === "vendor" && report.vendors.length === 1
      ? `Vendor gap report: ${report.vendors[0].name}`
      : `Gap register: ${scopeText(report)}`;

  doc
    .font(FONT_BOLD)
    .fontSize(22)
    .fillColor(INK)
    .text(toPdfText(title), { width: contentWidth(doc) });
  doc.moveDown(0.5);
  const meta: [string, string][] = [
    ["Organisation", report.tenantName],
    ["Position as of", formatDateText(report.asOf)],
    ["Generated", formatDateTimeText(report.generatedAt)],
    ["Scope", scopeText(report)],
    ["Filters", filtersText(report)],
    ["Gaps in this report", rowCountText(report)],
    ["By status", countsText(report)],
  ];
  for (const [label, value] of meta) {
    doc.x = doc.page.margins.left;
    doc.font(FONT_BOLD).fontSize(10).fillColor(MUTED).text(`${label}: `, { continued: true });
    doc.font(FONT_REGULAR).fillColor(INK).text(toPdfText(value));
  }
  doc.moveDown(1);

  heading(doc, "Gaps by severity and status", 13);
  const counts = countGaps(allGaps);
  const statusColumns: PdfColumn[] = GAP_STATUSES.map((s) => ({ header: STATUS_LABELS[s], width: 90 }));
  const columns: PdfColumn[] = [{ header: "Severity", width: 90 }, ...statusColumns, { header: "Total", width: 70 }];
  const rows: PdfCell[][] = GAP_SEVERITIES.map((severity) => [
    { text: SEVERITY_LABELS[severity], bold: true, color: SEVERITY_COLORS[severity] },
    ...GAP_STATUSES.map((status) => ({ text: String(counts[severity][status]) })),
    { text: String(GAP_STATUSES.reduce((n, status) => n + counts[severity][status], 0)), bold: true },
  ]);
  rows.push([
    { text: "Total", bold: true },
    ...GAP_STATUSES.map((status) => ({
      text: String(GAP_SEVERITIES.reduce((n, severity) => n + counts[severity][status], 0)),
      bold: true,
    })),
    { text: String(allGaps.length), bold: true },
  ]);
  drawTable(doc, columns, rows, { fontSize: 9, bottom: bottomLimit(doc) });

  const active = allGaps.filter(isActiveGap).length;
  const overdue = allGaps.filter((g) => isOverdue(g, report.asOf)).length;
  paragraph(
    doc,
    active === 0
      ? "No open gaps."
      : `${active} open gap(s) (open or in progress), of which ${overdue} past their due date as of ${formatDateText(report.asOf)}.`,
    { color: overdue > 0 ? ALERT : INK },
  );
  doc.moveDown(1);

  ensureSpace(doc, 80);
  heading(doc, "Vendors and decisions", 13);
  if (report.vendors.length === 0) {
    paragraph(doc, "No vendors in scope.", { color: MUTED });
    return;
  }
  drawTable(
    doc,
    [
      { header: "Vendor", width: 170 },
      { header: "Tier", width: 80 },
      { header: "Status", width: 80 },
      { header: "Decision", width: 200 },
      { header: "Open gaps (C/H/M/L)", width: 150 },
      { header: "Evidence", width: 82 },
    ],
    report.vendors.map((vendor): PdfCell[] => [
      { text: short(vendor.name), bold: true },
      { text: short(vendor.tier) },
      { text: short(vendor.status) },
      decisionCell(vendor),
      { text: severityCounts(vendor.gaps) },
      { text: String(vendor.evidence.length) },
    ]),
    { fontSize: TABLE_FONT_SIZE, bottom: bottomLimit(doc), continuedCaption: "Vendors and decisions (continued)" },
  );
}

function decisionCell(vendor: VendorReport): PdfCell {
  const decision = vendor.decision;
  if (!decision) return { text: "None recorded", color: MUTED };
  const by = [decision.decidedBy, formatDateTimeText(decision.decidedAt)].filter(Boolean).join(", ");
  return { text: short(decision.decision), bold: true, note: by ? `by ${short(by)}` : undefined };
}

function evidenceRows(vendor: VendorReport, asOf: string): PdfCell[][] {
  return vendor.evidence.map((item) => {
    const period =
      item.periodStart || item.periodEnd
        ? `${formatDateText(item.periodStart) || "?"} – ${formatDateText(item.periodEnd) || "?"}`
        : "";
    const issued = item.issueDate ? `Issued ${formatDateText(item.issueDate)}` : "";
    const expired = isBeforeDay(item.expiryDate, asOf);
    return [
      { text: short(item.kind), bold: true },
      { text: clampText(item.title, MAX_TITLE) },
      { text: short(item.auditorOrBody) || "–" },
      period ? { text: period, note: issued || undefined } : { text: issued || "–" },
      { text: formatDateText(item.expiryDate) || "–", note: expired ? "expired" : undefined, noteColor: ALERT },
      { text: short(item.status) },
    ];
  });
}

function gapRows(vendor: VendorReport, asOf: string): PdfCell[][] {
  return sortGaps(vendor.gaps).map((gap) => {
    const context = [gap.service ? `Service: ${gap.service}` : "", `Check: ${gap.checkId}`].filter(Boolean).join(" · ");
    const triage = [
      gap.acceptanceNote
        ? `${gap.status === "not_applicable" ? "Not applicable because" : "Justification"}: ${clampText(gap.acceptanceNote, MAX_NOTE)}`
        : "",
      gap.cuecMappings.length ? `CUEC → buyer control:\n${clampText(cuecText(gap.cuecMappings), MAX_LIST)}` : "",
      gap.comments.length ? `Comments:\n${clampText(commentsText(gap.comments), MAX_LIST)}` : "",
    ];
    const detail = [clampText(gap.detail ?? "", MAX_DETAIL), short(context), ...triage].filter(Boolean).join("\n");
    const overdue = isOverdue(gap, asOf);
    return [
      {
        text: SEVERITY_LABELS[gap.severity] ?? short(gap.severity),
        bold: true,
        color: SEVERITY_COLORS[gap.severity] ?? INK,
      },
      { text: clampText(gap.title, MAX_TITLE), bold: true, note: detail },
      { text: short(gap.ownerName) || "Unassigned", color: gap.ownerName ? INK : MUTED },
      {
        text: formatDateText(gap.dueDate) || "–",
        color: overdue ? ALERT : INK,
        note: overdue ? "overdue" : undefined,
        noteColor: ALERT,
      },
      {
        text: STATUS_LABELS[gap.status] ?? short(gap.status),
        note:
          [
            gap.acceptedUntil ? `until ${formatDateText(gap.acceptedUntil)}` : "",
            gap.acceptedBy
              ? `by ${short(gap.acceptedBy)}${gap.acceptedOn ? ` on ${formatDateText(gap.acceptedOn)}` : ""}`
              : "",
          ]
            .filter(Boolean)
            .join("\n") || undefined,
      },
      { text: clampText(gap.citation ?? "", MAX_CITATION) || "–", color: gap.citation ? INK : MUTED },
    ];
  });
}

function drawVendor(doc: Doc, vendor: VendorReport, report: GapReport): void {
  doc.addPage();
  heading(doc, vendor.name, 16);
  paragraph(doc, `Vendor ID ${vendor.id} · Tier: ${vendor.tier} · Status: ${vendor.status}`, { color: MUTED, size: 9 });
  doc.moveDown(0.4);
  const decision = vendor.decision;
  if (decision) {
    const by = [decision.decidedBy, formatDateTimeText(decision.decidedAt)].filter(Boolean).join(" on ");
    paragraph(doc, `Decision: ${decision.decision}${by ? ` (${by})` : ""}`, { bold: true });
    if (decision.note) paragraph(doc, decision.note, { size: 9 });
  } else {
    paragraph(doc, "Decision: none recorded", { color: MUTED });
  }
  doc.moveDown(0.8);

  heading(doc, "Evidence on file", 12);
  if (vendor.evidence.length === 0) {
    paragraph(doc, "No evidence on file.", { color: MUTED });
    doc.moveDown(0.8);
  } else {
    drawTable(
      doc,
      [
        { header: "Kind", width: 120 },
        { header: "Title", width: 210 },
        { header: "Auditor / body", width: 150 },
        { header: "Period / issue", width: 142 },
        { header: "Expiry", width: 70 },
        { header: "Status", width: 70 },
      ],
      evidenceRows(vendor, report.asOf),
      { fontSize: TABLE_FONT_SIZE, bottom: bottomLimit(doc), continuedCaption: `${vendor.name}: evidence (continued)` },
    );
  }

  ensureSpace(doc, 60);
  heading(doc, "Gaps", 12);
  const active = vendor.gaps.filter(isActiveGap).length;
  const closed = vendor.gaps.length - active;
  const overdue = vendor.gaps.filter((g) => isOverdue(g, report.asOf)).length;
  if (active === 0) {
    paragraph(doc, closed === 0 ? "No open gaps." : `No open gaps. ${closed} closed gap(s) listed for the record.`, {
      color: MUTED,
    });
  } else {
    paragraph(doc, `${active} open (${overdue} overdue), ${closed} closed. Open gaps first, most severe first.`, {
      color: overdue > 0 ? ALERT : MUTED,
      size: 9,
    });
  }
  doc.moveDown(0.4);
  if (vendor.gaps.length === 0) return;
  drawTable(
    doc,
    [
      { header: "Severity", width: 58 },
      { header: "Gap", width: 264 },
      { header: "Owner", width: 86 },
      { header: "Due date", width: 62 },
      { header: "Status", width: 70 },
      { header: "Citation", width: 222 },
    ],
    gapRows(vendor, report.asOf),
    { fontSize: TABLE_FONT_SIZE, bottom: bottomLimit(doc), continuedCaption: `${vendor.name}: gaps (continued)` },
  );
}

function drawFooters(doc: Doc, report: GapReport): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit add a page; lift the margin while we draw.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 8;
    const width = contentWidth(doc);
    const left = clampText(
      toPdfText(`Confidential · Assay gap register · ${report.tenantName} · as of ${formatDateText(report.asOf)}`),
      110,
    );
    doc.font(FONT_REGULAR).fontSize(8).fillColor(MUTED);
    doc.text(left, MARGIN, y, { width: width - 100, lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN + width - 100, y, {
      width: 100,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}

export function gapReportToPdf(report: GapReport): Promise<Buffer> {
  const created = parseDateText(report.generatedAt) ?? undefined;
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `Gap register – ${report.tenantName} – as of ${report.asOf}`,
      Author: "Assay",
      Creator: "Assay",
      CreationDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  drawSummary(doc, report);
  for (const vendor of report.vendors) drawVendor(doc, vendor, report);
  drawFooters(doc, report);
  doc.end();
  return done;
}
