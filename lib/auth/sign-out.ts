import "server-only";
import { loadStanding } from "./load-actor";
import { revokeSession, revokeSessions } from "./mutations";
import { claimsFrom, sessionEnd } from "./session-policy";

/**
 * Ends one session on the server, so the cookie it was carried in (and any copy of it) is refused
 * from the next request on (docs/decisions/025-session-revocation-and-sign-in-audit.md). Takes the
 * decoded session: Auth.js's JWT or the claims of this request's session. Ending a session that
 * is already unusable records the revocation but writes no second "auth.sign_out".
 */
export async function endSession(token: unknown, nowMs = Date.now()): Promise<void> {
  const claims = claimsFrom(token);
  if (!claims) return;
  const standing = await loadStanding(claims, nowMs);
  const who =
    standing === null
      ? null
      : standing.kind === "mfa"
        ? { userId: standing.userId, tenantId: standing.tenantId }
        : { userId: standing.actor.userId, tenantId: standing.actor.tenantId };
  if (claims.sid) await revokeSession(claims.sid, sessionEnd(claims), who, nowMs);
  // A cookie made before sessions had their own id can only be ended with all of its person's.
  else if (who) await revokeSessions(who);
}
