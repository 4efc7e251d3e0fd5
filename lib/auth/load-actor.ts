import "server-only";
import type { Permission, Role } from "./roles";
import { findSessionMembership } from "./session/data";
import { mfaRejection, sessionRejection, type SessionClaims } from "./session-policy";

declare const tenantBrand: unique symbol;
/** A tenant id that came from a verified membership. Only requireActor() makes one. */
export type TenantId = string & { readonly [tenantBrand]: true };

export type Actor = {
  userId: string;
  tenantId: TenantId;
  role: Role;
  name: string;
  email: string;
  tenantName: string;
  /**
   * Set only for an API token (lib/api/tokens/bearer.ts): `userId` is then the token's id, and the
   * role's permissions are narrowed to these (assertCan checks both).
   */
  apiToken?: { id: string; name: string; permissions: ReadonlySet<Permission> };
  /** Unread reminders, for the nav badge: read in the same statement as the session check, which
   * every page runs anyway, to save each page a transaction of its own. */
  unreadCount?: number;
};

/**
 * Where a session stands now: usable ("ok"), waiting for its second factor ("mfa": only the code
 * page may use it), made in an organisation that requires MFA by someone without it ("enrol":
 * only enrolment may use it), or not at all (null).
 */
export type Standing =
  { kind: "ok"; actor: Actor } | { kind: "mfa"; userId: string; tenantId: string } | { kind: "enrol"; actor: Actor };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns session claims into a standing by asking the database now: membership, role, the
 * membership's disabled flag, the session epochs, this session's revocation and the person's second factor. Kept free of
 * Next/Auth.js imports so database tests can call it directly.
 */
export async function loadStanding(claims: SessionClaims, nowMs: number): Promise<Standing | null> {
  if (!UUID.test(claims.uid) || !UUID.test(claims.tid)) return null;
  const membership = await findSessionMembership(claims.uid, claims.tid, claims.sid);
  if (!membership) return null;
  if (sessionRejection(claims, membership, nowMs)) return null;
  const mfa = mfaRejection(claims, membership, nowMs);
  if (mfa === "refused") return null;
  if (mfa === "pending") return { kind: "mfa", userId: membership.userId, tenantId: membership.tenantId };
  const actor: Actor = {
    userId: membership.userId,
    tenantId: membership.tenantId as TenantId,
    role: membership.role,
    name: membership.name,
    email: membership.email,
    tenantName: membership.tenantName,
    unreadCount: membership.unread,
  };
  return mfa === "enrol" ? { kind: "enrol", actor } : { kind: "ok", actor };
}

/** The usable actor of these claims, or null (any other standing is not signed in yet). */
export async function loadActor(claims: SessionClaims, nowMs: number): Promise<Actor | null> {
  const standing = await loadStanding(claims, nowMs);
  return standing?.kind === "ok" ? standing.actor : null;
}
