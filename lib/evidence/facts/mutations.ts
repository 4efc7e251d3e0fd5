import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb, withTenant, type TenantTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client";
import { recordAudit } from "@/lib/audit/mutations";
import { toDbDate, todayIso } from "@/lib/dates";
import { mergeConfirmed, reissueRowIds } from "./confirm";
import { emptyFacts, parseDocumentFacts, readStoredFacts, type DocumentFacts, type FactKind } from "./model";
import { projectDocument } from "./projection/mutations";
import { evidenceFromFacts } from "./to-evidence";
import { getCriteriaForRegions } from "@/lib/criteria/data";
import { refreshEvidenceCurrency } from "@/lib/reviews/currency/mutations";

type Locked = { id: string; vendorId: string; kind: string; extraction: unknown; confirmedFacts: unknown };

/**
 * Reads the document row under a row lock, so two saves of one document's facts queue instead of
 * overwriting each other. A deleted document is not found: its facts are kept as they were removed.
 */
async function lockDocument(tx: TenantTx, tenantId: string, documentId: string): Promise<Locked | null> {
  const rows = await tx.$queryRaw<Locked[]>`
    SELECT "id", "vendorId", "kind"::text AS "kind", "extraction", "confirmedFacts" FROM "Document"
     WHERE "id" = ${documentId}::uuid AND "tenantId" = ${tenantId}::uuid AND "deletedAt" IS NULL FOR UPDATE`;
  return rows[0] ?? null;
}

async function writeFacts(tx: TenantTx, documentId: string, facts: DocumentFacts) {
  await tx.document.update({
    where: { id: documentId },
    data: { confirmedFacts: parseDocumentFacts(facts) as unknown as Prisma.InputJsonValue },
  });
}

/**
 * The analyst confirms a document's facts, correcting some (`submitted`: the whole typed facts the
 * form edited; checked against the fact schema, FactsShapeError lists bad fields). Starting point:
 * the previous confirmation if any, else the extraction. Each changed field is recorded (who, when,
 * from, to); the typed projection is rebuilt; scoring then reads these confirmed facts. Without
 * `submitted`, the facts are confirmed as they stand (the demo data does that).
 */
export async function confirmFacts(
  actor: Actor,
  documentId: string,
  submitted?: unknown,
): Promise<{ changed: number }> {
  const given = submitted === undefined ? null : parseDocumentFacts(submitted);
  const confirmed = await withTenant(actor.tenantId, async (tx) => {
    const doc = await lockDocument(tx, actor.tenantId, documentId);
    if (!doc) throw notFound("That document");
    const vendor = await tx.vendor.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: doc.vendorId },
      select: { id: true, legalName: true, tier: true },
    });
    const confirmed = readStoredFacts(doc.confirmedFacts);
    const read =
      confirmed ??
      readStoredFacts(doc.extraction) ??
      emptyFacts((doc.kind === "pending" ? "unknown" : doc.kind) as FactKind);
    // From the first confirmation on, list rows keep their ids (the projection's keys, the CUEC form's ids).
    const [base, next] = confirmed ? [read, given ?? read] : reissueRowIds(read, given ?? read);
    const { facts, changes } = mergeConfirmed(base, next);
    const stored = parseDocumentFacts(facts);
    const { evidence } = evidenceFromFacts({ vendorId: vendor.id, vendorName: vendor.legalName, tier: vendor.tier }, [
      { documentId: doc.id, facts: stored },
    ]);
    await tx.document.update({
      where: { id: doc.id },
      data: {
        confirmedFacts: stored as unknown as Prisma.InputJsonValue,
        confirmedAt: new Date(),
        confirmedById: actor.userId,
        kind: stored.kind,
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
    await projectDocument(tx, actor.tenantId, doc.vendorId, doc.id, stored, evidence);
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
    return { changed: changes.length, vendorId: doc.vendorId };
  });
  // The confirmed dates decide the vendor's evidence currency: store it now, so the dashboard,
  // reminders and vendor list see a new report before anyone re-scores.
  await refreshEvidenceCurrency(actor, confirmed.vendorId, todayIso(), getCriteriaForRegions);
  return { changed: confirmed.changed };
}

/** The confirmed facts of a SOC report, locked for an edit of one list row. */
async function lockedSocFacts(tx: TenantTx, actor: Actor, documentId: string) {
  const doc = await lockDocument(tx, actor.tenantId, documentId);
  const facts = doc ? readStoredFacts(doc.confirmedFacts) : null;
  if (!doc || !facts || (facts.kind !== "soc1_report" && facts.kind !== "soc2_report" && facts.kind !== "soc3_report"))
    return null;
  return { doc, facts };
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
  if (input.ownerId) {
    const m = await tenantDb(actor.tenantId).membership.findUnique({
      where: { tenantId_userId: { tenantId: actor.tenantId, userId: input.ownerId } },
      select: { id: true },
    });
    if (!m) throw notFound("That owner");
  }
  await withTenant(actor.tenantId, async (tx) => {
    const locked = await lockedSocFacts(tx, actor, input.documentId);
    const cuec = locked?.facts.fields.cuecs.value?.find((c) => c.id === input.cuecId);
    if (!locked || !cuec?.value) throw notFound("That CUEC");
    // The confirmed facts are the record; the projection row follows in the same transaction.
    cuec.value = {
      ...cuec.value,
      buyerControl: input.buyerControl,
      ownerId: input.ownerId,
      evidenceUrl: input.evidenceUrl,
      dueDate: input.dueDate,
    };
    await writeFacts(tx, locked.doc.id, locked.facts);
    await tx.cuec.updateMany({
      where: { tenantId: actor.tenantId, id: cuec.id },
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
  await withTenant(actor.tenantId, async (tx) => {
    const locked = await lockedSocFacts(tx, actor, input.documentId);
    const org = locked?.facts.fields.subserviceOrgs.value?.find((o) => o.id === input.orgId);
    if (!locked || !org?.value) throw notFound("That subservice organisation");
    org.value = { ...org.value, reportOnFile: input.onFile };
    await writeFacts(tx, locked.doc.id, locked.facts);
    await tx.subserviceOrg.updateMany({
      where: { tenantId: actor.tenantId, id: org.id },
      data: { ownReportOnFile: input.onFile },
    });
    await recordAudit(
      actor,
      {
        action: "subservice.report_on_file",
        entityType: "Document",
        entityId: input.documentId,
        data: { org: org.value.name, onFile: input.onFile },
      },
      tx,
    );
  });
}
