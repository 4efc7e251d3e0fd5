import "server-only";
import { systemDb, withTenant } from "@/lib/db";
import type { Role } from "../roles";

// A session's standing, read on every request (load-actor.ts) and when it moves to another
// organisation (auth.ts). Keyed by the person and the claimed organisation only.

export type SessionMembershipRow = {
  role: Role;
  tenantId: string;
  tenantName: string;
  userId: string;
  name: string;
  email: string;
  disabledAt: Date | null;
  sessionEpoch: Date;
  /** Unread reminders, for the nav badge: read here because every page runs this statement anyway. */
  unread: number;
  mfaEnabledAt: Date | null;
  requireMfa: boolean;
  /** This very session was signed out (its sid is in "RevokedSession"). */
  sessionRevoked: boolean;
};

/**
 * One statement (Prisma would send three for the relations): this runs on every request. The
 * claimed tenant scopes it, so under row-level security a forged tid finds no membership.
 * Disabled state and revocation come from the membership (this organisation's admin) and the user
 * (the person's password change), whichever is later; one signed-out session by its sid.
 */
export async function findSessionMembership(
  uid: string,
  tid: string,
  sid: string | undefined,
): Promise<SessionMembershipRow | null> {
  const rows = await withTenant(
    tid,
    (tx) => tx.$queryRaw<SessionMembershipRow[]>`
    SELECT m.role::text AS role, t.id AS "tenantId", t.name AS "tenantName",
           u.id AS "userId", u.name, u.email, m."disabledAt",
           GREATEST(u."sessionEpoch", m."sessionEpoch") AS "sessionEpoch",
           (SELECT count(*)::int FROM "OutboxMessage" o
             WHERE o."tenantId" = m."tenantId" AND o."userId" = m."userId" AND o."readAt" IS NULL) AS unread,
           u."mfaEnabledAt", t."requireMfa",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.sid = ${sid ?? ""}) AS "sessionRevoked"
    FROM "Membership" m
    JOIN "Tenant" t ON t.id = m."tenantId"
    JOIN "User" u ON u.id = m."userId"
    WHERE m."tenantId" = ${tid}::uuid AND m."userId" = ${uid}::uuid`,
  );
  return rows[0] ?? null;
}

/** The person's active memberships with their organisation's name, oldest first (no session yet: owner connection). */
export async function findActiveMemberships(userId: string) {
  return systemDb.membership.findMany({
    where: { userId, disabledAt: null },
    select: { tenantId: true, role: true, tenant: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export async function findMembershipState(userId: string, tenantId: string) {
  return systemDb.membership.findUnique({
    where: { tenantId_userId: { tenantId, userId } },
    select: { disabledAt: true },
  });
}
