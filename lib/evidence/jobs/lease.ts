/**
 * How fast a parse whose instance died is taken over (docs/operations.md, "Recovery"):
 *  - PARSE_LEASE_MS (default 30 s): a `parsing` claim with no heartbeat for this long is taken over;
 *  - the heartbeat renews it every lease / 3;
 *  - PARSE_SWEEP_INTERVAL_MS (default 10 s): how often each worker process looks for such claims.
 * Worst case from the crash to another instance claiming it: lease + sweep interval + one queue
 * poll (1 s) = about 41 s with the defaults, inside the documented 60 s.
 * PARSE_STALE_AFTER_MS, the setting's earlier name, is still read.
 */
export function leaseSettings(env: NodeJS.ProcessEnv = process.env) {
  const leaseMs = positive(env.PARSE_LEASE_MS ?? env.PARSE_STALE_AFTER_MS, 30_000);
  return {
    leaseMs,
    heartbeatMs: Math.max(250, Math.floor(leaseMs / 3)),
    sweepIntervalMs: positive(env.PARSE_SWEEP_INTERVAL_MS, 10_000),
  };
}

/**
 * A parse that failed for a passing reason (database or storage hiccup, a reader that could not
 * start) is not taken again for this many seconds, so three attempts are not spent in one hiccup.
 * It is also the queue's retryDelay: pg-boss retries the failed turn no sooner than this (its
 * backoff only adds to it), so the retried turn finds the document due.
 */
export const PARSE_RETRY_DELAY_S = 15;

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}
