import "server-only";
import { systemDb } from "@/lib/db";

// The per-account failed-login counter and lockout (login.ts): written before any tenant is known.

/** This attempt's number since the last reset, or null while the account is locked (one atomic UPDATE). */
export async function countAttempt(userId: string, now: Date): Promise<number | null> {
  const rows = await systemDb.$queryRaw<{ failedLogins: number }[]>`
    UPDATE "User" SET "failedLogins" = "failedLogins" + 1
    WHERE id = ${userId}::uuid AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
    RETURNING "failedLogins"`;
  return rows[0]?.failedLogins ?? null;
}

export async function lockAccount(userId: string, until: Date): Promise<void> {
  await systemDb.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: until } });
}

export async function clearFailedLogins(userId: string): Promise<void> {
  await systemDb.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: null } });
}
