import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb } from "@/lib/db";
import type { RetiredDocuments } from "@/lib/scoring/merge";
import { retiredReason } from "./retired";

/**
 * The vendor's documents no longer scored and why (lib/scoring mergeRegisters closes their findings
 * with it): superseded by a newer document, or deleted as a wrong upload (its findings are withdrawn).
 */
export async function retiredDocuments(actor: Actor, vendorId: string): Promise<RetiredDocuments> {
  const db = tenantDb(actor.tenantId);
  const rows = await db.document.findMany({
    where: {
      tenantId: actor.tenantId,
      vendorId,
      OR: [{ deletedAt: { not: null } }, { supersededById: { not: null } }],
    },
    select: { id: true, filename: true, deletedAt: true, deleteReason: true, supersededById: true },
  });
  const newerIds = rows.flatMap((row) => (row.supersededById ? [row.supersededById] : []));
  const newer = new Map(
    newerIds.length
      ? (
          await db.document.findMany({
            where: { tenantId: actor.tenantId, id: { in: newerIds } },
            select: { id: true, filename: true },
          })
        ).map((doc) => [doc.id, doc.filename])
      : [],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      retiredReason({
        filename: row.filename,
        deleted: row.deletedAt !== null,
        deleteReason: row.deleteReason,
        supersededBy: row.supersededById ? (newer.get(row.supersededById) ?? "a newer document") : null,
      }),
    ]),
  );
}
