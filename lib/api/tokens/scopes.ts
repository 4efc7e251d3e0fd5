import type { Permission, Role } from "@/lib/auth/roles";

// What an API token may do. A token acts with the role below, narrowed to its scope's permissions
// (assertCan checks both), so it can never do more than that role, nor more than its scope says.
export const TOKEN_SCOPES = ["read", "read_upload"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

// Short enough for a select at phone width; what each allows in full is TOKEN_SCOPE_DETAILS.
export const TOKEN_SCOPE_LABELS: Record<TokenScope, string> = {
  read: "Read only",
  read_upload: "Read and upload documents",
};

export const TOKEN_SCOPE_DETAILS: Record<TokenScope, string> = {
  read: "reads vendors, services, documents, gaps and exports",
  read_upload: "reads vendors, services, documents, gaps and exports, and uploads documents",
};

const READ: readonly Permission[] = ["vendor:read", "document:download", "export:run"];

export const TOKEN_SCOPE_PERMISSIONS: Record<TokenScope, ReadonlySet<Permission>> = {
  read: new Set(READ),
  read_upload: new Set<Permission>([...READ, "document:upload"]),
};

/** The least-privileged role that holds every permission a scope can grant (roles.ts). */
export const TOKEN_ROLE: Role = "analyst";

export function isTokenScope(s: unknown): s is TokenScope {
  return typeof s === "string" && (TOKEN_SCOPES as readonly string[]).includes(s);
}
