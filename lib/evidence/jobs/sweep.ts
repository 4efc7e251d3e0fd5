import "server-only";
import { sweepStaleParses } from "./mutations";
import { getLogger } from "@/lib/observability/logger.mjs";
import { parseEvents, parseFailures } from "@/lib/observability/job-metrics";
import { enqueueParse } from "./enqueue";
import { leaseSettings } from "./lease";
import { MAX_PARSE_ATTEMPTS } from "./parse-job";

export type SweepOptions = {
  staleAfterMs?: number;
  unsentAfterMs?: number;
  send?: (documentId: string, tenantId: string) => Promise<unknown>;
};

const INTERRUPTED = `Reading this document was interrupted ${MAX_PARSE_ATTEMPTS} times (the reader stopped or ran out of time). The file may be too complex; try a smaller or simpler copy.`;

/**
 * Takes over parses whose worker died (no heartbeat for the lease, PARSE_LEASE_MS, default 30 s;
 * see ./lease.ts): they become `retrying` and are sent again, or `failed` once they used up their
 * attempts. Also re-sends jobs for documents waiting without one. Safe to run in every process at
 * once: each row changes state in one conditional UPDATE, so one process takes each over.
 */
export async function runParseSweep(opts: SweepOptions = {}) {
  const result = await sweepStaleParses({
    staleAfterMs: opts.staleAfterMs ?? leaseSettings().leaseMs,
    unsentAfterMs: opts.unsentAfterMs ?? 2 * 60_000,
    maxAttempts: MAX_PARSE_ATTEMPTS,
    failMessage: INTERRUPTED,
  });
  const log = getLogger();
  for (const doc of result.requeued) {
    parseEvents.inc({ event: "taken_over" });
    log.warn(
      { event: "taken_over", documentId: doc.id, deadWorker: doc.worker, lastHeartbeat: doc.heartbeatAt },
      "parse taken over: its worker stopped renewing the lease",
    );
  }
  for (const id of result.failed) {
    parseFailures.inc({ code: "interrupted" });
    log.warn({ event: "failed", documentId: id, code: "interrupted" }, `parse failed: ${INTERRUPTED}`);
  }
  const send = opts.send ?? enqueueParse;
  for (const doc of [...result.requeued, ...result.unsent]) {
    await send(doc.id, doc.tenantId).catch((err: Error) =>
      log.error({ documentId: doc.id, err: err.message }, "re-sending a parse job failed"),
    );
  }
  return result;
}
