/** Programmer errors only: domain outcomes (stale, missing, out of scope) are gaps, never throws. */
export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`[scoring] ${message}`);
}
