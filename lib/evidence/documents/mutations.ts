import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/auth/actor";
import { withTenant, type TenantTx } from "@/lib/db";
import { assertCan } from "@/lib/auth/roles";
import { getCriteriaForRegions } from "@/lib/criteria/data";
import { todayIso } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { readStoredFacts } from "@/lib/evidence/facts/model";
import type { CriteriaLookup } from "@/lib/reviews/scoring-input/loaders";
import { rescoreVendor } from "@/lib/reviews/rescore/mutations";
import { isUuid } from "@/lib/vendors/data";
import { supersedeRefusal, versionOf } from "./supersede";

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

/** A document to delete or supersede, under a row lock; null when not this tenant's or already deleted. */
async function lockLiveDocument(tx: TenantTx, tenantId: string, documentId: string) {
  if (!isUuid(documentId)) return null;
  const rows = await tx.$queryRaw<
    {
      id: string;
      vendorId: string;
      filename: string;
      uploadedAt: Date;
      confirmedFacts: unknown;
      supersededById: string | null;
    }[]
  >`SELECT "id", "vendorId", "filename", "uploadedAt", "confirmedFacts", "supersededById" FROM "Document"
     WHERE "id" = ${documentId}::uuid AND "tenantId" = ${tenantId}::uuid AND "deletedAt" IS NULL FOR UPDATE`;
  return rows[0] ?? null;
}

export type RetireOptions = { asOf?: string; criteriaFor?: CriteriaLookup };

/**
 * Removes a wrong upload: a soft delete (the row, its file and its confirmed facts stay for the audit
 * trail), audited with the reason, then the vendor is re-scored so the document's findings are
 * withdrawn with that reason (not "resolved": nothing was fixed). A document it had superseded is
 * current again. Its typed projection rows go, so lists and counts stop showing it.
 */
export async function deleteDocument(
  actor: Actor,
  documentId: string,
  reason: string,
  { asOf = todayIso(), criteriaFor = getCriteriaForRegions }: RetireOptions = {},
): Promise<{ vendorId: string; restored: number }> {
  assertCan(actor, "document:upload", "Your role does not allow removing documents.");
  const done = await withTenant(actor.tenantId, async (tx) => {
    const doc = await lockLiveDocument(tx, actor.tenantId, documentId);
    if (!doc) throw notFound("That document");
    await tx.document.update({
      where: { id: doc.id },
      data: { deletedAt: new Date(), deletedById: actor.userId, deleteReason: reason },
    });
    const restored = await tx.document.updateMany({
      where: { tenantId: actor.tenantId, supersededById: doc.id, deletedAt: null },
      data: { supersededById: null, supersededAt: null },
    });
    const ofDoc = { where: { tenantId: actor.tenantId, documentId: doc.id } };
    await tx.socReport.deleteMany(ofDoc);
    await tx.bridgeLetter.deleteMany(ofDoc);
    await tx.isoCertificate.deleteMany(ofDoc);
    await tx.subprocessor.deleteMany(ofDoc);
    await recordAudit(
      actor,
      {
        action: "document.delete",
        entityType: "Document",
        entityId: doc.id,
        data: { vendorId: doc.vendorId, filename: doc.filename, reason, restored: restored.count },
      },
      tx,
    );
    return { vendorId: doc.vendorId, restored: restored.count };
  });
  await rescoreVendor(actor, done.vendorId, asOf, criteriaFor);
  return done;
}

/**
 * Next year's document replaces last year's (same kind, newer period: lib/evidence/documents/supersede.ts
 * refuses anything else). The older one is kept and no longer scored; the re-score that follows keeps
 * the triage of every finding the newer one raises again (marked repeat) and closes the others with
 * the reason. Both must be this vendor's confirmed, live documents.
 */
export async function supersedeDocument(
  actor: Actor,
  olderId: string,
  newerId: string,
  { asOf = todayIso(), criteriaFor = getCriteriaForRegions }: RetireOptions = {},
): Promise<{ vendorId: string }> {
  assertCan(actor, "fact:confirm", "Your role does not allow replacing documents.");
  const vendorId = await withTenant(actor.tenantId, async (tx) => {
    const older = await lockLiveDocument(tx, actor.tenantId, olderId);
    const newer = await lockLiveDocument(tx, actor.tenantId, newerId);
    if (!older || !newer) throw notFound("That document");
    if (older.vendorId !== newer.vendorId)
      throw new AppError("INVALID_INPUT", "Both documents must belong to the same vendor.");
    if (older.supersededById) throw new AppError("CONFLICT", `${older.filename} is already superseded.`);
    if (newer.supersededById) throw new AppError("CONFLICT", `${newer.filename} is itself superseded.`);
    const version = (doc: typeof older) =>
      versionOf(doc.id, doc.filename, doc.uploadedAt.toISOString(), readStoredFacts(doc.confirmedFacts));
    const refusal = supersedeRefusal(version(older), version(newer));
    if (refusal) throw new AppError("INVALID_INPUT", refusal);
    await tx.document.update({
      where: { id: older.id },
      data: { supersededById: newer.id, supersededAt: new Date() },
    });
    await recordAudit(
      actor,
      {
        action: "document.supersede",
        entityType: "Document",
        entityId: older.id,
        data: { vendorId: older.vendorId, supersededBy: newer.id, filename: older.filename, newer: newer.filename },
      },
      tx,
    );
    return older.vendorId;
  });
  await rescoreVendor(actor, vendorId, asOf, criteriaFor);
  return { vendorId };
}
