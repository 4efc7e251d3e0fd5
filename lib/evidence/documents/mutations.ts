import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/auth/actor";
import { withTenant } from "@/lib/db";

export type NewDocument = {
  vendorId: string;
  filename: string;
  fileKey: string;
  sha256: string;
  sizeBytes: number;
  mimeType: string;
  idempotencyKey: string | null;
};

/** The Document row and its `document.upload` audit event commit together or not at all. */
export async function createDocumentWithAudit(actor: Actor, doc: NewDocument) {
  return withTenant(actor.tenantId, async (tx) => {
    const created = await tx.document.create({
      data: { ...doc, tenantId: actor.tenantId, uploadedById: actor.userId, parseStatus: "queued", kind: "pending" },
      select: { id: true, filename: true, parseStatus: true },
    });
    await recordAudit(
      actor,
      {
        action: "document.upload",
        entityType: "Document",
        entityId: created.id,
        data: {
          vendorId: doc.vendorId,
          filename: doc.filename,
          sha256: doc.sha256,
          sizeBytes: doc.sizeBytes,
          mimeType: doc.mimeType,
        },
      },
      tx,
    );
    return created;
  });
}
