import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";

export type MemberRow = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  joinedAt: Date;
  /** Whether the person also belongs to another organisation on this Assay instance. */
  sharedWithOtherTenants: boolean;
};

/** The tenant's members, by name. Other tenants' memberships are only counted, never shown. */
export async function listMembers(actor: Actor): Promise<MemberRow[]> {
  const memberships = await db.membership.findMany({
    where: { tenantId: actor.tenantId },
    select: {
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, disabledAt: true, _count: { select: { memberships: true } } } },
    },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
  });
  return memberships.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    disabled: m.user.disabledAt !== null,
    joinedAt: m.createdAt,
    sharedWithOtherTenants: m.user._count.memberships > 1,
  }));
}
