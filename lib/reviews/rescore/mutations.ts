import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb, withTenant } from "@/lib/db";
import { fromDbDate, toDbDate } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client";
import { recordAudit } from "@/lib/audit/mutations";
import { isActiveStatus } from "@/lib/vocabulary";
import {
  mergeRegisters,
  scoreVendor,
  type GapStatus,
  type GapTracking,
  type PreviousRegister,
  type TrackedGap,
} from "@/lib/scoring";
import { currencyColumns, currencyOf } from "../currency/mutations";
import { retiredDocuments } from "./data";
import { defaultCriteriaLookup, loadVendorScoring, type CriteriaLookup } from "../scoring-input/loaders";

export type RescoreSummary = {
  services: number;
  added: number;
  reopened: number;
  resolved: number;
  unchanged: number;
  open: number;
};

/**
 * Re-scores every buyer service of a vendor from its confirmed facts and saves the register,
 * carrying owners, statuses and risk acceptances over (lib/scoring mergeRegisters): a resolved gap
 * whose cause persists reopens, an expired acceptance reopens, a gap whose cause is gone resolves.
 * The vendor's evidence currency is stored with it (lib/scoring/currency.ts, same criteria).
 * The whole vendor is written in one transaction: a failure leaves the previous register intact.
 */
export async function rescoreVendor(
  actor: Actor,
  vendorId: string,
  asOf: string,
  criteriaFor: CriteriaLookup = defaultCriteriaLookup,
): Promise<RescoreSummary> {
  const db = tenantDb(actor.tenantId);
  const scoring = await loadVendorScoring(actor, vendorId, asOf, criteriaFor);
  if (!scoring) throw notFound("That vendor");
  const { inputs } = scoring;
  const currency = await currencyOf(actor, scoring, asOf, criteriaFor);
  const previousRows = await db.gap.findMany({
    where: { tenantId: actor.tenantId, vendorId },
    select: {
      id: true,
      key: true,
      serviceId: true,
      checkId: true,
      subject: true,
      severity: true,
      title: true,
      detail: true,
      citation: true,
      ownerRole: true,
      ownerId: true,
      dueDate: true,
      status: true,
      acceptanceNote: true,
      acceptedUntil: true,
      firstSeenAt: true,
      resolvedAt: true,
      repeat: true,
      closedReason: true,
    },
  });
  const retired = await retiredDocuments(actor, vendorId);
  const summary: RescoreSummary = {
    services: inputs.length,
    added: 0,
    reopened: 0,
    resolved: 0,
    unchanged: 0,
    open: 0,
  };
  const merged: { gap: TrackedGap; before: (typeof previousRows)[number] | undefined }[] = [];

  for (const input of inputs) {
    const register = scoreVendor(input);
    const rows = previousRows.filter((g) => g.serviceId === input.service.id);
    const previous: PreviousRegister = {
      vendorId,
      serviceId: input.service.id,
      asOf,
      gaps: rows.map((g) => ({
        key: g.key,
        vendorId,
        serviceId: input.service.id,
        checkId: g.checkId,
        subject: g.subject,
        severity: g.severity,
        title: g.title,
        detail: g.detail,
        citation: (g.citation as TrackedGap["citation"]) ?? null,
        ownerRole: g.ownerRole as TrackedGap["ownerRole"],
        dueDate: fromDbDate(g.dueDate) ?? asOf,
        ...tracking(g),
      })),
    };
    const byKey = new Map(rows.map((g) => [g.key, g]));
    for (const gap of mergeRegisters(previous, register, asOf, retired).gaps)
      merged.push({ gap, before: byKey.get(gap.key) });
  }

  await withTenant(actor.tenantId, async (tx) => {
    for (const { gap, before } of merged) {
      const status = gap.status;
      if (!before) summary.added++;
      else if ((before.status === "resolved" || before.status === "risk_accepted") && status === "open")
        summary.reopened++;
      else if (!isClosed(before.status) && isClosed(status)) summary.resolved++;
      else summary.unchanged++;
      if (isActiveStatus(status)) summary.open++;
      const data = {
        severity: gap.severity,
        title: gap.title,
        detail: gap.detail,
        subject: gap.subject,
        checkId: gap.checkId,
        ownerRole: gap.ownerRole,
        citation: (gap.citation ?? undefined) as Prisma.InputJsonValue | undefined,
        dueDate: toDbDate(gap.dueDate),
        status,
        resolvedAt: isClosed(status) ? (before?.resolvedAt ?? new Date()) : null,
        repeat: gap.repeat ?? false,
        closedReason: isClosed(status) ? (gap.closedReason ?? before?.closedReason ?? null) : null,
        acceptedUntil: status === "risk_accepted" ? (before?.acceptedUntil ?? null) : null,
        acceptanceNote:
          status === "risk_accepted" || status === "not_applicable" ? (before?.acceptanceNote ?? null) : null,
      };
      if (before) {
        await tx.gap.update({
          where: { tenantId_key: { tenantId: actor.tenantId, key: gap.key } },
          data: { ...data, ...(!isClosed(status) ? { lastSeenAt: new Date() } : {}) },
        });
        const why = rescoreWhy(before.status, status, gap, before.repeat, scoring.documentNames);
        if (why)
          await tx.gapComment.create({
            data: { tenantId: actor.tenantId, gapId: before.id, authorId: actor.userId, body: `Re-score: ${why}` },
          });
        // A status the re-score changed is a change like any other: in the gap's history as old → new, with why.
        if (before.status !== status)
          await recordAudit(
            actor,
            {
              action: "gap.rescore",
              entityType: "Gap",
              entityId: before.id,
              data: {
                changed: ["status"],
                before: { status: before.status },
                after: { status },
                reason: why ?? gap.closedReason ?? null,
              },
            },
            tx,
          );
      } else {
        await tx.gap.create({
          data: { ...data, tenantId: actor.tenantId, vendorId, serviceId: gap.serviceId, key: gap.key, ownerId: null },
        });
      }
    }
    await tx.vendor.updateMany({
      where: { tenantId: actor.tenantId, id: vendorId },
      data: currencyColumns(currency),
    });
    await recordAudit(
      actor,
      { action: "review.rescore", entityType: "Vendor", entityId: vendorId, data: { asOf, ...summary } },
      tx,
    );
  });
  return summary;
}

