import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import type { Role } from "@/lib/auth/roles";
import { withTenant, type TenantTx } from "@/lib/db";

export type MemberRow = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  joinedAt: Date;
  /** Whether the person also belongs to another organisation on this Assay instance. */
  sharedWithOtherTenants: boolean;
  /** How they sign in: "sso" when they have no Assay password (admitted through single sign-on). */
  signsInWith: "password" | "sso";
};

/** The tenant's members, by name. Other tenants' memberships are only counted, never shown. */
export async function listMembers(actor: Actor): Promise<MemberRow[]> {
  const { memberships, counts } = await withTenant(actor.tenantId, async (tx) => {
    const memberships = await tx.membership.findMany({
      where: { tenantId: actor.tenantId },
      select: {
        role: true,
        createdAt: true,
        disabledAt: true,
        user: { select: { id: true, name: true, email: true, passwordHash: true } },
      },
      orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
    });
    return {
      memberships,
      counts: await membershipCounts(
        tx,
        memberships.map((m) => m.user.id),
      ),
    };
  });
  return memberships.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    disabled: m.disabledAt !== null,
    joinedAt: m.createdAt,
    sharedWithOtherTenants: (counts.get(m.user.id) ?? 0) > 1,
    // Only whether a password exists leaves this function, never the hash.
    signsInWith: m.user.passwordHash ? "password" : "sso",
  }));
}

/**
 * How many organisations each person belongs to. Row-level security hides other tenants'
 * memberships from this connection, so the count comes from a SECURITY DEFINER function that
 * returns numbers only (prisma/migrations/*_row_level_security).
 */
export async function membershipCounts(tx: TenantTx, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<
    { userId: string; n: number }[]
  >`SELECT "userId", n FROM assay_private.membership_counts(${userIds}::uuid[])`;
  return new Map(rows.map((r) => [r.userId, r.n]));
}

export type PendingInvitation = { id: string; email: string; name: string; role: Role; expiresAt: Date };

/** Invitations of this organisation not yet accepted and not expired, newest first. */
export async function listPendingInvitations(actor: Actor): Promise<PendingInvitation[]> {
  return withTenant(actor.tenantId, (tx) =>
    tx.invitation.findMany({
      where: { tenantId: actor.tenantId, purpose: "join", usedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, name: true, role: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
    }),
  );
}
