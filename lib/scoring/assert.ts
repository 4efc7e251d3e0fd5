/** Programmer errors only: domain outcomes (stale, missing, out of scope) are gaps, never throws. */
export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) fail(message);
}

/** The same error, for hot paths whose message is built from values: `if (!ok) fail(...)` builds it only on failure. */
export function fail(message: string): never {
  throw new Error(`[scoring] ${message}`);
}
