import "server-only";
import { systemDb, withTenant } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "./load-actor";
import type { ThrottlePolicy, ThrottleState } from "./ip-throttle";

// Writes of the sign-in path. Failed-login counters and the per-address throttle are written before
// any tenant is known, so they use the owner connection (docs/decisions/007-row-level-security.md).

/** Moving the epoch revokes every session of this user on its next request, not just this cookie. */
export async function revokeSessions(actor: Actor): Promise<void> {
  await withTenant(actor.tenantId, async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionEpoch: new Date() } });
    await recordAudit(actor, { action: "auth.sign_out", entityType: "User", entityId: actor.userId }, tx);
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