const isClosed = (status: GapStatus) => status === "resolved" || status === "withdrawn";

function tracking(g: {
  status: GapStatus;
  repeat: boolean;
  closedReason: string | null;
  ownerId: string | null;
  acceptanceNote: string | null;
  acceptedUntil: Date | null;
  firstSeenAt: Date;
  resolvedAt: Date | null;
}): GapTracking {
  const waived = g.status === "risk_accepted" || g.status === "not_applicable";
  return {
    status: g.status,
    owner: g.ownerId,
    comments: [],
    acceptance: waived ? { reason: g.acceptanceNote, expiresOn: fromDbDate(g.acceptedUntil) } : null,
    firstSeenOn: fromDbDate(g.firstSeenAt)!,
    resolvedOn: fromDbDate(g.resolvedAt),
    repeat: g.repeat,
    closedReason: g.closedReason,
  };
}

/** Why a re-score changed a gap ("resolved — …"), as lib/scoring worded it (a worsening, a newer document), and repeats. */
function rescoreWhy(
  before: GapStatus,
  after: GapStatus,
  gap: TrackedGap | undefined,
  wasRepeat: boolean,
  sources: ReadonlyMap<string, string>,
): string | null {
  if (gap?.closedReason && !isClosed(before) && isClosed(after))
    return `${after === "withdrawn" ? "withdrawn" : "resolved"} — ${gap.closedReason}`;
  if (before === "risk_accepted" && after === "open" && /got worse/.test(gap?.comments.at(-1)?.text ?? ""))
    return gap!.comments.at(-1)!.text;
  if (gap?.repeat && !isClosed(before) && !isClosed(after) && !wasRepeat) {
    const from = gap.citation?.documentId ? sources.get(gap.citation.documentId) : undefined;
    return `repeat finding — raised again from ${from ?? "a newer document"}.`;
  }
  if (isClosed(before) && after === "open") return "reopened — marked resolved, but the documents still show this gap.";
  if (before === "risk_accepted" && after === "open") return "reopened — the risk acceptance has expired.";
  if (before !== "resolved" && after === "resolved") return "resolved — the documents no longer show this gap.";
  return null;
}
