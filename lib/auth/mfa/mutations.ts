import "server-only";
import { systemDb, withTenant } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";

// Writes of a person's second factor (owner connection, see data.ts). Each change that matters
// commits with its audit event, in the organisation the person was signed in to.

type Who = { userId: string; tenantId: string };

function audit(tx: Prisma.TransactionClient, who: Who, action: string, data: Prisma.InputJsonValue = {}) {
  return tx.auditEvent.create({
    data: { tenantId: who.tenantId, actorId: who.userId, action, entityType: "User", entityId: who.userId, data },
  });
}

/** Keeps the secret shown during enrolment until a code proves the person's app has it. */
export async function savePendingSecret(userId: string, sealed: string): Promise<void> {
  await systemDb.user.update({ where: { id: userId }, data: { mfaPendingSecret: sealed } });
}

/**
 * Turns MFA on with the verified secret and a fresh set of recovery codes (replacing any older
 * ones). `step` is the time step of the code that proved it, so that code cannot be used again.
 */
export async function enableMfa(who: Who, sealed: string, step: number, codeHashes: string[], now: Date) {
  await systemDb.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: who.userId },
      data: { mfaSecret: sealed, mfaPendingSecret: null, mfaEnabledAt: now, mfaLastStep: step },
    });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: who.userId } });
    await tx.mfaRecoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId: who.userId, codeHash })) });
    await audit(tx, who, "mfa.enable", { recoveryCodes: codeHashes.length });
  });
}

export async function disableMfa(who: Who): Promise<void> {
  await systemDb.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: who.userId },
      data: { mfaSecret: null, mfaPendingSecret: null, mfaEnabledAt: null, mfaLastStep: null },
    });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: who.userId } });
    await audit(tx, who, "mfa.disable");
  });
}

/**
 * Accepts a TOTP time step once: one conditional UPDATE, so the same code (or an older one) sent
 * twice, even at the same moment, succeeds only the first time.
 */
export async function claimTotpStep(userId: string, step: number): Promise<boolean> {
  const n = await systemDb.$executeRaw`
    UPDATE "User" SET "mfaLastStep" = ${step}
    WHERE id = ${userId}::uuid AND "mfaEnabledAt" IS NOT NULL AND ("mfaLastStep" IS NULL OR "mfaLastStep" < ${step})`;
  return n === 1;
}

/** Uses a recovery code once (conditional UPDATE); false when unknown or already used. */
export async function claimRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean> {
  const n = await systemDb.$executeRaw`
    UPDATE "MfaRecoveryCode" SET "usedAt" = ${now}
    WHERE "userId" = ${userId}::uuid AND "codeHash" = ${codeHash} AND "usedAt" IS NULL`;
  return n === 1;
}

/** A sign-in's second step, passed or refused, in the organisation being signed in to. */
export async function recordMfaOutcome(who: Who, action: string, data: Prisma.InputJsonValue = {}): Promise<void> {
  await systemDb.auditEvent.create({
    data: { tenantId: who.tenantId, actorId: who.userId, action, entityType: "User", entityId: who.userId, data },
  });
}

/** An admin's choice for their own organisation: tenant-scoped like every organisation setting. */
export async function setRequireMfa(who: Who, required: boolean): Promise<void> {
  await withTenant(who.tenantId, async (tx) => {
    await tx.tenant.update({ where: { id: who.tenantId }, data: { requireMfa: required } });
    await tx.auditEvent.create({
      data: {
        tenantId: who.tenantId,
        actorId: who.userId,
        action: "tenant.require_mfa",
        entityType: "Tenant",
        entityId: who.tenantId,
        data: { required },
      },
    });
  });
}
