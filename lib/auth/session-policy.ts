// Session lifetimes (ASVS 7.3): a session dies after IDLE_MINUTES without a request, and in any
// case ABSOLUTE_HOURS after sign-in. Pure so both limits are unit-tested.
export const IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES ?? 60);
export const ABSOLUTE_HOURS = Number(process.env.SESSION_ABSOLUTE_HOURS ?? 12);

export type SessionClaims = { uid: string; tid: string; authTime: number /* epoch milliseconds */ };

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
