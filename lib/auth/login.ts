import "server-only";
import { findActiveMemberships, findMembershipState } from "./session/data";
import { findSignInUser } from "./sign-in/data";
import { clearFailedLogins, countAttempt, lockAccount } from "./sign-in/mutations";
import { verifyDummy, verifyPassword } from "./password";
import { accountLocked, signInRefused, signInSucceeded } from "./sign-in-events";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type LoginResult =
  | { ok: true; userId: string; tenantId: string; /** a second factor must follow */ mfa: boolean }
  | { ok: false; reason: "invalid" | "locked" | "disabled" | "no-membership" };

/**
 * Checks an email and password. Unknown email, wrong password, locked and disabled accounts all
 * look the same to the caller's user (the login page shows one message), so nothing reveals
 * which emails exist. After MAX_FAILED_LOGINS failures the account is locked for LOCKOUT_MINUTES.
 *
 * The attempt is counted atomically BEFORE the hash is checked (M2): parallel guesses each get
 * their own number from the row lock of one UPDATE, so twelve at once cannot all read the same
 * old count; any attempt numbered past the limit locks the account without reaching argon2.
 * Every outcome goes to the audit trail (lib/auth/sign-in-events.ts) with the client address `ip`.
 */
export async function authenticate(
  emailRaw: string,
  password: string,
  now = new Date(),
  ip: string | null = null,
): Promise<LoginResult> {
  const email = emailRaw.trim().toLowerCase();
  const user = await findSignInUser(email);
  if (!user) {
    await verifyDummy(password);
    await signInRefused(null, "unknown-account", ip);
    return { ok: false, reason: "invalid" };
  }
  const refused = async (reason: "invalid" | "locked" | "disabled" | "no-membership") => {
    await signInRefused(user.id, reason === "invalid" ? "wrong-password" : reason, ip);
    return { ok: false as const, reason };
  };
  const attempt = await countAttempt(user.id, now);
  if (attempt === null) {
    await verifyDummy(password);
    return refused("locked");
  }
  if (attempt > MAX_FAILED_LOGINS) {
    await lockAfterFailures(user.id, now, ip);
    await verifyDummy(password);
    return refused("locked");
  }
  const good = user.passwordHash !== "" && (await verifyPassword(user.passwordHash, password));
  if (!good) {
    if (attempt >= MAX_FAILED_LOGINS) await lockAfterFailures(user.id, now, ip);
    return refused("invalid");
  }
  await clearFailedLogins(user.id);
  if (user.memberships.length === 0) return refused("no-membership");
  // The oldest organisation the person may still use; the header's switcher reaches the others.
  const membership = user.memberships.find((m) => m.disabledAt === null);
  if (!membership) return refused("disabled");
  const mfa = user.mfaEnabledAt !== null;
  await signInSucceeded({ userId: user.id, tenantId: membership.tenantId }, ip, mfa);
  return { ok: true, userId: user.id, tenantId: membership.tenantId, mfa };
}

/** Locks the account for LOCKOUT_MINUTES (wrong passwords here, wrong codes in mfa/verify.ts). */
export async function lockAfterFailures(userId: string, now: Date, ip: string | null): Promise<void> {
  const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  // A burst of parallel failures locks once, and is audited once.
  if (await lockAccount(userId, until, now)) await accountLocked(userId, until, ip);
}

export type OrganisationChoice = { tenantId: string; name: string; role: string };

/** The organisations a person may switch to (active memberships), oldest first. */
export async function organisationsOf(userId: string): Promise<OrganisationChoice[]> {
  const rows = await findActiveMemberships(userId);
  return rows.map((r) => ({ tenantId: r.tenantId, name: r.tenant.name, role: r.role }));
}

/** Whether a session may move to this organisation: an active membership, checked now. */
export async function mayUseOrganisation(userId: string, tenantId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(userId) || !/^[0-9a-f-]{36}$/i.test(tenantId)) return false;
  const m = await findMembershipState(userId, tenantId);
  return Boolean(m && !m.disabledAt);
}
