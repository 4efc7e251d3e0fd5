import "server-only";
import { findAccountByEmail, findPasswordOwner, findPasswordReset } from "./credentials/data";
import { createPasswordReset, redeemPasswordReset, storePassword } from "./credentials/mutations";
import { AppError } from "@/lib/errors";
import { mailLink } from "@/lib/users/mail";
import { hashPassword, verifyDummy, verifyPassword } from "./password";
import { newPasswordSchema } from "./passwords-policy";
import { appLink, hashToken, isTokenShape, newToken } from "./tokens";

// A person's own password: change it (knowing the current one) or reset it by an e-mailed link.
// Both move the person's session epoch, so every other session of theirs ends; the caller signs
// the current browser in again with the new password. Runs on the owner connection because a
// password belongs to the person, not to any one organisation (and a reset has no session at all).

export const RESET_MINUTES = 60;
export const RESET_INVALID_MESSAGE = "This reset link is not valid any more: it was used or has expired.";

function checkNew(password: string): void {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
}

export async function changePassword(
  userId: string,
  current: string,
  next: string,
  now = new Date(),
): Promise<{ email: string }> {
  checkNew(next);
  const user = await findPasswordOwner(userId);
  if (!user || !(await verifyPassword(user.passwordHash, current)))
    throw new AppError("INVALID_INPUT", "Your current password is not right.");
  await storePassword(userId, await hashPassword(next), now);
  return { email: user.email };
}

/**
 * "Forgot password": e-mails a one-hour, single-use link when the address has an account and SMTP is
 * configured. The caller answers the same in every case, so the form reveals no account.
 */
export async function requestPasswordReset(emailRaw: string, now = new Date()): Promise<void> {
  const email = emailRaw.trim().toLowerCase().slice(0, 254);
  const user = await findAccountByEmail(email);
  if (!user || !process.env.SMTP_URL) {
    await verifyDummy("equalise-timing"); // about the time an existing account costs
    return;
  }
  const { token, hash } = newToken();
  await createPasswordReset(user.id, hash, new Date(now.getTime() + RESET_MINUTES * 60_000));
  await mailLink(
    email,
    "Reset your Assay password",
    `Hello ${user.name},\n\nOpen this link within ${RESET_MINUTES} minutes to choose a new Assay password (it works once):\n${appLink(`/reset/${token}`)}\n\nIf you did not ask for this, ignore this message; your password stays as it is.\n`,
  );
}

export async function resetTokenValid(token: unknown, now = new Date()): Promise<boolean> {
  if (!isTokenShape(token)) return false;
  const row = await findPasswordReset(hashToken(token));
  return Boolean(row && !row.usedAt && row.expiresAt > now);
}

export async function completePasswordReset(
  token: unknown,
  password: string,
  now = new Date(),
): Promise<{ email: string }> {
  checkNew(password);
  if (!isTokenShape(token)) throw new AppError("NOT_FOUND", RESET_INVALID_MESSAGE);
  const passwordHash = await hashPassword(password);
  const done = await redeemPasswordReset(hashToken(token), passwordHash, now);
  if (!done) throw new AppError("NOT_FOUND", RESET_INVALID_MESSAGE);
  return done;
}
