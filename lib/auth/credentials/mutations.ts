import "server-only";
import { systemDb } from "@/lib/db";

/** Stores a new password hash and moves the person's epoch, which ends every session of theirs. */
export async function storePassword(userId: string, passwordHash: string, now: Date): Promise<void> {
  await systemDb.user.update({ where: { id: userId }, data: { passwordHash, sessionEpoch: now } });
}

export async function createPasswordReset(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await systemDb.passwordReset.create({ data: { userId, tokenHash, expiresAt } });
}

/**
 * Uses a reset link once (one conditional UPDATE claims it) and sets the new password, ending every
 * session and lifting a lockout. Null when the link was used, has expired or never existed.
 */
export async function redeemPasswordReset(
  tokenHash: string,
  passwordHash: string,
  now: Date,
): Promise<{ email: string } | null> {
  return systemDb.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ userId: string }[]>`
      UPDATE "PasswordReset" SET "usedAt" = ${now}
      WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > ${now}
      RETURNING "userId"`;
    if (!rows[0]) return null;
    return tx.user.update({
      where: { id: rows[0].userId },
      data: { passwordHash, sessionEpoch: now, failedLogins: 0, lockedUntil: null },
      select: { email: true },
    });
  });
}
