import "server-only";
import { tenantDb } from "@/lib/db";
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
};

/**
 * Turns session claims into an Actor by asking the database now: membership, role, disabled flag
 * and session epoch. Kept free of Next/Auth.js imports so database tests can call it directly.
 */
export async function loadActor(claims: { uid: string; tid: string; authTime: number }, nowMs: number): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/i.test(claims.uid) || !/^[0-9a-f-]{36}$/i.test(claims.tid)) return null;
  // The claimed tenant scopes the lookup: a forged tid finds no membership under row-level security.
  const membership = await tenantDb(claims.tid).membership.findUnique({
    where: { tenantId_userId: { tenantId: claims.tid, userId: claims.uid } },
    select: {
      role: true,
      tenant: { select: { id: true, name: true } },
      user: { select: { id: true, name: true, email: true, disabledAt: true, sessionEpoch: true } },
    },
  });
  if (!membership) return null;
  if (sessionRejection(claims, membership.user, nowMs)) return null;
  return {
    userId: membership.user.id,
    tenantId: membership.tenant.id as TenantId,
    role: membership.role,
    name: membership.user.name,
    email: membership.user.email,
    tenantName: membership.tenant.name,
  };
}

