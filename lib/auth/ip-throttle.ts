/**
 * Sign-in throttle per client address, on top of the per-account lockout in login.ts: that one stops
 * guessing one account, this one stops one address spraying a few guesses at many accounts.
 * Counters live in PostgreSQL ("LoginThrottle", written by mutations.ts) so every app instance sees
 * the same count. This file is the policy only: pure, so unit tests run it without a database.
 */
export type ThrottlePolicy = { maxFailures: number; windowMinutes: number };

export function throttlePolicy(env: Record<string, string | undefined> = process.env): ThrottlePolicy {
  const positive = (v: string | undefined, d: number) => (Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : d);
  return {
    maxFailures: positive(env.LOGIN_IP_MAX_FAILURES, 20),
    windowMinutes: positive(env.LOGIN_IP_WINDOW_MINUTES, 15),
  };
}

export type ThrottleState = { windowStart: Date; failures: number };

/** The counter after one more attempt at `now`: a fixed window, restarted once it has run out. */
export function nextState(prev: ThrottleState | null, now: Date, p: ThrottlePolicy): ThrottleState {
  if (!prev || windowOver(prev, now, p)) return { windowStart: now, failures: 1 };
  return { windowStart: prev.windowStart, failures: prev.failures + 1 };
}

/** Whether an attempt that brought the counter to `state` may go on to check the password. */
export function allowed(state: ThrottleState, now: Date, p: ThrottlePolicy): boolean {
  return windowOver(state, now, p) || state.failures <= p.maxFailures;
}

function windowOver(s: ThrottleState, now: Date, p: ThrottlePolicy): boolean {
  return now.getTime() - s.windowStart.getTime() >= p.windowMinutes * 60_000;
}
