import "server-only";
import { systemDb } from "@/lib/db";

// An invitation link is looked up by its token before any tenant is known: owner connection.

export async function findInvitationByTokenHash(tokenHash: string) {
  return systemDb.invitation.findUnique({
    where: { tokenHash },
    include: { tenant: { select: { name: true } } },
  });
}

/** The account an invitation's address already has, if any, with the organisations it belongs to. */
export async function findInviteeAccount(email: string) {
  return systemDb.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, memberships: { select: { tenantId: true } } },
  });
}
