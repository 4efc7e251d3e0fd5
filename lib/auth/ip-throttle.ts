import "server-only";
import { systemDb as db } from "@/lib/db";

/**
 * Sign-in throttle per client address, on top of the per-account lockout in login.ts: that one stops
 * guessing one account, this one stops one address spraying a few guesses at many accounts.
 * Counters live in PostgreSQL ("LoginThrottle") so every app instance sees the same count.
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

/**
 * Counts an attempt before the password is checked (one atomic upsert, the SQL form of nextState),
 * so parallel requests cannot all slip in under the limit. A sign-in that then succeeds hands its
 * count back with forgiveAttempt(); a success never clears the counter, or an attacker could reset
 * it by signing in to an account of their own between guesses.
 */
export async function recordAttempt(key: string, now: Date, p: ThrottlePolicy): Promise<ThrottleState> {
  const cutoff = new Date(now.getTime() - p.windowMinutes * 60_000);
  const rows = await db.$queryRaw<ThrottleState[]>`
    INSERT INTO "LoginThrottle" ("key", "windowStart", "failures") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" <= ${cutoff} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" <= ${cutoff} THEN ${now} ELSE "LoginThrottle"."windowStart" END
    RETURNING "windowStart", "failures"`;
  return rows[0];
}

export async function forgiveAttempt(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
}

/** Drops counters whose window has run out; called now and then from the sign-in path. */
export async function pruneThrottle(now: Date, p: ThrottlePolicy): Promise<number> {
  const cutoff = new Date(now.getTime() - p.windowMinutes * 60_000);
  return db.$executeRaw`DELETE FROM "LoginThrottle" WHERE "windowStart" <= ${cutoff}`;
}
