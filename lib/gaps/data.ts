import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb, withTenant, type TenantTx } from "@/lib/db";
import { addDays, toDbDate, todayIso } from "@/lib/dates";
import { Prisma } from "@/prisma/generated/client";
import { isUuid } from "@/lib/vendors/data";
import { findMembersIn } from "@/lib/tenants/data";
import type { GapListQuery, GapSort } from "./schema";

import { ACTIVE_GAP_STATUSES as OPEN_STATUSES, type Severity } from "@/lib/vocabulary";

export const GAP_PAGE_SIZE = 50;

/** `status IN (…active statuses…)` for raw SQL over "Gap", from the one list in lib/vocabulary. */
export function activeStatusSql(column: string): Prisma.Sql {
  const values = OPEN_STATUSES.map((status) => Prisma.sql`${status}::"GapStatus"`);
  return Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join(values)})`;
}

export async function countOpenGapsBySeverity(actor: Actor): Promise<Record<Severity, number>> {
  const db = tenantDb(actor.tenantId);
  const rows = await db.gap.groupBy({
    by: ["severity"],
    where: { tenantId: actor.tenantId, status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  });
  const out = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const r of rows) out[r.severity] = r._count._all;
  return out;
}

export function toGapWhere(actor: Actor, q: Partial<GapListQuery>, today: string): Prisma.GapWhereInput {
  const where: Prisma.GapWhereInput = { tenantId: actor.tenantId };
  if (q.severity) where.severity = q.severity;
  if (!q.status || q.status === "active") where.status = { in: [...OPEN_STATUSES] };
  else if (q.status !== "all") where.status = q.status;
  if (q.owner === "me") where.ownerId = actor.userId;
  else if (q.owner === "none") where.ownerId = null;
  else if (q.owner) where.ownerId = q.owner;
  if (q.due === "overdue") where.dueDate = { lt: toDbDate(today)! };
  else if (q.due === "30d") where.dueDate = { lte: toDbDate(addDays(today, 30))! };
  if (q.vendor) where.vendorId = q.vendor;
  if (q.vendorName) where.vendor = { legalName: { contains: q.vendorName, mode: "insensitive" } };
  if (q.q)
    where.OR = [
      { title: { contains: q.q, mode: "insensitive" } },
      { checkId: { contains: q.q, mode: "insensitive" } },
      { vendor: { legalName: { contains: q.q, mode: "insensitive" } } },
    ];
  return where;
}

/**
 * The register's order for a sort column: the column, then severity, due date (undated last) and
 * id, so pages never overlap or skip a row when values tie.
 */
export function gapOrder(
  sort: GapSort = "severity",
  dir: "asc" | "desc" = "asc",
): Prisma.GapOrderByWithRelationInput[] {
  const due = (d: "asc" | "desc") => ({ dueDate: { sort: d, nulls: "last" as const } });
  const tail: Prisma.GapOrderByWithRelationInput[] = [{ id: "asc" }];
  switch (sort) {
    case "due":
      return [due(dir), { severity: "asc" }, ...tail];
    case "status":
      return [{ status: dir }, { severity: "asc" }, due("asc"), ...tail];
    case "vendor":
      return [{ vendor: { legalName: dir } }, { severity: "asc" }, due("asc"), ...tail];
    default:
      // The enum's declared order is critical → low.
      return [{ severity: dir }, due("asc"), { title: "asc" }, ...tail];
  }
}

/** One register page: only the columns the table shows, and the total for the pager. */
export async function findGaps(actor: Actor, q: Partial<GapListQuery> = {}, today = todayIso()) {
  // One transaction for both statements: each transaction costs a BEGIN/set tenant/COMMIT.
  return withTenant(actor.tenantId, (db) => findGapsIn(db, actor, q, today));
}

/** The register's page: its rows, the total and the members (owner names and pickers), in one transaction. */
export async function findGapRegister(actor: Actor, q: Partial<GapListQuery>, today: string) {
  return withTenant(actor.tenantId, async (db) => {
    const page = await findGapsIn(db, actor, q, today);
    return { ...page, members: await findMembersIn(db, actor) };
  });
}

async function findGapsIn(db: TenantTx, actor: Actor, q: Partial<GapListQuery>, today: string) {
  const where = toGapWhere(actor, q, today);
  const page = q.page ?? 1;
  const rows = await db.gap.findMany({
    where,
    select: {
      id: true,
      severity: true,
      title: true,
      subject: true,
      status: true,
      dueDate: true,
      ownerId: true,
      acceptedUntil: true,
      vendor: { select: { id: true, legalName: true } },
    },
    orderBy: gapOrder(q.sort, q.dir),
    take: GAP_PAGE_SIZE,
    skip: (page - 1) * GAP_PAGE_SIZE,
  });
  return { rows, total: await db.gap.count({ where }) };
}

/** A vendor's name for the register's filter chip; null for an unknown or foreign id. */
export async function vendorName(actor: Actor, vendorId: string): Promise<string | null> {
  const v = await tenantDb(actor.tenantId).vendor.findFirst({
    where: { tenantId: actor.tenantId, id: vendorId },
    select: { legalName: true },
  });
  return v?.legalName ?? null;
}

export async function loadGap(actor: Actor, gapId: string) {
  if (!isUuid(gapId)) return null;
  return withTenant(actor.tenantId, (db) => loadGapIn(db, actor, gapId));
}

async function loadGapIn(db: TenantTx, actor: Actor, gapId: string) {
  const gap = await db.gap.findFirst({
    where: { tenantId: actor.tenantId, id: gapId },
    select: {
      id: true,
      key: true,
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
      lastSeenAt: true,
      resolvedAt: true,
      repeat: true,
      closedReason: true,
      serviceId: true,
      version: true,
      vendor: { select: { id: true, legalName: true } },
      comments: { select: { id: true, body: true, authorId: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!gap) return null;
  // In sequence: statements in one transaction share one connection.
  const members = await db.membership.findMany({
    where: { tenantId: actor.tenantId },
    select: { userId: true, user: { select: { name: true } } },
  });
  const history = await db.auditEvent.findMany({
    where: { tenantId: actor.tenantId, entityType: "Gap", entityId: gap.id },
    select: { id: true, action: true, actorId: true, createdAt: true, data: true },
    orderBy: { createdAt: "desc" },
  });
  const service = gap.serviceId
    ? await db.buyerService.findFirst({
        where: { tenantId: actor.tenantId, id: gap.serviceId },
        select: { name: true },
      })
    : null;
  const cited = gap.citation as { documentId?: string } | null;
  const citedDoc =
    cited?.documentId && isUuid(cited.documentId)
      ? await db.document.findFirst({
          where: { tenantId: actor.tenantId, id: cited.documentId },
          select: { id: true, filename: true },
        })
      : null;
  return { gap, members: members.map((m) => ({ id: m.userId, name: m.user.name })), history, service, citedDoc };
}
