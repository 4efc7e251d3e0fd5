import { gapListQuerySchema, type GapListQuery } from "@/lib/gaps/schema";
import type { ReportFilter } from "@/lib/export/types";
import { GAP_STATUS_LABELS, SEVERITY_LABELS, type GapStatus } from "@/lib/vocabulary";

/**
 * An export's filters from its query string. Unlike the register screen (which opens on the gaps
 * still to act on), an export asked for without a status holds every status: a report that says
 * "all vendors" must not silently leave out accepted risks. The register's export links always
 * pass the status the screen shows.
 */
export function parseExportFilters(params: URLSearchParams): GapListQuery {
  const raw = Object.fromEntries(params);
  return gapListQuerySchema.parse({ ...raw, status: raw.status || "all" });
}

/** The filters in words, for the report's header; [] when the export holds every gap. */
export function describeFilters(
  q: Partial<GapListQuery>,
  names: { member: (id: string) => string | null; vendor: string | null },
): ReportFilter[] {
  const out: ReportFilter[] = [];
  if (q.q) out.push({ label: "Search", value: `“${q.q}”` });
  if (q.vendor) out.push({ label: "Vendor", value: names.vendor ?? "unknown vendor" });
  if (q.vendorName) out.push({ label: "Vendor name contains", value: `“${q.vendorName}”` });
  if (q.severity) out.push({ label: "Severity", value: SEVERITY_LABELS[q.severity] });
  if (q.status && q.status !== "all")
    out.push({
      label: "Status",
      value: q.status === "active" ? "Open or in progress" : GAP_STATUS_LABELS[q.status as GapStatus],
    });
  if (q.owner)
    out.push({
      label: "Owner",
      value: q.owner === "none" ? "Unassigned" : (names.member(q.owner) ?? "former member"),
    });
  if (q.due) out.push({ label: "Due", value: q.due === "overdue" ? "Overdue" : "Within 30 days" });
  return out;
}
