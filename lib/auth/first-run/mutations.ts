import "server-only";
import { systemDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "../roles";

// First run and the operator's new organisations: no tenant exists yet, so the owner connection.

/** Replaces the one setup token (a start that finds no organisation issues a new one). */
export async function saveSetupToken(tokenHash: string, expiresAt: Date, now: Date): Promise<void> {
  await systemDb.setupToken.upsert({
    where: { id: 1 },
    create: { id: 1, tokenHash, expiresAt },
    update: { tokenHash, expiresAt, usedAt: null, createdAt: now },
  });
}

export type FirstOrganisation = {
  tokenHash: string;
  orgName: string;
  slug: string;
  adminName: string;
  adminEmail: string;
  passwordHash: string;
};

/**
 * The first organisation and its admin. The token row is locked and checked, and "no organisation
 * yet" re-checked, in one transaction, so the token works once and never after an organisation exists.
 */
export async function createFirstOrganisation(
  input: FirstOrganisation,
  now: Date,
): Promise<{ email: string; tenantId: string }> {
  return systemDb.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ tokenHash: string; expiresAt: Date; usedAt: Date | null }[]>`
      SELECT "tokenHash", "expiresAt", "usedAt" FROM "SetupToken" WHERE id = 1 FOR UPDATE`;
    const row = rows[0];
    if (!row || row.usedAt || row.expiresAt <= now || row.tokenHash !== input.tokenHash)
      throw new AppError("FORBIDDEN", "That setup token is not right or has expired. Restart Assay for a new one.");
    if ((await tx.tenant.count()) > 0) throw new AppError("CONFLICT", "This Assay already has an organisation.");
    const tenant = await tx.tenant.create({ data: { name: input.orgName, slug: input.slug } });
    const user = await tx.user.upsert({
      where: { email: input.adminEmail },
      create: { email: input.adminEmail, name: input.adminName, passwordHash: input.passwordHash },
      update: {},
    });
    await tx.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "admin" } });
    await tx.setupToken.update({ where: { id: 1 }, data: { usedAt: now } });
    await tx.auditEvent.create({
      data: {
        tenantId: tenant.id,
        actorId: user.id,
        action: "tenant.setup",
        entityType: "Tenant",
        entityId: tenant.id,
        data: { adminEmail: input.adminEmail },
      },
    });
    return { email: user.email, tenantId: tenant.id };
  });
}

export type InvitedOrganisation = {
  orgName: string;
  slug: string;
  admin: { name: string; email: string; role: Role };
  tokenHash: string;
  expiresAt: Date;
};

/** A new organisation with an invitation for its first admin, audited as the operator's. */
export async function createInvitedOrganisation(input: InvitedOrganisation): Promise<string> {
  return systemDb.$transaction(async (tx) => {
    const tenant = await tx.tenant.create({ data: { name: input.orgName, slug: input.slug } });
    await tx.invitation.create({
      data: {
        tenantId: tenant.id,
        email: input.admin.email,
        name: input.admin.name,
        role: input.admin.role,
        tokenHash: input.tokenHash,
        expiresAt: input.expiresAt,
      },
    });
    await tx.auditEvent.create({
      data: {
        tenantId: tenant.id,
        action: "tenant.create",
        entityType: "Tenant",
        entityId: tenant.id,
        data: { adminEmail: input.admin.email, by: "operator" },
      },
    });
    return tenant.id;
  });
}
