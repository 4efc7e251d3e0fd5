import "server-only";
import { systemDb, withTenant } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";
import type { Actor } from "../load-actor";
import type { Role } from "../roles";

export type SsoSettingsInput = {
  issuer: string;
  clientId: string;
  /** Sealed; null keeps the stored one. */
  clientSecret: string | null;
  allowedDomains: string[];
  defaultRole: Role;
  enabled: boolean;
};

/** An admin saves their organisation's connection (tenant-scoped), with its audit event. */
export async function saveSsoConnection(actor: Actor, input: SsoSettingsInput): Promise<void> {
  await withTenant(actor.tenantId, async (tx) => {
    const { clientSecret, ...rest } = input;
    const existing = await tx.ssoConnection.findUnique({ where: { tenantId: actor.tenantId } });
    if (existing) {
      await tx.ssoConnection.update({
        where: { tenantId: actor.tenantId },
        data: { ...rest, ...(clientSecret ? { clientSecret } : {}) },
      });
    } else {
      await tx.ssoConnection.create({ data: { tenantId: actor.tenantId, ...rest, clientSecret: clientSecret ?? "" } });
    }
    await tx.auditEvent.create({
      data: {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: existing ? "sso.update" : "sso.create",
        entityType: "SsoConnection",
        entityId: actor.tenantId,
        // Never the secret: only whether it changed.
        data: { ...rest, clientSecretChanged: Boolean(clientSecret) },
      },
    });
  });
}

export type JitResult = { ok: true; userId: string; created: boolean } | { ok: false; reason: "membership-disabled" };

/**
 * The person an identity provider vouched for, in its organisation: their account (made without a
 * password if new) and their membership (made just in time with the connection's default role).
 * A membership this organisation's admin disabled stays disabled. Sign-in has no tenant yet, so
 * this runs on the owner connection, keyed by the connection's tenant.
 */
export async function admitSsoPerson(
  tenantId: string,
  person: { email: string; name: string; subject: string; issuer: string },
  defaultRole: Role,
): Promise<JitResult> {
  return systemDb.$transaction(async (tx) => {
    const user =
      (await tx.user.findUnique({ where: { email: person.email }, select: { id: true } })) ??
      (await tx.user.create({
        data: { email: person.email, name: person.name, passwordHash: "" },
        select: { id: true },
      }));
    const membership = await tx.membership.findUnique({
      where: { tenantId_userId: { tenantId, userId: user.id } },
      select: { disabledAt: true },
    });
    if (membership?.disabledAt) {
      await ssoAudit(tx, tenantId, user.id, "auth.sso_refused", { ...person, reason: "membership-disabled" });
      return { ok: false, reason: "membership-disabled" };
    }
    if (!membership) {
      await tx.membership.create({ data: { tenantId, userId: user.id, role: defaultRole } });
      await ssoAudit(tx, tenantId, user.id, "user.sso_join", { ...person, role: defaultRole });
    }
    await ssoAudit(tx, tenantId, user.id, "auth.sso_sign_in", person);
    return { ok: true, userId: user.id, created: !membership };
  });
}

/** A refused single sign-on (wrong domain, unverified address), in the organisation's trail. */
export async function recordSsoRefusal(tenantId: string, data: Prisma.InputJsonValue): Promise<void> {
  await ssoAudit(systemDb, tenantId, null, "auth.sso_refused", data);
}

function ssoAudit(
  tx: Pick<Prisma.TransactionClient, "auditEvent">,
  tenantId: string,
  userId: string | null,
  action: string,
  data: Prisma.InputJsonValue,
) {
  return tx.auditEvent.create({
    data: { tenantId, actorId: userId, action, entityType: "User", entityId: userId, data },
  });
}
