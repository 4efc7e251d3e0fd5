import "server-only";
import { sweepStaleParses } from "./mutations";
import { enqueueParse } from "./enqueue";
import { MAX_PARSE_ATTEMPTS } from "./parse-job";

export type SweepOptions = {
  staleAfterMs?: number;
  unsentAfterMs?: number;
  send?: (documentId: string, tenantId: string) => Promise<unknown>;
};

const INTERRUPTED = `Reading this document was interrupted ${MAX_PARSE_ATTEMPTS} times (the reader stopped or ran out of time). The file may be too complex; try a smaller or simpler copy.`;

/**
 * Re-queues parses whose worker died (claim older than PARSE_STALE_AFTER_MS, default 10 min, well
 * above the extractor's 60 s cap and the queue's 5 min job expiry), fails those that used up their
 * attempts, and re-sends jobs for queued documents that never got one. Safe to run in every
 * process at once: each row changes state in one conditional UPDATE.
 */
export async function runParseSweep(opts: SweepOptions = {}) {
  const result = await sweepStaleParses({
    staleAfterMs: opts.staleAfterMs ?? Number(process.env.PARSE_STALE_AFTER_MS ?? 10 * 60_000),
    unsentAfterMs: opts.unsentAfterMs ?? 2 * 60_000,
    maxAttempts: MAX_PARSE_ATTEMPTS,
    failMessage: INTERRUPTED,
  });
  const send = opts.send ?? enqueueParse;
  for (const doc of [...result.requeued, ...result.unsent]) {
    await send(doc.id, doc.tenantId).catch((err: Error) =>
      console.error(`[jobs] re-send of ${doc.id} failed: ${err.message}`),
    );
  }
  return result;
}
