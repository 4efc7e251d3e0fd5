import { formatDateText, formatDateTimeText } from "@/lib/dates";
import { GAP_STATUS_LABELS } from "@/lib/vocabulary";
import { GAP_STATUSES, type CuecMapping, type GapComment, type GapItem, type GapReport } from "./types";

// What every export states above its rows, and how a gap's lists read as cell text: one wording
// for CSV, XLSX and PDF, so the three files say the same thing.

/** "Status: Open or in progress; Severity: High", or that nothing was filtered out. */
export function filtersText(report: GapReport): string {
  if (report.scope === "vendor") return "none: every gap of this vendor, every status";
  return report.filters.length
    ? report.filters.map((f) => `${f.label}: ${f.value}`).join("; ")
    : "none: every gap of every vendor, every status";
}

export function scopeText(report: GapReport): string {
  return report.scope === "vendor" && report.vendors.length === 1
    ? `Single vendor: ${report.vendors[0].name}`
    : report.filters.length
      ? `Vendors with gaps matching the filters (${report.vendors.length})`
      : `All vendors with gaps (${report.vendors.length})`;
}

/** Rows in the file, and how many matched when the export had to stop short (capped). */
export function rowCountText(report: GapReport): string {
  const rows = report.vendors.reduce((n, v) => n + v.gaps.length, 0);
  return report.matchingGaps > rows
    ? `${rows} of ${report.matchingGaps} matching gaps (the export is capped; narrow the filters)`
    : String(rows);
}

/** Counts by status, computed from the rows the file holds, so they always add up to them. */
export function statusCounts(report: GapReport): [string, number][] {
  const gaps = report.vendors.flatMap((v) => v.gaps);
  return GAP_STATUSES.map((st) => [GAP_STATUS_LABELS[st], gaps.filter((g) => g.status === st).length]);
}

/** "Open 2 · In progress 0 · Resolved 1 · Risk accepted 1 · Not applicable 0" */
export function countsText(report: GapReport): string {
  return statusCounts(report)
    .map(([label, n]) => `${label} ${n}`)
    .join(" · ");
}

/** The header block as label/value pairs (CSV preamble, XLSX "Report" sheet). */
export function reportHeader(report: GapReport): [string, string][] {
  return [
    ["Gap register export", report.tenantName],
    ["Scope", scopeText(report)],
    ["Filters", filtersText(report)],
    ["Position as of", formatDateText(report.asOf)],
    ["Generated (UTC)", formatDateTimeText(report.generatedAt)],
    ["Gaps in this file", rowCountText(report)],
    ...statusCounts(report).map(([label, n]): [string, string] => [`Gaps ${label.toLowerCase()}`, String(n)]),
  ];
}

export function commentsText(comments: GapComment[]): string {
  return comments.map((c) => `${formatDateTimeText(c.at)} ${c.author}: ${c.body}`).join("\n");
}

export function cuecText(mappings: CuecMapping[]): string {
  return mappings
    .map((m) => {
      if (!m.buyerControl) return `${m.cuec} → not mapped`;
      const extra = [`owner ${m.owner ?? "none"}`, `evidence ${m.evidence ?? "none"}`].join(", ");
      return `${m.cuec} → ${m.buyerControl} (${extra})`;
    })
    .join("\n");
}

/** The justification when the risk is accepted, the reason when the gap does not apply. */
export function justification(gap: GapItem): string {
  return gap.status === "risk_accepted" ? (gap.acceptanceNote ?? "") : "";
}
export function notApplicableReason(gap: GapItem): string {
  return gap.status === "not_applicable" ? (gap.acceptanceNote ?? "") : "";
}
