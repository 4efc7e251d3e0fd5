import "server-only";
import { systemDb, withTenant, type TenantTx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { ThrottlePolicy, ThrottleState } from "./ip-throttle";

// Writes of the sign-in path. Failed-login counters and the per-address throttle are written before
// any tenant is known, so they use the owner connection (docs/decisions/007-row-level-security.md).

type Who = { userId: string; tenantId: string };

/**
 * Signs out one session: its sid goes into "RevokedSession" (checked on every request with the
 * membership, lib/auth/session/data.ts) until the session's absolute end, when it would be refused
 * anyway and the row is pruned. `who` is the session's person while it was still usable: then the
 * sign-out is audited in its organisation, once however many times it is signed out.
 */
export async function revokeSession(sid: string, expiresAt: Date, who: Who | null, nowMs: number): Promise<void> {
  const revoke = async (tx: Pick<TenantTx, "$executeRaw">) => {
    await tx.$executeRaw`DELETE FROM "RevokedSession" WHERE "expiresAt" < ${new Date(nowMs)}`;
    return tx.$executeRaw`
      INSERT INTO "RevokedSession" ("sid", "expiresAt") VALUES (${sid}, ${expiresAt}) ON CONFLICT ("sid") DO NOTHING`;
  };
  if (!who) {
    await revoke(systemDb);
    return;
  }
  await withTenant(who.tenantId, async (tx) => {
    if ((await revoke(tx)) === 1)
      await recordAudit(who, { action: "auth.sign_out", entityType: "User", entityId: who.userId }, tx);
  });
}

/** Moving the epoch revokes every session of this person, everywhere (a cookie older than session ids). */
export async function revokeSessions(who: Who): Promise<void> {
  await withTenant(who.tenantId, async (tx) => {
    await tx.user.update({ where: { id: who.userId }, data: { sessionEpoch: new Date() } });
    await recordAudit(who, { action: "auth.sign_out", entityType: "User", entityId: who.userId }, tx);
  });
}

/**
 * Counts an attempt before the password is checked (one atomic upsert, the SQL form of nextState in
 * ip-throttle.ts), so parallel requests cannot all slip in under the limit. A sign-in that then
 * succeeds hands its count back with forgiveAttempt(); a success never clears the counter, or an
 * attacker could reset it by signing in to an account of their own between guesses.
 */
export async function recordAttempt(key: string, now: Date, p: ThrottlePolicy): Promise<ThrottleState> {
  const cutoff = new Date(now.getTime() - p.windowMinutes * 60_000);
  const rows = await systemDb.$queryRaw<ThrottleState[]>`
    INSERT INTO "LoginThrottle" ("key", "windowStart", "failures") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" <= ${cutoff} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" <= ${cutoff} THEN ${now} ELSE "LoginThrottle"."windowStart" END
    RETURNING "windowStart", "failures"`;
  return rows[0];
}

export async function forgiveAttempt(key: string): Promise<void> {
  await systemDb.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
}

/** Drops counters whose window has run out; called now and then from the sign-in path. */
export async function pruneThrottle(now: Date, p: ThrottlePolicy): Promise<number> {
  const cutoff = new Date(now.getTime() - p.windowMinutes * 60_000);
  return systemDb.$executeRaw`DELETE FROM "LoginThrottle" WHERE "windowStart" <= ${cutoff}`;
}
