import "server-only";
import { systemDb } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";

// The per-account failed-login counter and lockout (login.ts), and the sign-in path's audit events
// (lib/auth/sign-in-events.ts): written before any tenant is known.

/** This attempt's number since the last reset, or null while the account is locked (one atomic UPDATE). */
export async function countAttempt(userId: string, now: Date): Promise<number | null> {
  const rows = await systemDb.$queryRaw<{ failedLogins: number }[]>`
    UPDATE "User" SET "failedLogins" = "failedLogins" + 1
    WHERE id = ${userId}::uuid AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
    RETURNING "failedLogins"`;
  return rows[0]?.failedLogins ?? null;
}

/** Locks the account; true only for the call that locked it (a burst of failures locks it once). */
export async function lockAccount(userId: string, until: Date, now: Date): Promise<boolean> {
  const n = await systemDb.$executeRaw`
    UPDATE "User" SET "failedLogins" = 0, "lockedUntil" = ${until}
    WHERE id = ${userId}::uuid AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
  return n === 1;
}

export async function clearFailedLogins(userId: string): Promise<void> {
  await systemDb.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: null } });
}

export type SignInEvent = {
  action: string;
  actorId: string | null;
  entityType?: string;
  entityId: string | null;
  data: Prisma.InputJsonValue;
};

/**
 * One event about an account in the trail of every organisation it belongs to, in one statement:
 * its lockout or a refused password shuts it out of all of them. No membership: nowhere.
 */
export async function recordAccountEvent(userId: string, e: SignInEvent): Promise<void> {
  await systemDb.$executeRaw`
    INSERT INTO "AuditEvent" ("id", "tenantId", "actorId", "action", "entityType", "entityId", "data")
    SELECT gen_random_uuid(), m."tenantId", ${e.actorId}::uuid, ${e.action}, ${e.entityType ?? "User"}, ${e.entityId}, ${JSON.stringify(e.data)}::jsonb
    FROM "Membership" m WHERE m."userId" = ${userId}::uuid`;
}

/**
 * One event in one organisation's trail, or with `tenantId` null in the instance's own record,
 * which no organisation can read (row-level security matches no tenant to NULL): for what belongs
 * to no organisation, like an address that has no account (docs/decisions/025).
 */
export async function recordSignInEvent(tenantId: string | null, e: SignInEvent): Promise<void> {
  await systemDb.auditEvent.create({ data: { tenantId, entityType: "User", ...e } });
}
