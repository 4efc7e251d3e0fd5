import "server-only";
import { systemDb } from "@/lib/db";

// Sign-in looks the person up before any tenant is known: owner connection.

/** The account behind an e-mail address, with its memberships oldest first. */
export async function findSignInUser(email: string) {
  return systemDb.user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      mfaEnabledAt: true,
      memberships: {
        select: { tenantId: true, disabledAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}
