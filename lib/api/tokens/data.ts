import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb } from "@/lib/db";
import { isTokenScope, type TokenScope } from "./scopes";

export type ApiTokenRow = {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** The organisation's tokens for the settings page, newest first (revoked ones too: they explain the audit trail). */
export async function listApiTokens(actor: Actor): Promise<ApiTokenRow[]> {
  const db = tenantDb(actor.tenantId);
  const rows = await db.apiToken.findMany({
    where: { tenantId: actor.tenantId },
    select: {
      id: true,
      name: true,
      scope: true,
      createdAt: true,
      createdById: true,
      lastUsedAt: true,
      revokedAt: true,
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const members = await db.membership.findMany({
    where: { tenantId: actor.tenantId, userId: { in: rows.flatMap((r) => (r.createdById ? [r.createdById] : [])) } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scope: isTokenScope(r.scope) ? r.scope : "read",
    createdAt: r.createdAt,
    createdByName: r.createdById ? (names.get(r.createdById) ?? null) : null,
    lastUsedAt: r.lastUsedAt,
    revokedAt: r.revokedAt,
  }));
}
