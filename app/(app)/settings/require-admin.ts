import "server-only";
import { notFound } from "next/navigation";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/roles";

/** Every settings page starts here: non-admins get the same answer as for a page that does not exist. */
export async function requireAdminPage(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) notFound();
  return actor;
}
