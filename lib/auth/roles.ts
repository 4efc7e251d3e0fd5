// Pure role → permission table. Server code asks `can(actor.role, "gap:edit")`; the UI asks the same
// question only to hide controls, never to protect anything.
import { AppError } from "@/lib/errors";

export const ROLES = ["admin", "security", "analyst", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "vendor:read",
  "vendor:edit",
  "document:upload",
  "document:download",
  "fact:confirm",
  "cuec:edit",
  "gap:edit",
  "gap:accept-risk",
  "review:decide",
  "review:rescore",
  "export:run",
  "criteria:edit",
  "user:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL = new Set<Permission>(PERMISSIONS);
const TABLE: Record<Role, ReadonlySet<Permission>> = {
  admin: ALL,
  security: new Set<Permission>([
    "vendor:read",
    "vendor:edit",
    "document:upload",
    "document:download",
    "fact:confirm",
    "cuec:edit",
    "gap:edit",
    "gap:accept-risk",
    "review:decide",
    "review:rescore",
    "export:run",
  ]),
  analyst: new Set<Permission>([
    "vendor:read",
    "vendor:edit",
    "document:upload",
    "document:download",
    "fact:confirm",
    "cuec:edit",
    "gap:edit",
    "review:rescore",
    "export:run",
  ]),
  viewer: new Set<Permission>(["vendor:read", "document:download", "export:run"]),
};

export function can(role: Role, permission: Permission): boolean {
  return TABLE[role].has(permission);
}

/**
 * The one permission check for server code (actions, routes, mutations): a FORBIDDEN error unless
 * the role has the permission. Pure, so the worker and plain-Node tests can call it too.
 */
export function assertCan(
  actor: { role: Role; apiToken?: { permissions: ReadonlySet<Permission> } },
  permission: Permission,
  message = "Your role does not allow this.",
): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN", message);
  // An API token acts with a role narrowed to its scope (lib/api/tokens/scopes.ts).
  if (actor.apiToken && !actor.apiToken.permissions.has(permission))
    throw new AppError("FORBIDDEN", "This API token's scope does not allow this.");
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  security: "Security reviewer",
  analyst: "Procurement analyst",
  viewer: "Viewer",
};
