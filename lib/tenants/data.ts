import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { withTenant, type TenantSql, type TenantTx } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";

export type Member = { id: string; name: string; role: string };

/** The tenant's members, for owner pickers. */
export async function findMembers(actor: Actor): Promise<Member[]> {
  return withTenant(actor.tenantId, (db) => findMembersIn(db, actor));
}

/** The same, inside a transaction the caller already holds (a page's other reads): no transaction of its own. */
export async function findMembersIn(db: TenantTx, actor: Actor): Promise<Member[]> {
  const rows = await db.membership.findMany({
    where: { tenantId: actor.tenantId },
    select: { userId: true, role: true, disabledAt: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((r) => ({
    id: r.userId,
    name: r.user.name + (r.disabledAt ? " (disabled)" : ""),
    role: r.role,
  }));
}

/** findMembersIn for a readTenant() transaction (the gap register's reads on the pg pool, docs/decisions/050). */
export async function findMembersSql(sql: TenantSql, actor: Actor): Promise<Member[]> {
  const rows = await sql<{ id: string; name: string; role: string; disabledAt: Date | null }>(Prisma.sql`
    SELECT m."userId" AS id, u.name, m.role, m."disabledAt"
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."tenantId" = ${actor.tenantId}::uuid
    ORDER BY u.name ASC`);
  return rows.map((r) => ({ id: r.id, name: r.name + (r.disabledAt ? " (disabled)" : ""), role: r.role }));
}
