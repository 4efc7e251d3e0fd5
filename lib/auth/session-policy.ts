// Session lifetimes (ASVS 7.3): a session dies after IDLE_MINUTES without a request, and in any
// case ABSOLUTE_HOURS after sign-in. Pure so both limits are unit-tested.
export const IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES ?? 60);
export const ABSOLUTE_HOURS = Number(process.env.SESSION_ABSOLUTE_HOURS ?? 12);
/** How long a password-checked session may wait for its second factor. */
export const MFA_PENDING_MINUTES = 10;

export type SessionClaims = {
  uid: string;
  tid: string;
  authTime: number /* epoch milliseconds */;
  /** "pending": the password was right, the second factor not yet given; "verified": both given. */
  mfa?: "pending" | "verified" | "none";
  /** "sso": signed in through the organisation's identity provider, which owns the second factor. */
  method?: "password" | "sso";
};

/** Why a session must be refused, or null when it may be used. */
export function sessionRejection(
  claims: SessionClaims,
  user: { disabledAt: Date | null; sessionEpoch: Date } | null,
  nowMs: number,
): "unknown-user" | "disabled" | "revoked" | "expired" | null {
  if (!user) return "unknown-user";
  if (user.disabledAt) return "disabled";
  // Sessions issued before the user's epoch (logout everywhere, disable, password change) are dead.
  if (claims.authTime <= user.sessionEpoch.getTime()) return "revoked";
  if (nowMs - claims.authTime > ABSOLUTE_HOURS * 3600_000) return "expired";
  return null;
}

/**
 * The second factor's say over a session that passed sessionRejection:
 * - "pending": password given, code not yet: usable only by the code page, for MFA_PENDING_MINUTES;
 * - "refused": a session without the code for someone who had MFA on when it was made (fails
 *   closed: a claim that is missing counts as no code);
 * - "enrol": the organisation requires MFA and the person has none: usable only to enrol;
 * - null: nothing to add.
 * A session made before its person turned MFA on stays valid: it is the one they turned it on in.
 */
export function mfaRejection(
  claims: SessionClaims,
  person: { mfaEnabledAt: Date | null; requireMfa: boolean },
  nowMs: number,
): "pending" | "refused" | "enrol" | null {
  if (claims.mfa === "pending") {
    if (!person.mfaEnabledAt || nowMs - claims.authTime > MFA_PENDING_MINUTES * 60_000) return "refused";
    return "pending";
  }
  if (claims.method === "sso") return null;
  if (person.mfaEnabledAt && claims.mfa !== "verified" && claims.authTime > person.mfaEnabledAt.getTime())
    return "refused";
  if (person.requireMfa && !person.mfaEnabledAt) return "enrol";
  return null;
}
