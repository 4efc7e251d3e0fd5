import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

/**
 * Same rule and message as lib/auth/actor's assertCan, without importing Auth.js (actor.ts pulls
 * in next-auth, which plain-Node callers such as the worker and the database tests cannot load).
 */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
}
