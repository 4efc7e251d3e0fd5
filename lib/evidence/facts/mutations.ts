import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb, withTenant } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client";
import { recordAudit } from "@/lib/audit/mutations";
import { asStoredFacts, evidenceFromConfirmed } from "@/lib/reviews/evidence";
import type { FlatFacts, StoredFacts } from "@/lib/reviews/facts-json";
import { projectDocument } from "./project";
import { toDbDate } from "@/lib/dates";

export type FactEdit = { field: string; value: unknown };

/**
 * The analyst confirms a document's facts, correcting some. Starting point: the previous
 * confirmation if any, else the extraction. Each changed field is recorded (who, when, from, to);
 * the typed projection is rebuilt; scoring then reads these confirmed facts.
 */
export async function confirmFacts(
  actor: Actor,
  documentId: string,
  edits: FactEdit[],
  docKind?: string,
): Promise<{ changed: number }> {
  const db = tenantDb(actor.tenantId);
  const doc = await db.document.findFirst({
    where: { tenantId: actor.tenantId, id: documentId },
    select: {
      id: true,
      vendorId: true,
      extraction: true,
      confirmedFacts: true,
      kind: true,
      vendor: { select: { id: true, legalName: true, tier: true } },
    },
  });
  if (!doc) throw notFound("That document");
  const base = asStoredFacts(doc.confirmedFacts) ?? asStoredFacts(doc.extraction) ?? { doc_kind: doc.kind, facts: {} };
  const facts: FlatFacts = { ...base.facts };
  const changes: { field: string; oldValue: unknown; newValue: unknown }[] = [];
  for (const edit of edits) {
    const old = facts[edit.field];
    if (JSON.stringify(old?.value ?? null) === JSON.stringify(edit.value ?? null)) continue;
    changes.push({ field: edit.field, oldValue: old?.value ?? null, newValue: edit.value ?? null });
    // A corrected value keeps the citation it was read from, marked as typed by a person.
    facts[edit.field] = { value: edit.value, page: old?.page ?? null, quote: old?.quote ?? null, confidence: 1 };
  }
  const kind = docKind ?? base.doc_kind;
  if (kind !== base.doc_kind) changes.push({ field: "doc_kind", oldValue: base.doc_kind, newValue: kind });
  const stored: StoredFacts = { ...base, doc_kind: kind, facts };
  const evidence = evidenceFromConfirmed(doc.vendor, [{ documentId: doc.id, stored }]);

  await withTenant(actor.tenantId, async (tx) => {
    await tx.document.update({
      where: { id: doc.id },
      data: {
        confirmedFacts: stored as unknown as Prisma.InputJsonValue,
        confirmedAt: new Date(),
        confirmedById: actor.userId,
        kind: kind as never,
      },
    });
    if (changes.length) {
      await tx.factCorrection.createMany({
        data: changes.map((c) => ({
          tenantId: actor.tenantId,
          documentId: doc.id,
          field: c.field,
          oldValue: c.oldValue as Prisma.InputJsonValue,
          newValue: c.newValue as Prisma.InputJsonValue,
          correctedById: actor.userId,
        })),
      });
    }
    await projectDocument(tx, actor.tenantId, doc.vendorId, doc.id, evidence);
    await recordAudit(
      actor,
      {
        action: "facts.confirm",
        entityType: "Document",
        entityId: doc.id,
        data: { corrections: changes.length, fields: changes.map((c) => c.field) },
      },
      tx,
    );
  });
  return { changed: changes.length };
}

export async function saveCuecMapping(
  actor: Actor,
  input: {
    documentId: string;
    cuecId: string;
    buyerControl: string | null;
    ownerId: string | null;
    evidenceUrl: string | null;
    dueDate: string | null;
  },
): Promise<void> {
  const db = tenantDb(actor.tenantId);
  const cuec = await db.cuec.findFirst({
    where: { tenantId: actor.tenantId, id: input.cuecId, socReport: { documentId: input.documentId } },
    select: { id: true },
  });
  if (!cuec) throw notFound("That CUEC");
  if (input.ownerId) {
    const m = await db.membership.findUnique({
      where: { tenantId_userId: { tenantId: actor.tenantId, userId: input.ownerId } },
      select: { id: true },
    });
    if (!m) throw notFound("That owner");
  }
  await withTenant(actor.tenantId, async (tx) => {
    await tx.cuec.update({
      where: { id: cuec.id },
      data: {
        buyerControl: input.buyerControl,
        ownerId: input.ownerId,
        evidenceUrl: input.evidenceUrl,
        dueDate: toDbDate(input.dueDate),
      },
    });
    await recordAudit(
      actor,
      {
        action: "cuec.map",
        entityType: "Document",
        entityId: input.documentId,
        data: { cuecId: cuec.id, buyerControl: input.buyerControl, ownerId: input.ownerId },
      },
      tx,
    );
  });
}

export async function setSubserviceReportOnFile(
  actor: Actor,
  input: { documentId: string; orgId: string; onFile: boolean },
): Promise<void> {
  const db = tenantDb(actor.tenantId);
  const org = await db.subserviceOrg.findFirst({
    where: { tenantId: actor.tenantId, id: input.orgId, socReport: { documentId: input.documentId } },
    select: { id: true, name: true },
  });
  if (!org) throw notFound("That subservice organisation");
  await withTenant(actor.tenantId, async (tx) => {
    await tx.subserviceOrg.update({ where: { id: org.id }, data: { ownReportOnFile: input.onFile } });
    await recordAudit(
      actor,
      {
        action: "subservice.report_on_file",
        entityType: "Document",
        entityId: input.documentId,
        data: { org: org.name, onFile: input.onFile },
      },
      tx,
    );
  });
}
