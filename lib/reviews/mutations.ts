import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb, withTenant } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type * as z from "zod";
import type { decisionSchema } from "./schema";

/** A review decision is an immutable record: a change of mind is a new decision, never an edit. */
export async function recordDecision(actor: Actor, input: z.output<typeof decisionSchema>): Promise<{ id: string }> {
  const db = tenantDb(actor.tenantId);
  const vendor = await db.vendor.findFirst({
    where: { tenantId: actor.tenantId, id: input.vendorId },
    select: { id: true },
  });
  if (!vendor) throw notFound("That vendor");
  if (input.serviceId) {
    const s = await db.buyerService.findFirst({
      where: { tenantId: actor.tenantId, id: input.serviceId, vendorId: input.vendorId },
      select: { id: true },
    });
    if (!s) throw notFound("That service");
  }
  return withTenant(actor.tenantId, async (tx) => {
    const r = await tx.review.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: input.vendorId,
        serviceId: input.serviceId,
        decision: input.decision,
        note: input.note,
        decidedById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(
      actor,
      {
        action: "review.decide",
        entityType: "Vendor",
        entityId: input.vendorId,
        data: { reviewId: r.id, decision: input.decision, serviceId: input.serviceId },
      },
      tx,
    );
    return r;
  });
}
