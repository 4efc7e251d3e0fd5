import "server-only";
import { queryTenantFunction, systemDb } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";
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
 * One statement, no transaction: this runs on every request. The database function
 * (assay_private.session_standing, migration 20261209041000) sets the claimed tenant and then reads
 * as the restricted role, so under row-level security a forged tid finds no membership, exactly as
 * in a withTenant() transaction, at a quarter of the round trips (docs/decisions/039).
 * Disabled state and revocation come from the membership (this organisation's admin) and the user
 * (the person's password change), whichever is later; one signed-out session by its sid.
 */
export async function findSessionMembership(
  uid: string,
  tid: string,
  sid: string | undefined,
): Promise<SessionMembershipRow | null> {
  const rows = await queryTenantFunction<SessionMembershipRow[]>(
    Prisma.sql`SELECT * FROM assay_private.session_standing(${tid}::uuid, ${uid}::uuid, ${sid ?? ""})`,
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
