import "server-only";
import { AppError } from "@/lib/errors";
import { findMfaState, organisationRequiresMfa } from "./data";
import { disableMfa, enableMfa, savePendingSecret } from "./mutations";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { openSecret, sealSecret } from "./seal";
import { matchTotp, newTotpSecret, totpUri } from "./totp";
import { mfaSecretPurpose, verifySecondFactor } from "./verify";

type Who = { userId: string; tenantId: string; email: string };

const pendingPurpose = (userId: string) => `mfa-pending:${userId}`;

/** Step one: a new secret, kept pending (sealed) until the person proves their app has it. */
export async function beginEnrolment(who: Who): Promise<{ secret: string; uri: string }> {
  const state = await findMfaState(who.userId);
  if (state?.mfaEnabledAt) throw new AppError("CONFLICT", "Two-step sign-in is already on.");
  const secret = newTotpSecret();
  await savePendingSecret(who.userId, sealSecret(secret, pendingPurpose(who.userId)));
  return { secret, uri: totpUri(secret, who.email) };
}

/** Step two: a code from the app turns MFA on; the recovery codes are returned once, to be shown once. */
export async function confirmEnrolment(who: Who, code: string, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  const state = await findMfaState(who.userId);
  if (state?.mfaEnabledAt) throw new AppError("CONFLICT", "Two-step sign-in is already on.");
  if (!state?.mfaPendingSecret) throw new AppError("CONFLICT", "Start again: no set-up is in progress.");
  const secret = openSecret(state.mfaPendingSecret, pendingPurpose(who.userId));
  const step = matchTotp(secret, code.trim(), now.getTime());
  if (step === null)
    throw new AppError(
      "INVALID_INPUT",
      "That code does not match. Check the time on your phone and try the next code.",
    );
  const recoveryCodes = newRecoveryCodes();
  await enableMfa(
    who,
    sealSecret(secret, mfaSecretPurpose(who.userId)),
    step,
    recoveryCodes.map(hashRecoveryCode),
    now,
  );
  return { recoveryCodes };
}

/** Turning it off takes a current code (or a recovery code), and is refused where the organisation requires it. */
export async function turnOffMfa(who: Who, code: string, now = new Date()): Promise<void> {
  if (await organisationRequiresMfa(who.tenantId))
    throw new AppError("FORBIDDEN", "Your organisation requires two-step sign-in.");
  const result = await verifySecondFactor(who, code, now);
  if (!result.ok) throw new AppError("INVALID_INPUT", "That code does not match.");
  await disableMfa(who);
}
