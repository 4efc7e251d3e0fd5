import ExcelJS from "exceljs";
import type { Column, DataValidation, Worksheet } from "exceljs";
import { neutraliseFormula } from "./formula-guard";
import { isActiveGap, isOverdue, sortGaps } from "./gap-order";
import { isBeforeDay, parseDateText } from "@/lib/dates";
import { commentsText, cuecText, justification, notApplicableReason, reportHeader } from "./report-header";
import { GAP_SEVERITIES, GAP_STATUSES, type GapReport } from "./types";

const DATE_FORMAT = "yyyy-mm-dd";
const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";
// Excel's hard limit per cell; longer text corrupts nothing but is cut by Excel anyway.
const MAX_CELL_CHARS = 32_767;
// Characters XML 1.0 forbids; exceljs would write them and produce a file Excel refuses to open.
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

type ColumnSpec = {
  header: string;
  key: string;
  width: number;
  kind: "text" | "longText" | "date" | "datetime" | "number" | "boolean";
};

/**
 * Free text is always written as a plain string (never `{ formula }`), and also gets
 * the same leading-apostrophe guard as the CSV: a string cell is inert while the file
 * is open, but becomes a live formula if someone edits it and presses Enter, or
 * re-saves the sheet as CSV.
 */
function textCell(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  return neutraliseFormula(value).replace(XML_ILLEGAL, "").slice(0, MAX_CELL_CHARS);
}

/** A real Excel date, or the raw text if the DTO carried something unparseable. */
function dateCell(value: string | null | undefined): Date | string | null {
  if (!value) return null;
  return parseDateText(value) ?? textCell(value);
}

