import "server-only";
import { findLoginUser } from "./data";
import { saveFailedLogins } from "./mutations";
import { verifyDummy, verifyPassword } from "./password";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type LoginResult =
  | { ok: true; userId: string; tenantId: string }
  | { ok: false; reason: "invalid" | "locked" | "disabled" | "no-membership" };

/**
 * Checks an email and password. Unknown email, wrong password, locked and disabled accounts all
 * look the same to the caller's user (the login page shows one message), so nothing reveals
 * which emails exist. After MAX_FAILED_LOGINS failures the account is locked for LOCKOUT_MINUTES.
 */
export async function authenticate(emailRaw: string, password: string, now = new Date()): Promise<LoginResult> {
  const email = emailRaw.trim().toLowerCase();
  const user = await findLoginUser(email);
  if (!user) return { ok: false, reason: await verifyDummy(password).then(() => "invalid" as const) };
  if (user.lockedUntil && user.lockedUntil > now) {
    await verifyDummy(password);
    return { ok: false, reason: "locked" };
  }
  const good = await verifyPassword(user.passwordHash, password);
  if (!good) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await saveFailedLogins(
      user.id,
      lock ? 0 : failed,
      lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : user.lockedUntil,
    );
    return { ok: false, reason: "invalid" };
  }
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  const membership = user.memberships[0];
  if (!membership) return { ok: false, reason: "no-membership" };
  if (user.failedLogins || user.lockedUntil) {
    await saveFailedLogins(user.id, 0, null);
  }
  return { ok: true, userId: user.id, tenantId: membership.tenantId };
}
