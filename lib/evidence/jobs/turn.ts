import "server-only";
import { randomUUID } from "node:crypto";
import { getLogger } from "@/lib/observability/logger.mjs";
import { parseEvents } from "@/lib/observability/job-metrics";
import type { ParseJobData } from "./boss";
import { othersWaitingWithFewerParses } from "./data";
import { sendParseTurn } from "./enqueue";
import { claimNextParse } from "./mutations";
import { processClaim, type ParseJobDeps, type ParseJobResult } from "./parse-job";
import { workerId } from "./worker-id";

export type TurnDeps = ParseJobDeps & {
  /** Sends the organisation's next turn (tests may record it); default: pg-boss. */
  sendTurn?: (tenantId: string, opts?: { yielded?: boolean }) => Promise<unknown>;
};

export type TurnResult = { documentId: string; result: ParseJobResult } | { yielded: true } | null;

/**
 * One organisation's turn at the parsers (docs/decisions/027), run when a worker slot takes a job:
 *  1. If the organisation already has a parse running and another one has a document waiting with
 *     fewer running, the turn goes to the back of the line once (`yielded`), so the slot that just
 *     freed goes to the organisation that has less. A yielded turn never yields again, so a turn
 *     cannot bounce for ever (e.g. when the other organisation's turn was lost and is only re-sent
 *     by the sweep).
 *  2. Otherwise it claims the organisation's oldest waiting document and, if more are waiting,
 *     sends the organisation's next turn before parsing: that turn lines up behind every other
 *     organisation already waiting (round-robin), while an idle slot can take it right away.
 * Returns null when nothing was waiting (another worker took it, or a duplicate turn).
 */
export async function takeParseTurn(job: ParseJobData, deps: TurnDeps = {}): Promise<TurnResult> {
  const { tenantId } = job;
  const send = deps.sendTurn ?? sendParseTurn;
  if (!job.yielded && (await othersWaitingWithFewerParses(tenantId))) {
    await send(tenantId, { yielded: true });
    parseEvents.inc({ event: "yielded" });
    getLogger().info({ event: "yielded", tenantId }, "parse turn yielded to an organisation with fewer parses running");
    return { yielded: true };
  }
  const worker = deps.worker ?? workerId();
  const claim = await claimNextParse(tenantId, randomUUID(), worker);
  if (!claim) return null;
  if (claim.more) {
    // Lost only if the send fails; the sweep re-sends turns for documents left waiting.
    await send(tenantId).catch((err: Error) =>
      getLogger().error({ tenantId, err: err.message }, "sending the organisation's next parse turn failed"),
    );
  }
  return { documentId: claim.documentId, result: await processClaim(claim, deps, worker) };
}
