import type { GapReport } from "./types";

// What a route handler needs to serve an export: the MIME type and a file name
// that is safe inside a Content-Disposition header whatever the vendor is called.

export const EXPORT_FORMATS = ["csv", "xlsx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

function slug(value: string): string {
  return (
    value
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "export"
  );
}

/** e.g. "gap-register-acme-bank-2026-11-23.pdf"; only [a-z0-9.-], so no header injection or path tricks. */
export function exportFileName(report: GapReport, format: ExportFormat): string {
  const subject = report.scope === "vendor" && report.vendors.length === 1 ? report.vendors[0].name : report.tenantName;
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(report.asOf) ? report.asOf : "undated";
  return `gap-register-${slug(subject)}-${asOf}.${format}`;
}
