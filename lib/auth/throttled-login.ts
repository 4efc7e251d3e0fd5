import "server-only";
import { clientIp, clientIpConfig } from "./client-ip";
import { allowed, throttlePolicy } from "./ip-throttle";
import { forgiveAttempt, pruneThrottle, recordAttempt } from "./mutations";
import { authenticate, type LoginResult } from "./login";
import { addressThrottled } from "./sign-in-events";

export type ThrottledLoginResult = LoginResult | { ok: false; reason: "throttled" };

let warned = false;

/**
 * authenticate() behind the per-address throttle. Every credentials sign-in goes through here (the
 * Auth.js authorize callback), whether it came from the login form's action or a direct POST to
 * /api/auth/callback/credentials. A refused attempt never reaches the password check, so it neither
 * costs an argon2 hash nor counts towards locking the victim's account.
 */
export async function throttledAuthenticate(
  email: string,
  password: string,
  headers: Headers,
  now = new Date(),
): Promise<ThrottledLoginResult> {
  const policy = throttlePolicy();
  const ip = clientIp(headers, clientIpConfig());
  if (!ip && !warned) {
    warned = true;
    console.warn(
      "[auth] no trustworthy client address: all sign-ins share one throttle. Start with `npm start` (stamps the peer address) or set TRUST_PROXY behind a reverse proxy.",
    );
  }
  // Without a trustworthy address everyone shares one counter: worse for availability, but a forged
  // header can then never buy an attacker a fresh one.
  const key = `ip:${ip ?? "unknown"}`;
  const state = await recordAttempt(key, now, policy);
  if (!allowed(state, now, policy)) {
    // Audited once per window (the attempt that first went over), so a flood cannot flood the trail.
    if (state.failures === policy.maxFailures + 1) await addressThrottled(ip, policy);
    return { ok: false, reason: "throttled" };
  }
  const result = await authenticate(email, password, now, ip);
  if (result.ok) await forgiveAttempt(key);
  if (Math.random() < 0.01)
    pruneThrottle(now, policy).catch((err: Error) => console.error(`[auth] throttle prune failed: ${err.message}`));
  return result;
}
