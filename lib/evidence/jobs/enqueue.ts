import "server-only";
import { getBoss, PARSE_QUEUE, type ParseJobData } from "./boss";

/**
 * Asks for a parse of this document. The Document row (parseStatus `queued`) is the source of
 * truth, not the job: what is sent is a turn for the document's organisation (docs/decisions/027),
 * and the worker that takes the turn claims that organisation's oldest waiting document. If this
 * send is lost, the sweep finds the queued row and sends again; extra turns are harmless because
 * only one worker can claim a row. Returns the job id, or null when the organisation already has a
 * turn waiting (that turn will reach this document in order).
 */
// documentId stays in the signature: callers (upload, sweep, stop) speak in documents.
export async function enqueueParse(documentId: string, tenantId: string): Promise<string | null> {
  return sendParseTurn(tenantId);
}

/**
 * Puts an organisation's turn at the back of the line. pg-boss hands out jobs oldest first and
 * keeps at most one waiting job per singletonKey, so with the organisation as the key, waiting
 * organisations are served round-robin whatever their backlog.
 */
export async function sendParseTurn(tenantId: string, opts: { yielded?: boolean } = {}): Promise<string | null> {
  const boss = await getBoss();
  const data: ParseJobData = opts.yielded ? { tenantId, yielded: true } : { tenantId };
  return boss.send(PARSE_QUEUE, data, { singletonKey: tenantId });
}
