import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb, tenantDb, withTenant } from "@/lib/db";
import { addDays, fromDbDate, toDbDate } from "@/lib/dates";
import { ACTIVE_GAP_STATUSES } from "@/lib/vocabulary";
import { evidenceDueSql, type EvidenceDueRow } from "@/lib/vendors/currency/loaders";
import type { ReminderFacts } from "./plan";

/**
 * Everything planReminders needs for one tenant on one day. Unlike the dashboard these lists are
 * not capped: every due item gets its reminder (the dedupe key keeps a re-run from repeating it).
 */
export async function loadReminderFacts(tenantId: string, today: string): Promise<ReminderFacts> {
  const day = toDbDate(today);
  if (!day) throw new Error(`not a date: ${today}`);
  const db = tenantDb(tenantId);
  const [members, services, evidence, gaps, vendors] = await Promise.all([
    db.membership.findMany({
      where: { tenantId, disabledAt: null },
      select: { userId: true, role: true },
      orderBy: { userId: "asc" },
    }),
    db.buyerService.findMany({
      // Archived vendors and retired services are out of the reminders.
      where: { tenantId, ownerId: { not: null }, retiredAt: null, vendor: { archivedAt: null } },
      select: { id: true, vendorId: true, ownerId: true },
    }),
    withTenant(tenantId, (tx) => tx.$queryRaw<EvidenceDueRow[]>(evidenceDueSql(tenantId, today))),
    db.gap.findMany({
      where: {
        tenantId,
        status: { in: [...ACTIVE_GAP_STATUSES] },
        dueDate: { lt: day },
        vendor: { archivedAt: null },
      },
      select: {
        id: true,
        title: true,
        severity: true,
        vendorId: true,
        ownerId: true,
        serviceId: true,
        dueDate: true,
        vendor: { select: { legalName: true } },
      },
    }),
    db.vendor.findMany({
      where: {
        tenantId,
        status: { not: "offboarded" },
        archivedAt: null,
        nextReviewDate: { lte: toDbDate(addDays(today, 30))! },
      },
      select: { id: true, legalName: true, nextReviewDate: true },
    }),
  ]);
  return {
    members,
    services,
    evidence,
    overdueGaps: gaps.map((g) => ({
      id: g.id,
      title: g.title,
      severity: g.severity,
      vendorId: g.vendorId,
      legalName: g.vendor.legalName,
      ownerId: g.ownerId,
      serviceId: g.serviceId,
      due: fromDbDate(g.dueDate)!,
    })),
    reviewsDue: vendors.map((v) => ({
      vendorId: v.id,
      legalName: v.legalName,
      due: fromDbDate(v.nextReviewDate)!,
    })),
  };
}

/** Which of these dedupe keys the tenant's outbox already holds (unique index on tenantId, dedupeKey). */
export async function existingKeys(tenantId: string, keys: string[]): Promise<string[]> {
  if (!keys.length) return [];
  const rows = await withTenant(
    tenantId,
    (tx) => tx.$queryRaw<{ k: string }[]>`
    SELECT "dedupeKey" AS k FROM "OutboxMessage" WHERE "tenantId" = ${tenantId}::uuid AND "dedupeKey" = ANY(${keys}::text[])`,
  );
  return rows.map((r) => r.k);
}

/** Every tenant, for the daily sweep: cross-tenant by nature, so the system connection. */
export async function listTenantIds(): Promise<string[]> {
  const rows = await systemDb.tenant.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.id);
}

export const NOTIFICATION_LIMIT = 100;

/** The signed-in user's own messages in this tenant, newest first. */
export async function listNotifications(actor: Actor) {
  return tenantDb(actor.tenantId).outboxMessage.findMany({
    where: { tenantId: actor.tenantId, userId: actor.userId },
    select: {
      id: true,
      kind: true,
      dedupeKey: true,
      subject: true,
      body: true,
      createdAt: true,
      sentAt: true,
      readAt: true,
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: NOTIFICATION_LIMIT,
  });
}

/** For the nav badge: the count the session check already read, else served by the (tenantId, userId, readAt) index. */
export async function countUnread(actor: Actor): Promise<number> {
  if (actor.unreadCount !== undefined && actor.unreadCount !== null) return actor.unreadCount;
  return tenantDb(actor.tenantId).outboxMessage.count({
    where: { tenantId: actor.tenantId, userId: actor.userId, readAt: null },
  });
}
