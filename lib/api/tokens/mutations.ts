import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { assertCan } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/mutations";
import { withTenant } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { newApiToken } from "./format";
import { createApiTokenSchema, MAX_ACTIVE_TOKENS, revokeApiTokenSchema } from "./schema";
import { isTokenScope, type TokenScope } from "./scopes";

/** `token` is the secret: returned here once, never stored, never shown again. */
export type CreatedApiToken = { id: string; name: string; scope: TokenScope; token: string };

export async function createApiToken(actor: Actor, input: unknown): Promise<CreatedApiToken> {
  assertCan(actor, "user:manage");
  const { name, scope } = createApiTokenSchema.parse(input);
  const { token, hash } = newApiToken(actor.tenantId);
  return withTenant(actor.tenantId, async (tx) => {
    // Serialises creations in one organisation so the cap below holds under concurrent requests.
    await tx.$queryRaw`SELECT id FROM "Tenant" WHERE id = ${actor.tenantId}::uuid FOR UPDATE`;
    const active = await tx.apiToken.count({ where: { tenantId: actor.tenantId, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS)
      throw new AppError("CONFLICT", `An organisation may hold ${MAX_ACTIVE_TOKENS} active tokens. Revoke one first.`);
    const row = await tx.apiToken.create({
      data: { tenantId: actor.tenantId, name, scope, tokenHash: hash, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(
      actor,
      { action: "api_token.create", entityType: "ApiToken", entityId: row.id, data: { name, scope } },
      tx,
    );
    return { id: row.id, name, scope, token };
  });
}

/** Revokes at once: the token's next request is refused. Revoking a revoked token changes nothing. */
export async function revokeApiToken(actor: Actor, input: unknown): Promise<{ changed: boolean }> {
  assertCan(actor, "user:manage");
  const { tokenId } = revokeApiTokenSchema.parse(input);
  return withTenant(actor.tenantId, async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { tenantId: actor.tenantId, id: tokenId },
      select: { id: true, name: true, revokedAt: true },
    });
    if (!token) throw notFound("That token");
    if (token.revokedAt) return { changed: false };
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date(), revokedById: actor.userId } });
    await recordAudit(
      actor,
      { action: "api_token.revoke", entityType: "ApiToken", entityId: token.id, data: { name: token.name } },
      tx,
    );
    return { changed: true };
  });
}

export type TokenUse =
  | { ok: true; id: string; name: string; scope: TokenScope; tenantName: string }
  | { ok: false; reason: "unknown" | "revoked" };

/** How stale lastUsedAt may get before a request writes it again (one write a minute, not one a request). */
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * Looks a presented token up by its hash with its organisation set as the tenant (row-level
 * security), and in the same transaction notes its use or records the refusal of a revoked one.
 * An unknown token is not written to any audit trail: anyone can make one up, and naming an
 * organisation in it must not let a stranger write rows into that organisation's trail.
 */
export async function useApiToken(tenantId: string, hash: string, nowMs = Date.now()): Promise<TokenUse> {
  return withTenant(tenantId, async (tx) => {
    const row = await tx.apiToken.findUnique({
      where: { tokenHash: hash },
      select: {
        id: true,
        name: true,
        scope: true,
        revokedAt: true,
        lastUsedAt: true,
        tenant: { select: { name: true } },
      },
    });
    if (!row || !isTokenScope(row.scope)) return { ok: false, reason: "unknown" } as const;
    if (row.revokedAt) {
      await recordAudit(
        { userId: row.id, tenantId },
        {
          action: "api_token.refused",
          entityType: "ApiToken",
          entityId: row.id,
          data: { name: row.name, reason: "revoked" },
        },
        tx,
      );
      return { ok: false, reason: "revoked" } as const;
    }
    if (!row.lastUsedAt || nowMs - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS)
      await tx.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(nowMs) } });
    return { ok: true, id: row.id, name: row.name, scope: row.scope, tenantName: row.tenant.name } as const;
  });
}
