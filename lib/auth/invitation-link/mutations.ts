import "server-only";
import { systemDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "../roles";

export type InvitationRedemption = {
  invitation: { id: string; tenantId: string; email: string; role: Role; purpose: string };
  /** The existing account of the invited address, if any. */
  accountId: string | null;
  /** A new password hash to store, or null when the person confirmed an existing password. */
  passwordHash: string | null;
  name: string;
  now: Date;
  invalidMessage: string;
};

/**
 * Uses an invitation once, in one transaction: the token is claimed with one conditional UPDATE
 * (so two uses of the same link cannot both succeed), then the account, membership and audit
 * event follow. Keyed by the invitation's row; the checks of who may use it are the caller's.
 */
export async function redeemInvitation(
  use: InvitationRedemption,
): Promise<{ userId: string; tenantId: string; email: string }> {
  const { invitation: inv, accountId, passwordHash, name, now } = use;
  return systemDb.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: inv.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", use.invalidMessage);
    let userId: string;
    if (inv.purpose === "reset") {
      userId = accountId!;
      await tx.user.update({
        where: { id: userId },
        data: { passwordHash: passwordHash!, sessionEpoch: now, failedLogins: 0, lockedUntil: null },
      });
    } else if (accountId) {
      userId = accountId;
      // An account made by setup or the operator command has no password yet: this sets it.
      if (passwordHash) await tx.user.update({ where: { id: userId }, data: { passwordHash, name } });
    } else {
      userId = (await tx.user.create({ data: { email: inv.email, name, passwordHash: passwordHash! } })).id;
    }
    if (inv.purpose === "join") {
      await tx.membership.upsert({
        where: { tenantId_userId: { tenantId: inv.tenantId, userId } },
        create: { tenantId: inv.tenantId, userId, role: inv.role },
        update: {},
      });
    }
    await tx.auditEvent.create({
      data: {
        tenantId: inv.tenantId,
        actorId: userId,
        action: inv.purpose === "reset" ? "user.password_reset" : "user.join",
        entityType: "User",
        entityId: userId,
        data: { email: inv.email, role: inv.role, invitationId: inv.id },
      },
    });
    return { userId, tenantId: inv.tenantId, email: inv.email };
  });
}
