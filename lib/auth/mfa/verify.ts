import "server-only";
import { countAttempt, clearFailedLogins } from "../sign-in/mutations";
import { lockAfterFailures, MAX_FAILED_LOGINS } from "../login";
import { findMfaState } from "./data";
import { claimRecoveryCode, claimTotpStep, recordMfaOutcome } from "./mutations";
import { hashRecoveryCode, isRecoveryCodeShape } from "./recovery-codes";
import { openSecret } from "./seal";
import { isTotpShape, matchTotp } from "./totp";

export type SecondFactorResult =
  { ok: true; method: "totp" | "recovery-code" } | { ok: false; reason: "invalid" | "locked" };

export const mfaSecretPurpose = (userId: string) => `mfa-totp:${userId}`;

/**
 * The sign-in's second step: a current TOTP code (each time step once) or an unused recovery code.
 * Wrong codes count towards the same lockout as wrong passwords (counted before the check, like
 * the password, so parallel guesses cannot slip past the limit); a million codes is few enough to
 * need it. Audited in the organisation being signed in to.
 */
export async function verifySecondFactor(
  who: { userId: string; tenantId: string },
  codeRaw: string,
  now = new Date(),
): Promise<SecondFactorResult> {
  const code = codeRaw.trim().replace(/\s/g, "");
  const state = await findMfaState(who.userId);
  if (!state?.mfaSecret || !state.mfaEnabledAt) return { ok: false, reason: "invalid" };
  const attempt = await countAttempt(who.userId, now);
  if (attempt === null || attempt > MAX_FAILED_LOGINS) {
    if (attempt !== null) await lockAfterFailures(who.userId, now, null);
    await recordMfaOutcome(who, "auth.mfa_locked");
    return { ok: false, reason: "locked" };
  }
  let method: "totp" | "recovery-code" | null = null;
  if (isTotpShape(code)) {
    const step = matchTotp(openSecret(state.mfaSecret, mfaSecretPurpose(who.userId)), code, now.getTime());
    if (step !== null && (await claimTotpStep(who.userId, step))) method = "totp";
  } else if (isRecoveryCodeShape(code)) {
    if (await claimRecoveryCode(who.userId, hashRecoveryCode(code), now)) method = "recovery-code";
  }
  if (!method) {
    if (attempt >= MAX_FAILED_LOGINS) await lockAfterFailures(who.userId, now, null);
    await recordMfaOutcome(who, "auth.mfa_failure", { attempt });
    return { ok: false, reason: "invalid" };
  }
  await clearFailedLogins(who.userId);
  await recordMfaOutcome(who, "auth.mfa_success", { method });
  return { ok: true, method };
}
