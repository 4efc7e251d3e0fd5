import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VendorListQuery } from "./schema";

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

// Sort keys map to fixed SQL (never user text). Tier sorts by rank, not alphabet.
const ORDER: Record<VendorListQuery["sort"], Prisma.Sql> = {
  name: Prisma.sql`v."legalName"`,
  tier: Prisma.sql`array_position(ARRAY['critical','high','medium','low']::"VendorTier"[], v.tier)`,
  evidence: Prisma.sql`e.expires`,
  gaps: Prisma.sql`(g.critical * 1000000 + g.high * 10000 + g.medium * 100 + g.low)`,
  review: Prisma.sql`v."nextReviewDate"`,
};

/**
 * One page of the vendor list with open gap counts by severity and the date the vendor's first
 * confirmed evidence goes stale (a certificate's expiry, or a SOC report's period end + 12 months).
 * A single tenant-scoped SQL statement, so it stays fast at thousands of vendors (see bench/load).
 */
export async function findVendorPage(actor: Actor, query: VendorListQuery, today: string): Promise<{ rows: VendorListRow[]; total: number }> {
  const where: Prisma.Sql[] = [Prisma.sql`v."tenantId" = ${actor.tenantId}::uuid`];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(Prisma.sql`(v."legalName" ILIKE ${like} OR EXISTS (SELECT 1 FROM unnest(v.aliases) a WHERE a ILIKE ${like}))`);
  }
  if (query.tier) where.push(Prisma.sql`v.tier = ${query.tier}::"VendorTier"`);
  if (query.status) where.push(Prisma.sql`v.status = ${query.status}::"VendorStatus"`);
  if (query.region) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "BuyerService" s WHERE s."tenantId" = v."tenantId" AND s."vendorId" = v.id AND ${query.region} = ANY(s.regions))`);
  }
  if (query.critical) where.push(Prisma.sql`g.critical > 0`);
  if (query.expiring) where.push(Prisma.sql`e.expires IS NOT NULL AND e.expires <= (${today}::date + 30)`);
  const dir = query.dir === "desc" ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
  const offset = (query.page - 1) * PAGE_SIZE;

  const base = Prisma.sql`
    FROM "Vendor" v
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE severity = 'critical')::int AS critical,
             count(*) FILTER (WHERE severity = 'high')::int AS high,
             count(*) FILTER (WHERE severity = 'medium')::int AS medium,
             count(*) FILTER (WHERE severity = 'low')::int AS low
      FROM "Gap" gp WHERE gp."tenantId" = v."tenantId" AND gp."vendorId" = v.id AND gp.status IN ('open', 'in_progress')
    ) g ON true
    LEFT JOIN LATERAL (
      SELECT min(x) AS expires, count(*)::int AS n FROM (
        SELECT ic."expiryDate" AS x FROM "IsoCertificate" ic JOIN "Document" d ON d.id = ic."documentId"
          WHERE d."tenantId" = v."tenantId" AND d."vendorId" = v.id
        UNION ALL
        SELECT (COALESCE(sr."periodEnd", sr."asOfDate") + interval '12 months')::date FROM "SocReport" sr JOIN "Document" d ON d.id = sr."documentId"
          WHERE d."tenantId" = v."tenantId" AND d."vendorId" = v.id
      ) t
    ) e ON true
    WHERE ${Prisma.join(where, " AND ")}`;

  const [rows, count] = await Promise.all([
    db.$queryRaw<VendorListRow[]>`
      SELECT v.id, v."legalName", v.tier::text AS tier, v.status::text AS status, v."nextReviewDate",
             g.critical, g.high, g.medium, g.low, e.expires AS "evidenceExpires", e.n AS "evidenceCount"
      ${base}
      ORDER BY ${ORDER[query.sort]} ${dir}, v."legalName" ASC
      LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${base}`,
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

export function evidenceState(expires: Date | null, count: number, today: string): "none" | "expired" | "expiring" | "current" {
  if (!count || !expires) return "none";
  const t = new Date(`${today}T00:00:00Z`).getTime();
  if (expires.getTime() < t) return "expired";
  if (expires.getTime() <= t + 30 * 86400_000) return "expiring";
  return "current";
}
