import type { GapListQuery } from "./schema";

/** The register's filters as the export's query string: an export holds what the register shows (all pages). */
export function exportQuery(q: Partial<GapListQuery>): string {
  const filters: [string, string | undefined][] = [
    ["q", q.q],
    ["vendor", q.vendor],
    ["vendorName", q.vendorName],
    ["severity", q.severity],
    ["status", q.status ?? "active"],
    ["owner", q.owner],
    ["due", q.due],
  ];
  return new URLSearchParams(filters.filter((f): f is [string, string] => Boolean(f[1]))).toString();
}
