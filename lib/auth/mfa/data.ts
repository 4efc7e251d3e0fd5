import "server-only";
import { systemDb } from "@/lib/db";

// A person's second factor belongs to the person, in no one organisation (like the password), and
// is checked while signing in, before a session is usable: owner connection.

export async function findMfaState(userId: string) {
  return systemDb.user.findUnique({
    where: { id: userId },
    select: { email: true, mfaSecret: true, mfaPendingSecret: true, mfaEnabledAt: true, mfaLastStep: true },
  });
}

export async function countUnusedRecoveryCodes(userId: string): Promise<number> {
  return systemDb.mfaRecoveryCode.count({ where: { userId, usedAt: null } });
}

/** Whether the organisation asks every member for a second factor. */
export async function organisationRequiresMfa(tenantId: string): Promise<boolean> {
  const t = await systemDb.tenant.findUnique({ where: { id: tenantId }, select: { requireMfa: true } });
  return Boolean(t?.requireMfa);
}
