import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { withTenant } from "@/lib/db";
import { CURRENCY_STEPS, type CurrencyStep } from "@/lib/scoring";
import { activeStatusSql } from "@/lib/gaps/data";
import type { Severity } from "@/lib/vocabulary";
import { evidenceDueSql, type EvidenceDueRow } from "@/lib/vendors/currency/loaders";

/** How many rows each dashboard list shows; the counts are always complete. */
export const LIST_LIMIT = 10;
export const CHART_WEEKS = 8;

export type EvidenceItem = Omit<EvidenceDueRow, "bucket" | "vendorOwnerId">;

export type Dashboard = {
  evidence: Record<CurrencyStep, { count: number; items: EvidenceItem[] }>;
  overdueGaps: {
    count: number;
    items: {
      id: string;
      title: string;
      severity: Severity;
      vendorId: string;
      legalName: string;
      ownerName: string | null;
      due: string;
    }[];
  };
  vendorsDueForReview: { count: number; items: { id: string; legalName: string; tier: string; due: string }[] };
  gapCountsBySeverity: Record<Severity, number>;
  /** Oldest week first; `week` is the Monday (ISO week start) as YYYY-MM-DD. */
  gapTrend: { week: string; opened: number; closed: number }[];
};

/**
 * Everything the dashboard shows, in five tenant-scoped statements run side by side. Counting and
 * bucketing happen in SQL and lists stop at LIST_LIMIT, so the cost does not grow with what is
 * sent to the page (bench target: 5,000 vendors / 50,000 gaps per tenant).
 */
export async function loadDashboard(actor: Actor, today: string): Promise<Dashboard> {
  const t = actor.tenantId;
  const [evidenceRows, gapTotals, overdue, reviews, trend] = await Promise.all([
    withTenant(
      t,
      (tx) => tx.$queryRaw<(EvidenceDueRow & { total: number })[]>`
      SELECT * FROM (
        SELECT b.*, row_number() OVER (PARTITION BY b.bucket ORDER BY b.due, b."legalName", b."documentId") AS rn,
               count(*) OVER (PARTITION BY b.bucket)::int AS total
        FROM (${evidenceDueSql(t, today)}) b
      ) r WHERE r.rn <= ${LIST_LIMIT}`,
    ),
    withTenant(
      t,
      (tx) => tx.$queryRaw<(Record<Severity, number> & { overdue: number })[]>`
      SELECT count(*) FILTER (WHERE severity = 'critical')::int AS critical,
             count(*) FILTER (WHERE severity = 'high')::int AS high,
             count(*) FILTER (WHERE severity = 'medium')::int AS medium,
             count(*) FILTER (WHERE severity = 'low')::int AS low,
             count(*) FILTER (WHERE "dueDate" < ${today}::date)::int AS overdue
      FROM "Gap" WHERE "tenantId" = ${t}::uuid AND ${activeStatusSql("status")}`,
    ),
    // Same rule as the gap list's "overdue" filter (active status, due before today), so the
    // count here matches what /gaps?due=overdue shows.
    withTenant(
      t,
      (tx) => tx.$queryRaw<Dashboard["overdueGaps"]["items"]>`
      SELECT g.id, g.title, g.severity::text AS severity, g."vendorId", v."legalName", u.name AS "ownerName", g."dueDate"::text AS due
      FROM "Gap" g
      JOIN "Vendor" v ON v."tenantId" = g."tenantId" AND v.id = g."vendorId"
      LEFT JOIN "Membership" m ON m."tenantId" = g."tenantId" AND m."userId" = g."ownerId"
      LEFT JOIN "User" u ON u.id = m."userId"
      WHERE g."tenantId" = ${t}::uuid AND ${activeStatusSql("g.status")} AND g."dueDate" < ${today}::date
      ORDER BY g."dueDate", g.severity, g.title
      LIMIT ${LIST_LIMIT}`,
    ),
    withTenant(
      t,
      (tx) => tx.$queryRaw<(Dashboard["vendorsDueForReview"]["items"][number] & { total: number })[]>`
      SELECT v.id, v."legalName", v.tier::text AS tier, v."nextReviewDate"::text AS due, count(*) OVER ()::int AS total
      FROM "Vendor" v
      WHERE v."tenantId" = ${t}::uuid AND v.status <> 'offboarded' AND v."archivedAt" IS NULL AND v."nextReviewDate" <= ${today}::date + 30
      ORDER BY v."nextReviewDate", v."legalName"
      LIMIT ${LIST_LIMIT}`,
    ),
    // Two grouped scans of the tenant's gaps, joined to the week series; weeks with none are 0.
    withTenant(
      t,
      (tx) => tx.$queryRaw<Dashboard["gapTrend"]>`
      WITH weeks AS (
        SELECT generate_series(date_trunc('week', ${today}::date) - make_interval(weeks => ${CHART_WEEKS - 1}::int),
                               date_trunc('week', ${today}::date), interval '1 week')::date AS week
      ), opened AS (
        SELECT date_trunc('week', "firstSeenAt")::date AS week, count(*)::int AS n FROM "Gap"
        WHERE "tenantId" = ${t}::uuid AND "firstSeenAt" >= (SELECT min(week) FROM weeks) GROUP BY 1
      ), closed AS (
        SELECT date_trunc('week', "resolvedAt")::date AS week, count(*)::int AS n FROM "Gap"
        WHERE "tenantId" = ${t}::uuid AND "resolvedAt" >= (SELECT min(week) FROM weeks) GROUP BY 1
      )
      SELECT w.week::text AS week, COALESCE(o.n, 0) AS opened, COALESCE(c.n, 0) AS closed
      FROM weeks w LEFT JOIN opened o ON o.week = w.week LEFT JOIN closed c ON c.week = w.week
      ORDER BY w.week`,
    ),
  ]);

  const evidence = Object.fromEntries(
    CURRENCY_STEPS.map((b) => [b, { count: 0, items: [] as EvidenceItem[] }]),
  ) as Dashboard["evidence"];
  for (const r of evidenceRows) {
    evidence[r.bucket].count = r.total;
    evidence[r.bucket].items.push({
      documentId: r.documentId,
      vendorId: r.vendorId,
      legalName: r.legalName,
      filename: r.filename,
      kind: r.kind,
      label: r.label,
      due: r.due,
    });
  }
  const totals = gapTotals[0] ?? { critical: 0, high: 0, medium: 0, low: 0, overdue: 0 };
  return {
    evidence,
    overdueGaps: { count: totals.overdue, items: overdue },
    vendorsDueForReview: {
      count: reviews[0]?.total ?? 0,
      items: reviews.map((r) => ({ id: r.id, legalName: r.legalName, tier: r.tier, due: r.due })),
    },
    gapCountsBySeverity: { critical: totals.critical, high: totals.high, medium: totals.medium, low: totals.low },
    gapTrend: trend,
  };
}
