import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { withTenant, type TenantTx } from "@/lib/db";

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