function addSheet(workbook: ExcelJS.Workbook, name: string, specs: ColumnSpec[]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = specs.map((spec): Partial<Column> => ({
    header: spec.header,
    key: spec.key,
    width: spec.width,
    style:
      spec.kind === "date"
        ? { numFmt: DATE_FORMAT }
        : spec.kind === "datetime"
          ? { numFmt: DATETIME_FORMAT }
          : spec.kind === "longText"
            ? { alignment: { wrapText: true, vertical: "top" } }
            : { alignment: { vertical: "top" } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle" };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
    cell.border = { bottom: { style: "thin", color: { argb: "FF9CA3AF" } } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: specs.length } };
  return sheet;
}

// exceljs 4.4 merges per-cell validations by sorting addresses as strings ("C10" < "C2"),
// which writes overlapping ranges. Declaring one range per column avoids that; the
// range API exists at runtime but is missing from exceljs's type definitions.
type RangeValidations = { dataValidations: { add(range: string, validation: DataValidation): void } };

function addListValidation(sheet: Worksheet, columnKey: string, values: readonly string[]): void {
  if (sheet.rowCount < 2) return;
  const letter = sheet.getColumn(columnKey).letter;
  (sheet as Worksheet & RangeValidations).dataValidations.add(`${letter}2:${letter}${sheet.rowCount}`, {
    type: "list",
    allowBlank: false,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
    errorTitle: "Invalid value",
    error: `Use one of: ${values.join(", ")}`,
  });
}

const GAP_COLUMNS: ColumnSpec[] = [
  { header: "Vendor", key: "vendor", width: 28, kind: "text" },
  { header: "Vendor ID", key: "vendorId", width: 14, kind: "text" },
  { header: "Severity", key: "severity", width: 11, kind: "text" },
  { header: "Status", key: "status", width: 15, kind: "text" },
  { header: "Title", key: "title", width: 48, kind: "longText" },
  { header: "Detail", key: "detail", width: 60, kind: "longText" },
  { header: "Owner", key: "owner", width: 20, kind: "text" },
  { header: "Due date", key: "dueDate", width: 12, kind: "date" },
  { header: "Overdue", key: "overdue", width: 10, kind: "boolean" },
  { header: "Accepted until", key: "acceptedUntil", width: 14, kind: "date" },
  { header: "Accepted by", key: "acceptedBy", width: 20, kind: "text" },
  { header: "Accepted on", key: "acceptedOn", width: 12, kind: "date" },
  { header: "Risk acceptance justification", key: "justification", width: 48, kind: "longText" },
  { header: "Not-applicable reason", key: "naReason", width: 48, kind: "longText" },
  { header: "Comments", key: "comments", width: 48, kind: "longText" },
  { header: "CUEC → buyer control", key: "cuecs", width: 60, kind: "longText" },
  { header: "Service", key: "service", width: 18, kind: "text" },
  { header: "Citation", key: "citation", width: 60, kind: "longText" },
  { header: "Cited document", key: "citedDocument", width: 30, kind: "text" },
  { header: "Cited page", key: "citedPage", width: 10, kind: "number" },
  { header: "Cited quote", key: "citedQuote", width: 60, kind: "longText" },
  { header: "Check ID", key: "checkId", width: 24, kind: "text" },
  { header: "Gap key", key: "key", width: 16, kind: "text" },
];

const VENDOR_COLUMNS: ColumnSpec[] = [
  { header: "Vendor ID", key: "id", width: 14, kind: "text" },
  { header: "Vendor", key: "name", width: 28, kind: "text" },
  { header: "Tier", key: "tier", width: 16, kind: "text" },
  { header: "Status", key: "status", width: 14, kind: "text" },
  { header: "Decision", key: "decision", width: 22, kind: "text" },
  { header: "Decision note", key: "note", width: 48, kind: "longText" },
  { header: "Decided by", key: "decidedBy", width: 20, kind: "text" },
  { header: "Decided at (UTC)", key: "decidedAt", width: 17, kind: "datetime" },
  { header: "Open gaps", key: "open", width: 10, kind: "number" },
  { header: "Open critical", key: "openCritical", width: 12, kind: "number" },
  { header: "Open high", key: "openHigh", width: 10, kind: "number" },
  { header: "Overdue gaps", key: "overdue", width: 12, kind: "number" },
  { header: "Total gaps", key: "total", width: 10, kind: "number" },
  { header: "Evidence items", key: "evidence", width: 14, kind: "number" },
];

const EVIDENCE_COLUMNS: ColumnSpec[] = [
  { header: "Vendor", key: "vendor", width: 28, kind: "text" },
  { header: "Vendor ID", key: "vendorId", width: 14, kind: "text" },
  { header: "Kind", key: "kind", width: 24, kind: "text" },
  { header: "Title", key: "title", width: 44, kind: "longText" },
  { header: "Auditor / body", key: "auditorOrBody", width: 24, kind: "text" },
  { header: "Period start", key: "periodStart", width: 12, kind: "date" },
  { header: "Period end", key: "periodEnd", width: 12, kind: "date" },
  { header: "Issue date", key: "issueDate", width: 12, kind: "date" },
  { header: "Expiry date", key: "expiryDate", width: 12, kind: "date" },
  { header: "Expired", key: "expired", width: 10, kind: "boolean" },
  { header: "Status", key: "status", width: 14, kind: "text" },
];

export async function gapReportToXlsx(report: GapReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Assay";
  workbook.title = textCell(`Gap register – ${report.tenantName} – as of ${report.asOf}`) ?? "";
  const generatedAt = parseDateText(report.generatedAt);
  if (generatedAt) workbook.created = workbook.modified = generatedAt;

  // First sheet: what the workbook holds (scope, filters, as-of date, counts that match the rows).
  const reportSheet = workbook.addWorksheet("Report");
  reportSheet.columns = [
    { key: "label", width: 30, style: { font: { bold: true } } },
    { key: "value", width: 90, style: { alignment: { wrapText: true, vertical: "top" } } },
  ];
  for (const [label, value] of reportHeader(report))
    reportSheet.addRow({ label: textCell(label), value: textCell(value) });

  const gapSheet = addSheet(workbook, "Gaps", GAP_COLUMNS);
  const vendorSheet = addSheet(workbook, "Vendors", VENDOR_COLUMNS);
  const evidenceSheet = addSheet(workbook, "Evidence", EVIDENCE_COLUMNS);

  for (const vendor of report.vendors) {
    for (const gap of sortGaps(vendor.gaps)) {
      gapSheet.addRow({
        vendor: textCell(vendor.name),
        vendorId: textCell(vendor.id),
        severity: textCell(gap.severity),
        status: textCell(gap.status),
        title: textCell(gap.title),
        detail: textCell(gap.detail),
        owner: textCell(gap.ownerName),
        dueDate: dateCell(gap.dueDate),
        overdue: isOverdue(gap, report.asOf),
        acceptedUntil: dateCell(gap.acceptedUntil),
        acceptedBy: textCell(gap.acceptedBy),
        acceptedOn: dateCell(gap.acceptedOn),
        justification: textCell(justification(gap)),
        naReason: textCell(notApplicableReason(gap)),
        comments: textCell(commentsText(gap.comments)),
        cuecs: textCell(cuecText(gap.cuecMappings)),
        service: textCell(gap.service),
        citation: textCell(gap.citation),
        citedDocument: textCell(gap.citedDocument),
        citedPage: gap.citedPage,
        citedQuote: textCell(gap.citedQuote),
        checkId: textCell(gap.checkId),
        key: textCell(gap.key),
      });
    }

    const active = vendor.gaps.filter(isActiveGap);
    vendorSheet.addRow({
      id: textCell(vendor.id),
      name: textCell(vendor.name),
      tier: textCell(vendor.tier),
      status: textCell(vendor.status),
      decision: textCell(vendor.decision?.decision),
      note: textCell(vendor.decision?.note),
      decidedBy: textCell(vendor.decision?.decidedBy),
      decidedAt: dateCell(vendor.decision?.decidedAt),
      open: active.length,
      openCritical: active.filter((g) => g.severity === "critical").length,
      openHigh: active.filter((g) => g.severity === "high").length,
      overdue: vendor.gaps.filter((g) => isOverdue(g, report.asOf)).length,
      total: vendor.gaps.length,
      evidence: vendor.evidence.length,
    });

    for (const item of vendor.evidence) {
      evidenceSheet.addRow({
        vendor: textCell(vendor.name),
        vendorId: textCell(vendor.id),
        kind: textCell(item.kind),
        title: textCell(item.title),
        auditorOrBody: textCell(item.auditorOrBody),
        periodStart: dateCell(item.periodStart),
        periodEnd: dateCell(item.periodEnd),
        issueDate: dateCell(item.issueDate),
        expiryDate: dateCell(item.expiryDate),
        expired: item.expiryDate ? isBeforeDay(item.expiryDate, report.asOf) : null,
        status: textCell(item.status),
      });
    }
  }

  addListValidation(gapSheet, "severity", GAP_SEVERITIES);
  addListValidation(gapSheet, "status", GAP_STATUSES);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
