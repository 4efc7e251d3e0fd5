import { randomUUID } from "node:crypto";
import type { Actor, TenantId } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";

export const hasDb = Boolean(process.env.DATABASE_URL);

/** A fresh tenant with one user of the given role; unique names so tests never collide. */
export async function makeTenant(role: Actor["role"] = "admin"): Promise<Actor> {
  const tag = randomUUID().slice(0, 8);
  const tenant = await db.tenant.create({ data: { name: `Tenant ${tag}`, slug: `t-${tag}` } });
  const user = await db.user.create({
    data: { email: `u-${tag}@test.example`, name: `User ${tag}`, passwordHash: "x" },
  });
  await db.membership.create({ data: { tenantId: tenant.id, userId: user.id, role } });
  return {
    userId: user.id,
    tenantId: tenant.id as TenantId,
    role,
    name: user.name,
    email: user.email,
    tenantName: tenant.name,
  };
}

export async function makeVendor(actor: Actor, legalName = `Vendor ${randomUUID().slice(0, 6)}`) {
  return db.vendor.create({ data: { tenantId: actor.tenantId, legalName, aliases: [] } });
}
