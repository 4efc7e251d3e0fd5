import { Secret, TOTP } from "otpauth";

// TOTP (RFC 6238) as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps. A code is
// accepted one step either side of now (clock drift), and only once: the caller stores the step
// it matched and refuses that step or an earlier one afterwards.

export const PERIOD_SECONDS = 30;
const ISSUER = "Assay";

function totp(secretBase32: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), base32 for the authenticator app. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads (from a QR code or pasted). */
export function totpUri(secretBase32: string, account: string): string {
  return totp(secretBase32, account).toString();
}

export function isTotpShape(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** The time step a code belongs to (now ±1), or null when it matches none. */
export function matchTotp(secretBase32: string, code: string, nowMs: number): number | null {
  if (!isTotpShape(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: nowMs, window: 1 });
  if (delta === null) return null;
  return Math.floor(nowMs / 1000 / PERIOD_SECONDS) + delta;
}
