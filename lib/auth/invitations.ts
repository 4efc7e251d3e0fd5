import "server-only";
import { findInvitationByTokenHash, findInviteeAccount } from "./invitation-link/data";
import { redeemInvitation } from "./invitation-link/mutations";
import { AppError } from "@/lib/errors";
import type { Role } from "./roles";
import { hashPassword, verifyPassword } from "./password";
import { newPasswordSchema } from "./passwords-policy";
import { hashToken, isTokenShape } from "./tokens";

// The invitee's side of an invitation link (lib/users/mutations.ts issues them). The person is not
// signed in and no tenant is known until the token is looked up, so this runs on the owner
// connection, like sign-in; everything it changes is keyed by the token's row.

export const INVALID_LINK_MESSAGE =
  "This link is not valid any more: it was already used, replaced by a newer one, or has expired. Ask your admin for a new one.";

export type InvitationView = {
  tenantName: string;
  email: string;
  name: string;
  role: Role;
  purpose: "join" | "reset";
  /** Whether the person confirms with an existing password instead of choosing one. */
  hasAccount: boolean;
};

async function findOpen(token: unknown, now: Date) {
  if (!isTokenShape(token)) return null;
  const inv = await findInvitationByTokenHash(hashToken(token));
  if (!inv || inv.usedAt || inv.expiresAt <= now) return null;
  return inv;
}

export async function viewInvitation(token: unknown, now = new Date()): Promise<InvitationView | null> {
  const inv = await findOpen(token, now);
  if (!inv) return null;
  const account = await findInviteeAccount(inv.email);
  return {
    tenantName: inv.tenant.name,
    email: inv.email,
    name: inv.name,
    role: inv.role,
    purpose: inv.purpose === "reset" ? "reset" : "join",
    hasAccount: inv.purpose === "join" && Boolean(account?.passwordHash),
  };
}

export type AcceptInput = { name?: string; password: string };

/**
 * Uses an invitation once. A new person chooses their name and password; someone who already has an
 * Assay account confirms with their current password (the link alone must not open an existing
 * account); a "reset" link sets a new password and ends every session of the person. The token is
 * claimed with one conditional UPDATE, so two uses of the same link cannot both succeed.
 */
export async function acceptInvitation(
  token: unknown,
  input: AcceptInput,
  now = new Date(),
): Promise<{ userId: string; tenantId: string; email: string }> {
  const inv = await findOpen(token, now);
  if (!inv) throw new AppError("NOT_FOUND", INVALID_LINK_MESSAGE);
  const account = await findInviteeAccount(inv.email);
  const confirming = inv.purpose === "join" && Boolean(account?.passwordHash);
  let passwordHash: string | null = null;
  if (confirming) {
    if (!(await verifyPassword(account!.passwordHash, input.password)))
      throw new AppError("INVALID_INPUT", "That is not the password of your Assay account.");
  } else {
    const parsed = newPasswordSchema.safeParse(input.password);
    if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
    passwordHash = await hashPassword(parsed.data);
  }
  if (inv.purpose === "reset") {
    if (!account || !account.memberships.some((m) => m.tenantId === inv.tenantId))
      throw new AppError("NOT_FOUND", INVALID_LINK_MESSAGE);
    // A link its admin saw must not open the person's other organisations (H1).
    if (!inv.mailedAt && account.memberships.some((m) => m.tenantId !== inv.tenantId))
      throw new AppError("CONFLICT", "Use “Forgot password” on the sign-in page to choose a new password.");
  }
  // A password-less account (made by setup, not yet activated) that another organisation holds
  // must be activated through that organisation's own link, not this one.
  if (inv.purpose === "join" && !confirming && account?.memberships.some((m) => m.tenantId !== inv.tenantId))
    throw new AppError("CONFLICT", "Open the first invitation you received for this address to choose your password.");
  const name = (input.name ?? "").trim().slice(0, 120) || inv.name;

  return redeemInvitation({
    invitation: inv,
    accountId: account?.id ?? null,
    passwordHash,
    name,
    now,
    invalidMessage: INVALID_LINK_MESSAGE,
  });
}
