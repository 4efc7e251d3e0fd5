import "server-only";
import { recordAccountEvent, recordSignInEvent, type SignInEvent } from "./sign-in/mutations";

// The sign-in path's audit events (docs/decisions/025-session-revocation-and-sign-in-audit.md):
// - about a known account (refused password, lockout, a refusal while locked or disabled): in the
//   trail of each organisation it belongs to, since each loses the person when it is shut out;
// - a success: in the organisation the session opens in;
// - about no account of any organisation (an unknown address, an address's throttle, a refused
//   CSRF token): in the instance's own record (no tenant), which no organisation's trail shows.
// None of them changes what the person sees: the sign-in page says the same for every refusal.
// A failed write is logged and does not fail the sign-in (as lib/audit/denial.ts).

export type SignInRefusal = "wrong-password" | "locked" | "disabled" | "no-membership" | "unknown-account";

async function safely(what: string, write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (err) {
    console.error(`[audit] could not record ${what}`, err);
  }
}

const account = (userId: string, e: SignInEvent) => safely(e.action, recordAccountEvent(userId, e));
const instance = (e: SignInEvent) => safely(e.action, recordSignInEvent(null, e));

export function signInSucceeded(who: { userId: string; tenantId: string }, ip: string | null, secondFactor: boolean) {
  return safely(
    "auth.sign_in",
    recordSignInEvent(who.tenantId, {
      action: "auth.sign_in",
      actorId: who.userId,
      entityId: who.userId,
      data: { method: "password", ip, secondFactor },
    }),
  );
}

/** A refused password sign-in. Without an account (or one in no organisation) only the instance records it. */
export function signInRefused(userId: string | null, reason: SignInRefusal, ip: string | null) {
  const event = { action: "auth.sign_in_failed", actorId: null, entityId: userId, data: { reason, ip } };
  return userId && reason !== "no-membership" ? account(userId, event) : instance(event);
}

export function accountLocked(userId: string, until: Date, ip: string | null) {
  return account(userId, {
    action: "auth.lockout",
    actorId: null,
    entityId: userId,
    data: { until: until.toISOString(), ip },
  });
}

/** An address refused by the sign-in throttle; recorded once per window, not per refused attempt. */
export function addressThrottled(ip: string | null, policy: { maxFailures: number; windowMinutes: number }) {
  return instance({
    action: "auth.throttled",
    actorId: null,
    entityType: "Address",
    entityId: ip,
    data: { ...policy },
  });
}

/** A sign-in, sign-out or session change refused for a missing or wrong CSRF token. */
export function csrfRefused(ip: string | null, action: string, furtherNotRecorded: boolean) {
  return instance({
    action: "auth.csrf_refused",
    actorId: null,
    entityType: "Address",
    entityId: ip,
    data: { action, ...(furtherNotRecorded ? { furtherNotRecorded } : {}) },
  });
}
