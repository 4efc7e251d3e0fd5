import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { readTenant } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";
import { fromDbDate } from "@/lib/dates";
import { activeStatusSql } from "@/lib/gaps/data";
import { TIERS } from "@/lib/vocabulary";
import { currencyStatusOn, currencyStepBounds, type CurrencyStatus } from "@/lib/scoring";
import type { VendorListQuery } from "../schema";

export const PAGE_SIZE = 25;

export type VendorListRow = {
  id: string;
  legalName: string;
  tier: string;
  status: string;
  nextReviewDate: Date | null;
  critical: number;
  high: number;
  medium: number;
  low: number;
  evidenceExpires: Date | null;
  evidenceCount: number;
};

// Sort keys map to fixed SQL over the `base` columns below (never user text). Tier sorts by rank.
const ORDER: Record<VendorListQuery["sort"], Prisma.Sql> = {
  name: Prisma.sql`"legalName"`,
  tier: Prisma.sql`array_position(ARRAY[${Prisma.join([...TIERS])}]::"VendorTier"[], tier)`,
  evidence: Prisma.sql`"evidenceExpires"`,
  gaps: Prisma.sql`(critical * 1000000 + high * 10000 + medium * 100 + low)`,
  review: Prisma.sql`"nextReviewDate"`,
};

// The vendor's stored evidence currency (lib/scoring/currency.ts, stored on confirm and re-score):
// `evidenceExpires` is the day its first item lapses, `evidenceCount` how many families are on file.
const EVIDENCE_COLUMNS = Prisma.sql`v."evidenceCoveredUntil" AS "evidenceExpires", jsonb_array_length(v."evidenceCurrency")::int AS "evidenceCount"`;

const GAP_COUNT_COLUMNS = Prisma.sql`
      count(*) FILTER (WHERE severity = 'critical')::int AS critical,
      count(*) FILTER (WHERE severity = 'high')::int AS high,
      count(*) FILTER (WHERE severity = 'medium')::int AS medium,
      count(*) FILTER (WHERE severity = 'low')::int AS low`;
const OPEN = activeStatusSql("gp.status");

function gapCountsLateral(alias: string): Prisma.Sql {
  const v = Prisma.raw(alias);
  return Prisma.sql`LEFT JOIN LATERAL (
      SELECT ${GAP_COUNT_COLUMNS}
      FROM "Gap" gp WHERE gp."tenantId" = ${v}."tenantId" AND gp."vendorId" = ${v}.id AND ${OPEN}
    ) g ON true`;
}

/**
 * One page of the vendor list with open gap counts by severity and the date the vendor's first
 * confirmed evidence goes stale. Tenant-scoped SQL built from fixed fragments. The page's 25 rows
 * are chosen first and the per-vendor aggregates computed for them only, unless the sort or a filter
 * needs an aggregate for every vendor (then gap counts come from one GROUP BY over the tenant's
 * open gaps). Medians on a 5,000-vendor / 50,000-gap tenant are in docs/operations.md.
 */
export async function findVendorPage(
  actor: Actor,
  query: VendorListQuery,
  today: string,
): Promise<{ rows: VendorListRow[]; total: number }> {
  const gapsFirst = query.sort === "gaps" || Boolean(query.critical);
  const where: Prisma.Sql[] = [
    Prisma.sql`v."tenantId" = ${actor.tenantId}::uuid`,
    // Archived vendors leave the list; the "Archived" filter shows only them.
    query.archived ? Prisma.sql`v."archivedAt" IS NOT NULL` : Prisma.sql`v."archivedAt" IS NULL`,
  ];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      Prisma.sql`(v."legalName" ILIKE ${like} OR EXISTS (SELECT 1 FROM unnest(v.aliases) a WHERE a ILIKE ${like}))`,
    );
  }
  if (query.tier) where.push(Prisma.sql`v.tier = ${query.tier}::"VendorTier"`);
  if (query.status) where.push(Prisma.sql`v.status = ${query.status}::"VendorStatus"`);
  if (query.region) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "BuyerService" s WHERE s."tenantId" = v."tenantId" AND s."vendorId" = v.id AND ${query.region} = ANY(s.regions))`,
    );
  }
  if (query.critical) where.push(Prisma.sql`COALESCE(g.critical, 0) > 0`);
  if (query.expiring) where.push(Prisma.sql`v."evidenceCoveredUntil" <= ${currencyStepBounds(today)["30d"]}::date`);
  const dir = query.dir === "desc" ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
  const order = Prisma.sql`${ORDER[query.sort]} ${dir}, "legalName" ASC`;
  const offset = (query.page - 1) * PAGE_SIZE;

  const gapCte = Prisma.sql`g AS (
      SELECT gp."vendorId", ${GAP_COUNT_COLUMNS}
      FROM "Gap" gp WHERE gp."tenantId" = ${actor.tenantId}::uuid AND ${OPEN}
      GROUP BY gp."vendorId"
    )`;
  const base = Prisma.sql`base AS (
      SELECT v.id, v."tenantId", v."legalName", v.tier, v.status, v."nextReviewDate"
             ${gapsFirst ? Prisma.sql`, COALESCE(g.critical, 0) AS critical, COALESCE(g.high, 0) AS high, COALESCE(g.medium, 0) AS medium, COALESCE(g.low, 0) AS low` : Prisma.empty}
             , ${EVIDENCE_COLUMNS}
      FROM "Vendor" v
      ${gapsFirst ? Prisma.sql`LEFT JOIN g ON g."vendorId" = v.id` : Prisma.empty}
      WHERE ${Prisma.join(where, " AND ")}
    )`;
  const withClause = gapsFirst ? Prisma.sql`WITH ${gapCte}, ${base}` : Prisma.sql`WITH ${base}`;

  // The total rides along on every row (count(*) OVER () before LIMIT): one statement in one
  // transaction per page instead of two, and the gap aggregate is computed once. A page past the
  // end has no row to carry it, so only then is the total counted on its own.
  const rowsQuery = Prisma.sql`${withClause}, page AS (SELECT *, count(*) OVER ()::int AS total FROM base ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset})
    SELECT page.id, page."legalName", page.tier::text AS tier, page.status::text AS status, page."nextReviewDate",
           ${gapsFirst ? Prisma.sql`page.critical, page.high, page.medium, page.low` : Prisma.sql`g.critical, g.high, g.medium, g.low`},
           page."evidenceExpires", page."evidenceCount", page.total
    FROM page
    ${gapsFirst ? Prisma.empty : gapCountsLateral("page")}
    ORDER BY ${order}`;

  // On the pg pool, not Prisma's interactive transaction and $queryRaw (docs/decisions/050).
  const rows = await readTenant(actor.tenantId, (sql) => sql<VendorListRow & { total: number }>(rowsQuery));
  if (rows.length) return { rows, total: rows[0].total };
  if (offset === 0) return { rows, total: 0 };
  const count = await readTenant(actor.tenantId, (sql) =>
    sql<{ n: number }>(Prisma.sql`${withClause} SELECT count(*)::int AS n FROM base`),
  );
  return { rows, total: count[0]?.n ?? 0 };
}

/** The list's evidence column: the stored "covered until" read on `today` (lib/scoring/currency.ts). */
export function evidenceState(expires: Date | null, count: number, today: string): CurrencyStatus {
  return count ? currencyStatusOn(fromDbDate(expires), today) : "none";
}
