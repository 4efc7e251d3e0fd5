import "server-only";
import { findSessionMembership } from "./session/data";
import type { Permission, Role } from "./roles";
import { sessionRejection } from "./session-policy";

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns session claims into an Actor by asking the database now: membership, role, the
 * membership's disabled flag and the session epochs. Kept free of Next/Auth.js imports so database tests can call it directly.
 */
export async function loadActor(
  claims: { uid: string; tid: string; authTime: number },
  nowMs: number,
): Promise<Actor | null> {
  if (!UUID.test(claims.uid) || !UUID.test(claims.tid)) return null;
  const membership = await findSessionMembership(claims.uid, claims.tid);
  if (!membership) return null;
  if (sessionRejection(claims, membership, nowMs)) return null;
  return {
    userId: membership.userId,
    tenantId: membership.tenantId as TenantId,
    role: membership.role,
    name: membership.name,
    email: membership.email,
    tenantName: membership.tenantName,
    unreadCount: membership.unread,
  };
}
