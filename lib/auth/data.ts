import "server-only";
import { systemDb, withTenant } from "@/lib/db";
import type { Role } from "./roles";

// Reads of the sign-in path. findLoginUser runs before any tenant is known, so it uses the owner
// connection (docs/decisions/007-row-level-security.md); findMembership is scoped by the claimed tenant.

export type LoginUser = {
  id: string;
  passwordHash: string;
  disabledAt: Date | null;
  failedLogins: number;
  lockedUntil: Date | null;
  memberships: { tenantId: string }[];
};

export async function findLoginUser(email: string): Promise<LoginUser | null> {
  return systemDb.user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      disabledAt: true,
      failedLogins: true,
      lockedUntil: true,
      memberships: { select: { tenantId: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
}

export type MembershipRow = {
  role: Role;
  tenantId: string;
  tenantName: string;
  userId: string;
  name: string;
  email: string;
  disabledAt: Date | null;
  sessionEpoch: Date;
};

/** The person's membership of the claimed tenant, with what the session checks need; null when none. */
export async function findMembership(claims: { uid: string; tid: string }): Promise<MembershipRow | null> {
  // One statement (Prisma would send three for the relations): this runs on every request. The
  // claimed tenant scopes it, so under row-level security a forged tid finds no membership.
  const rows = await withTenant(
    claims.tid,
    (tx) => tx.$queryRaw<MembershipRow[]>`
    SELECT m.role::text AS role, t.id AS "tenantId", t.name AS "tenantName",
           u.id AS "userId", u.name, u.email, u."disabledAt", u."sessionEpoch"
    FROM "Membership" m
    JOIN "Tenant" t ON t.id = m."tenantId"
    JOIN "User" u ON u.id = m."userId"
    WHERE m."tenantId" = ${claims.tid}::uuid AND m."userId" = ${claims.uid}::uuid`,
  );
  return rows[0] ?? null;
}
