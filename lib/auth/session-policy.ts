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
  /** This session's own random id, so signing out can revoke it alone (lib/auth/sign-out.ts). */
  sid?: string;
};

/**
 * The claims of a decoded session (Auth.js's session or its JWT), or null unless the ids are
 * well-formed. Fails closed: a missing second-factor claim reads as none.
 */
export function claimsFrom(raw: unknown): SessionClaims | null {
  const s = (raw ?? {}) as Record<string, unknown>;
  if (typeof s.uid !== "string" || typeof s.tid !== "string" || typeof s.authTime !== "number") return null;
  return {
    uid: s.uid,
    tid: s.tid,
    authTime: s.authTime,
    mfa: s.mfa === "pending" || s.mfa === "verified" ? s.mfa : "none",
    method: s.method === "sso" ? "sso" : "password",
    ...(typeof s.sid === "string" ? { sid: s.sid } : {}),
  };
}

/** Why a session must be refused, or null when it may be used. */
export function sessionRejection(
  claims: SessionClaims,
  user: { disabledAt: Date | null; sessionEpoch: Date; sessionRevoked?: boolean } | null,
  nowMs: number,
): "unknown-user" | "disabled" | "revoked" | "expired" | null {
  if (!user) return "unknown-user";
  if (user.disabledAt) return "disabled";
  // This one session was signed out (its sid is in RevokedSession): a copied cookie is dead too.
  if (user.sessionRevoked) return "revoked";
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

/** When a session dies whatever happens (its absolute lifetime): a revocation need not outlive it. */
export function sessionEnd(claims: Pick<SessionClaims, "authTime">): Date {
  return new Date(claims.authTime + ABSOLUTE_HOURS * 3600_000);
}
