import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { assertCan } from "@/lib/auth/roles";
import { tenantDb, withTenant } from "@/lib/db";
import { fromDbDate, toDbDate } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { ACTIVE_GAP_STATUSES } from "@/lib/vocabulary";
import type * as z from "zod";
import type { decisionSchema } from "./schema";

type DecisionOutput = z.output<typeof decisionSchema>;
type FollowThrough = "vendorStatus" | "nextReviewDate" | "acknowledgeOpenGaps";
export type DecisionInput = Omit<DecisionOutput, FollowThrough> & Partial<Pick<DecisionOutput, FollowThrough>>;

const SERIOUS = ["critical", "high"] as const;

/** Open high and critical gaps an approval would accept: the service's own plus the vendor-wide ones. */
export async function countSeriousOpenGaps(actor: Actor, vendorId: string, serviceId: string | null): Promise<number> {
  return tenantDb(actor.tenantId).gap.count({
    where: {
      tenantId: actor.tenantId,
      vendorId,
      status: { in: [...ACTIVE_GAP_STATUSES] },
      severity: { in: [...SERIOUS] },
      ...(serviceId ? { OR: [{ serviceId }, { serviceId: null }] } : {}),
    },
  });
}

/**
 * A review decision is an immutable record: a change of mind is a new decision, never an edit.
 * It may also set the vendor's status and next review date (audited as old → new); approving while
 * high or critical gaps are open is refused unless the decider acknowledged them.
 */
export async function recordDecision(actor: Actor, input: DecisionInput): Promise<{ id: string }> {
  assertCan(actor, "review:decide");
  const db = tenantDb(actor.tenantId);
  const vendor = await db.vendor.findFirst({
    where: { tenantId: actor.tenantId, id: input.vendorId },
    select: { id: true, status: true, nextReviewDate: true },
  });
  if (!vendor) throw notFound("That vendor");
  if (input.serviceId) {
    const s = await db.buyerService.findFirst({
      where: { tenantId: actor.tenantId, id: input.serviceId, vendorId: input.vendorId },
      select: { id: true },
    });
    if (!s) throw notFound("That service");
  }
  if (input.decision !== "reject" && !input.acknowledgeOpenGaps) {
    const serious = await countSeriousOpenGaps(actor, input.vendorId, input.serviceId);
    if (serious > 0)
      throw new AppError(
        "CONFLICT",
        `${serious} high or critical gap${serious === 1 ? " is" : "s are"} still open. Tick “I have read the open gaps” to approve anyway.`,
      );
  }
  const changes: Record<string, { from: string | null; to: string | null }> = {};
  if (input.vendorStatus && input.vendorStatus !== vendor.status)
    changes.status = { from: vendor.status, to: input.vendorStatus };
  const nextBefore = fromDbDate(vendor.nextReviewDate);
  if (input.nextReviewDate && input.nextReviewDate !== nextBefore)
    changes.nextReviewDate = { from: nextBefore, to: input.nextReviewDate };
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
    if (Object.keys(changes).length) {
      await tx.vendor.updateMany({
        where: { tenantId: actor.tenantId, id: input.vendorId },
        data: {
          ...(changes.status ? { status: input.vendorStatus! } : {}),
          ...(changes.nextReviewDate ? { nextReviewDate: toDbDate(input.nextReviewDate) } : {}),
        },
      });
    }
    await recordAudit(
      actor,
      {
        action: "review.decide",
        entityType: "Vendor",
        entityId: input.vendorId,
        data: {
          reviewId: r.id,
          decision: input.decision,
          serviceId: input.serviceId,
          ...(Object.keys(changes).length ? { changes } : {}),
          ...(input.acknowledgeOpenGaps ? { acknowledgedOpenGaps: true } : {}),
        },
      },
      tx,
    );
    return r;
  });
}
