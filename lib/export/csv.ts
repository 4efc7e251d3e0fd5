import { neutraliseFormula } from "./formula-guard";
import { isOverdue, sortGaps } from "./gap-order";
import { formatDateText, formatDateTimeText } from "@/lib/dates";
import { commentsText, cuecText, justification, notApplicableReason, reportHeader } from "./report-header";
import type { GapReport } from "./types";

// Excel only detects UTF-8 (é, “quotes”) in a CSV when it starts with a BOM.
const BOM = "\uFEFF";
// RFC 4180 §2: records end with CRLF.
const EOL = "\r\n";

export const GAP_CSV_HEADERS = [
  "Vendor ID",
  "Vendor",
  "Tier",
  "Vendor status",
  "Decision",
  "Decided at",
  "Gap key",
  "Check ID",
  "Severity",
  "Status",
  "Title",
  "Detail",
  "Owner",
  "Due date",
  "Overdue",
  "Accepted until",
  "Accepted by",
  "Accepted on",
  "Risk acceptance justification",
  "Not-applicable reason",
  "Comments",
  "CUEC → buyer control",
  "Service",
  "Citation",
  "Cited document",
  "Cited page",
  "Cited quote",
] as const;

function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A header block (what the file holds: scope, filters, as-of date, counts by status), a blank
 * line, then one row per gap with the vendor columns repeated, so the table sorts and filters on
 * its own. Readers skip to the line that starts with the column names.
 */
export function gapReportToCsv(report: GapReport): string {
  const lines = reportHeader(report).map((pair) => pair.map(csvField).join(","));
  lines.push("", GAP_CSV_HEADERS.map(csvField).join(","));
  for (const vendor of report.vendors) {
    for (const gap of sortGaps(vendor.gaps)) {
      const row = [
        vendor.id,
        vendor.name,
        vendor.tier,
        vendor.status,
        vendor.decision?.decision ?? "",
        formatDateTimeText(vendor.decision?.decidedAt),
        gap.key,
        gap.checkId,
        gap.severity,
        gap.status,
        gap.title,
        gap.detail,
        gap.ownerName ?? "",
        formatDateText(gap.dueDate),
        isOverdue(gap, report.asOf) ? "yes" : "no",
        formatDateText(gap.acceptedUntil),
        gap.acceptedBy ?? "",
        formatDateText(gap.acceptedOn),
        justification(gap),
        notApplicableReason(gap),
        commentsText(gap.comments),
        cuecText(gap.cuecMappings),
        gap.service ?? "",
        gap.citation ?? "",
        gap.citedDocument ?? "",
        gap.citedPage === null ? "" : String(gap.citedPage),
        gap.citedQuote ?? "",
      ];
      lines.push(row.map(csvField).join(","));
    }
  }
  return BOM + lines.join(EOL) + EOL;
}
