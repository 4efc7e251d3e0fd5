import "server-only";
import type { Actor, TenantId } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors";
import { bearerToken, hashApiToken, tokenTenantId } from "./format";
import { useApiToken } from "./mutations";
import { TOKEN_ROLE, TOKEN_SCOPE_PERMISSIONS } from "./scopes";

const INVALID = "This API token is not valid. Ask an admin of your organisation for a new one (Settings → API tokens).";

/**
 * The Actor for an `Authorization: Bearer` request: the same shape a browser session gets, so
 * every route, permission check (assertCan) and row-level-security scope (tenantDb/withTenant with
 * actor.tenantId) works unchanged. Tenant: the token's organisation, confirmed by finding the
 * token under that tenant. Permissions: the token role narrowed to the token's scope.
 */
export async function actorFromBearer(header: string | null): Promise<Actor> {
  const token = bearerToken(header);
  const tenantId = token ? tokenTenantId(token) : null;
  if (!token || !tenantId) throw new AppError("UNAUTHENTICATED", INVALID);
  const use = await useApiToken(tenantId, hashApiToken(token));
  if (!use.ok)
    throw new AppError(
      "UNAUTHENTICATED",
      use.reason === "revoked"
        ? "This API token was revoked. Ask an admin of your organisation for a new one."
        : INVALID,
    );
  return {
    userId: use.id,
    tenantId: tenantId as TenantId,
    role: TOKEN_ROLE,
    name: `API token “${use.name}”`,
    email: "",
    tenantName: use.tenantName,
    apiToken: { id: use.id, name: use.name, permissions: TOKEN_SCOPE_PERMISSIONS[use.scope] },
  };
}
