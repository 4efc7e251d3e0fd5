import "server-only";
import { systemDb, tenantDb } from "@/lib/db";
import type { Actor } from "../load-actor";

// Sign-in finds an organisation's connection before any tenant is known (owner connection); the
// settings page reads its own organisation's through row-level security.

export async function findSsoTenantForDomain(domain: string): Promise<string | null> {
  const row = await systemDb.ssoConnection.findFirst({
    where: { enabled: true, allowedDomains: { has: domain } },
    select: { tenantId: true },
  });
  return row?.tenantId ?? null;
}

export async function findSsoConnection(tenantId: string) {
  return systemDb.ssoConnection.findUnique({ where: { tenantId } });
}

/** Which of these domains another organisation's connection already claims. */
export async function domainsClaimedElsewhere(tenantId: string, domains: string[]): Promise<string[]> {
  const rows = await systemDb.ssoConnection.findMany({
    where: { tenantId: { not: tenantId }, allowedDomains: { hasSome: domains } },
    select: { allowedDomains: true },
  });
  return domains.filter((d) => rows.some((r) => r.allowedDomains.includes(d)));
}

export async function loadSsoSettings(actor: Actor) {
  return tenantDb(actor.tenantId).ssoConnection.findUnique({
    where: { tenantId: actor.tenantId },
    select: { issuer: true, clientId: true, allowedDomains: true, defaultRole: true, enabled: true, updatedAt: true },
  });
}
