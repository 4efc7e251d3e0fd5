import "server-only";
import { withTenant } from "@/lib/db";
import type { Role } from "./roles";
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
  /** Unread reminders, for the nav badge: read in the same statement as the session check, which
   * every page runs anyway, to save each page a transaction of its own. */
  unreadCount?: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type MembershipRow = {
  role: Role;
  tenantId: string;
  tenantName: string;
  userId: string;
  name: string;
  email: string;
  disabledAt: Date | null;
  sessionEpoch: Date;
  unread: number;
};

/**
 * Turns session claims into an Actor by asking the database now: membership, role, the
 * membership's disabled flag and the session epochs. Kept free of Next/Auth.js imports so database tests can call it directly.
 */
export async function loadActor(
  claims: { uid: string; tid: string; authTime: number },
  nowMs: number,
): Promise<Actor | null> {
  if (!UUID.test(claims.uid) || !UUID.test(claims.tid)) return null;
  // One statement (Prisma would send three for the relations): this runs on every request. The
  // claimed tenant scopes it, so under row-level security a forged tid finds no membership.
  // Disabled state and revocation come from the membership (this organisation's admin) and the
  // user (the person's own sign-out everywhere or password change), whichever is later.
  const rows = await withTenant(
    claims.tid,
    (tx) => tx.$queryRaw<MembershipRow[]>`
    SELECT m.role::text AS role, t.id AS "tenantId", t.name AS "tenantName",
           u.id AS "userId", u.name, u.email, m."disabledAt",
           GREATEST(u."sessionEpoch", m."sessionEpoch") AS "sessionEpoch",
           (SELECT count(*)::int FROM "OutboxMessage" o
             WHERE o."tenantId" = m."tenantId" AND o."userId" = m."userId" AND o."readAt" IS NULL) AS unread
    FROM "Membership" m
    JOIN "Tenant" t ON t.id = m."tenantId"
    JOIN "User" u ON u.id = m."userId"
    WHERE m."tenantId" = ${claims.tid}::uuid AND m."userId" = ${claims.uid}::uuid`,
  );
  const membership = rows[0];
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
