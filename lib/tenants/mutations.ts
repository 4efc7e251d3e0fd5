import "server-only";
import { systemDb as db } from "@/lib/db";
import { DEMO_EMAIL_DOMAIN, DEMO_TENANT_SLUG } from "../../scripts/lib/demo.mjs";

/**
 * Instance-operator work that belongs to no one organisation's request, so it runs on the owner
 * connection: only scripts (the operator command, setup) call these, never a page or an action.
 */

/** Removes the demo organisation and the demo accounts (their password is published). */
export async function removeDemo(): Promise<{ tenants: number; users: number }> {
  return db.$transaction(async (tx) => {
    const tenants = await tx.tenant.deleteMany({ where: { slug: DEMO_TENANT_SLUG } });
    const users = await tx.user.deleteMany({ where: { email: { endsWith: DEMO_EMAIL_DOMAIN } } });
    return { tenants: tenants.count, users: users.count };
  });
}
