import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { assertCan } from "@/lib/auth/roles";
import { tenantDb, withTenant } from "@/lib/db";
import { fromDbDate, toDbDate, todayIso } from "@/lib/dates";
import { getCriteriaForRegions } from "@/lib/criteria/data";
import { refreshEvidenceCurrency } from "@/lib/reviews/currency/mutations";
import { rescoreVendor } from "@/lib/reviews/rescore/mutations";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { diffFields } from "@/lib/vendors/changes";
import { ACTIVE_GAP_STATUSES } from "@/lib/vocabulary";
import type { ServiceForm } from "./schema";
import { SERVICE_FIELDS } from "./fields";

async function assertMember(actor: Actor, ownerId: string | null): Promise<void> {
  if (!ownerId) return;
  const member = await tenantDb(actor.tenantId).membership.findUnique({
    where: { tenantId_userId: { tenantId: actor.tenantId, userId: ownerId } },
    select: { id: true },
  });
  if (!member) throw new AppError("INVALID_INPUT", "The owner must be a member of your organisation.");
}

function columns(input: ServiceForm) {
  return {
    name: input.name,
    systems: input.systems,
    dataTypes: input.dataTypes,
    regions: input.regions,
    locations: input.locations,
    contractedLegalEntity: input.contractedLegalEntity,
    criticality: input.criticality,
    relianceDate: toDbDate(input.relianceDate),
    publicSector: input.publicSector,
    ownerId: input.ownerId,
  };
}

export async function createService(actor: Actor, input: ServiceForm): Promise<{ id: string }> {
  assertCan(actor, "vendor:edit");
  const db = tenantDb(actor.tenantId);
  const vendor = await db.vendor.findFirst({
    where: { tenantId: actor.tenantId, id: input.vendorId },
    select: { id: true },
  });
  if (!vendor) throw notFound("That vendor");
  await assertMember(actor, input.ownerId);
  const created = await withTenant(actor.tenantId, async (tx) => {
    const s = await tx.buyerService.create({
      data: { tenantId: actor.tenantId, vendorId: input.vendorId, ...columns(input) },
      select: { id: true },
    });
    await recordAudit(
      actor,
      {
        action: "service.create",
        entityType: "BuyerService",
        entityId: s.id,
        data: { vendorId: input.vendorId, name: input.name },
      },
      tx,
    );
    return s;
  });
  // The service's regions bring their criteria, which may shorten how long a report stays current.
  await refreshEvidenceCurrency(actor, input.vendorId, todayIso(), getCriteriaForRegions);
  return created;
}

/** Edits a service in place; the audit event lists each changed field's old and new value. */
export async function updateService(actor: Actor, serviceId: string, input: ServiceForm): Promise<void> {
  assertCan(actor, "vendor:edit");
  await assertMember(actor, input.ownerId);
  const changed = await withTenant(actor.tenantId, async (tx) => {
    const before = await tx.buyerService.findFirst({
      where: { tenantId: actor.tenantId, id: serviceId, vendorId: input.vendorId },
      select: { ...SERVICE_FIELDS, ownerId: true },
    });
    if (!before) throw notFound("That service");
    const changes = diffFields(
      { ...before, relianceDate: fromDbDate(before.relianceDate) },
      { ...columns(input), relianceDate: input.relianceDate },
    );
    if (Object.keys(changes).length === 0) return false;
    await tx.buyerService.updateMany({
      where: { tenantId: actor.tenantId, id: serviceId },
      data: columns(input),
    });
    await recordAudit(
      actor,
      {
        action: "service.update",
        entityType: "BuyerService",
        entityId: serviceId,
        data: { vendorId: input.vendorId, changes },
      },
      tx,
    );
    return true;
  });
  if (changed) await refreshEvidenceCurrency(actor, input.vendorId, todayIso(), getCriteriaForRegions);
}

/**
 * Retire (or reinstate) a service you no longer buy. It stays on record, because gaps and decisions
 * cite it, but it is no longer scored (lib/reviews/load-input.ts): its open gaps close now with that
 * reason; reinstating re-scores, which reopens the gaps whose cause persists, triage carried over.
 */
export async function setServiceRetired(
  actor: Actor,
  input: { vendorId: string; serviceId: string; retired: boolean },
): Promise<{ closedGaps: number }> {
  assertCan(actor, "vendor:edit", "Your role cannot retire services.");
  const result = await withTenant(actor.tenantId, async (tx) => {
    const before = await tx.buyerService.findFirst({
      where: { tenantId: actor.tenantId, id: input.serviceId, vendorId: input.vendorId },
      select: { retiredAt: true, name: true },
    });
    if (!before) throw notFound("That service");
    if (Boolean(before.retiredAt) === input.retired) return null;
    await tx.buyerService.updateMany({
      where: { tenantId: actor.tenantId, id: input.serviceId },
      data: { retiredAt: input.retired ? new Date() : null },
    });
    let closed: { id: string }[] = [];
    if (input.retired) {
      closed = await tx.gap.findMany({
        where: { tenantId: actor.tenantId, serviceId: input.serviceId, status: { in: [...ACTIVE_GAP_STATUSES] } },
        select: { id: true },
      });
      if (closed.length) {
        await tx.gap.updateMany({
          where: { tenantId: actor.tenantId, id: { in: closed.map((g) => g.id) } },
          data: { status: "resolved", resolvedAt: new Date() },
        });
        await tx.gapComment.createMany({
          data: closed.map((g) => ({
            tenantId: actor.tenantId,
            gapId: g.id,
            authorId: actor.userId,
            body: `Closed: the service “${before.name}” was retired.`,
          })),
        });
      }
    }
    await recordAudit(
      actor,
      {
        action: input.retired ? "service.retire" : "service.reinstate",
        entityType: "BuyerService",
        entityId: input.serviceId,
        data: { vendorId: input.vendorId, name: before.name, closedGaps: closed.length },
      },
      tx,
    );
    return { closedGaps: closed.length };
  });
  if (!result) return { closedGaps: 0 };
  if (input.retired) await refreshEvidenceCurrency(actor, input.vendorId, todayIso(), getCriteriaForRegions);
  else await rescoreVendor(actor, input.vendorId, todayIso(), getCriteriaForRegions);
  return result;
}
