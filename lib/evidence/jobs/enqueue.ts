import "server-only";
import { getBoss, PARSE_QUEUE, type ParseJobData } from "./boss";

/**
 * Sends one parse job. The Document row (parseStatus `queued`) is the source of truth, not the
 * job: if this send is lost, the sweep finds the queued row and sends again, and duplicate jobs
 * are harmless because only one can claim the row. Returns the job id, or null when an identical
 * job is already waiting.
 */
export async function enqueueParse(documentId: string, tenantId: string): Promise<string | null> {
  const boss = await getBoss();
  const data: ParseJobData = { documentId, tenantId };
  return boss.send(PARSE_QUEUE, data, { singletonKey: documentId });
}
