import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors";
import { gapReportToCsv } from "@/lib/export/csv";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportFileName, type ExportFormat } from "@/lib/export/download";
import { gapReportToPdf } from "@/lib/export/pdf-report";
import { gapReportToXlsx } from "@/lib/export/xlsx";
import type { GapReport } from "@/lib/export/types";

export function parseFormat(raw: string | null): ExportFormat {
  if (raw && (EXPORT_FORMATS as readonly string[]).includes(raw)) return raw as ExportFormat;
  throw new AppError("INVALID_INPUT", "Choose an export format: csv, xlsx or pdf.");
}

/** Renders the report in the format, records the export in the audit trail, and serves it as an attachment. */
export async function exportResponse(actor: Actor, report: GapReport, format: ExportFormat): Promise<Response> {
  const body: Uint8Array =
    format === "csv"
      ? new TextEncoder().encode(gapReportToCsv(report))
      : new Uint8Array(format === "xlsx" ? await gapReportToXlsx(report) : await gapReportToPdf(report));
  await recordAudit(actor, {
    action: "export.gap_register",
    entityType: report.scope === "vendor" ? "Vendor" : "Tenant",
    entityId: report.scope === "vendor" ? (report.vendors[0]?.id ?? null) : actor.tenantId,
    data: { format, gaps: report.vendors.reduce((n, v) => n + v.gaps.length, 0) },
  });
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFileName(report, format)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
