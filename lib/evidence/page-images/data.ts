import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb } from "@/lib/db";
import { isUuid } from "@/lib/vendors/data";

/** What the page viewer needs to decide whether to draw: the parse outcome and the page count. */
export async function findRenderState(
  actor: Actor,
  documentId: string,
): Promise<{ parseStatus: string; pages: number | null; mimeType: string } | null> {
  if (!isUuid(documentId)) return null;
  return tenantDb(actor.tenantId).document.findFirst({
    where: { tenantId: actor.tenantId, id: documentId },
    select: { parseStatus: true, pages: true, mimeType: true },
  });
}
