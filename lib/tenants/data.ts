import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb } from "@/lib/db";

/** The tenant's members, for owner pickers. */
export async function findMembers(actor: Actor): Promise<{ id: string; name: string; role: string }[]> {
  const db = tenantDb(actor.tenantId);
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
