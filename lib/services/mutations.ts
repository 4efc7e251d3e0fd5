import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb, withTenant } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { ServiceForm } from "./schema";

export async function createService(actor: Actor, input: ServiceForm): Promise<{ id: string }> {
  const db = tenantDb(actor.tenantId);
  const vendor = await db.vendor.findFirst({
    where: { tenantId: actor.tenantId, id: input.vendorId },
    select: { id: true },
  });
  if (!vendor) throw notFound("That vendor");
  if (input.ownerId) {
    const member = await db.membership.findUnique({
      where: { tenantId_userId: { tenantId: actor.tenantId, userId: input.ownerId } },
      select: { id: true },
    });
    if (!member) throw new AppError("INVALID_INPUT", "The owner must be a member of your organisation.");
  }
  return withTenant(actor.tenantId, async (tx) => {
    const s = await tx.buyerService.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: input.vendorId,
        name: input.name,
        systems: input.systems,
        dataTypes: input.dataTypes,
        regions: input.regions,
        locations: input.locations,
        contractedLegalEntity: input.contractedLegalEntity,
        criticality: input.criticality,
        relianceDate: toDbDate(input.relianceDate),
        ownerId: input.ownerId,
      },
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
}
