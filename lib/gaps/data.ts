import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { readTenant, tenantDb, withTenant, type TenantSql, type TenantTx } from "@/lib/db";
import { addDays, toDbDate, todayIso } from "@/lib/dates";
import { Prisma } from "@/prisma/generated/client";
import { isUuid } from "@/lib/vendors/data";
import { findMembersSql } from "@/lib/tenants/data";
import { GAP_ROW_FIELDS } from "./row-fields";
import type { RegisterRow } from "./register-rows";
import type { GapListQuery, GapSort } from "./schema";

import { ACTIVE_GAP_STATUSES as OPEN_STATUSES, type GapStatus, type Severity } from "@/lib/vocabulary";

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
  return readTenant(actor.tenantId, (sql) => findGapsSql(sql, actor, q, today));
}

/** The register's page: its rows, the total and the members (owner names and pickers), in one transaction. */
export async function findGapRegister(actor: Actor, q: Partial<GapListQuery>, today: string) {
  return readTenant(actor.tenantId, async (sql) => {
    const page = await findGapsSql(sql, actor, q, today);
    return { ...page, members: await findMembersSql(sql, actor) };
  });
}

/** One register row as the page shows it (the row's shape is the register's, register-rows.ts). */
export type GapRegisterRow = RegisterRow;

/**
 * Prisma's `contains` with `mode: "insensitive"`: ILIKE '%text%' with the text as given, so `%` and `_`
 * in it are wildcards there too (toGapWhere's filter, which exports and the API still use, behaves so;
 * tests/db/gap-register-sql.test.ts holds the two equal).
 */
function containsPattern(text: string): string {
  return `%${text}%`;
}

/**
 * toGapWhere as SQL over `"Gap" g` joined to its `"Vendor" v`: the register's own reads run on the pg
 * pool (readTenant, docs/decisions/050); exports and the API keep toGapWhere through Prisma.
 * tests/db/gap-register-sql.test.ts holds the two to the same rows for every filter and sort.
 */
export function gapWhereSql(actor: Actor, q: Partial<GapListQuery>, today: string): Prisma.Sql {
  const where = [Prisma.sql`g."tenantId" = ${actor.tenantId}::uuid`];
  if (q.severity) where.push(Prisma.sql`g.severity = ${q.severity}::"GapSeverity"`);
  if (!q.status || q.status === "active") where.push(activeStatusSql("g.status"));
  else if (q.status !== "all") where.push(Prisma.sql`g.status = ${q.status}::"GapStatus"`);
  if (q.owner === "me") where.push(Prisma.sql`g."ownerId" = ${actor.userId}::uuid`);
  else if (q.owner === "none") where.push(Prisma.sql`g."ownerId" IS NULL`);
  else if (q.owner) where.push(Prisma.sql`g."ownerId" = ${q.owner}::uuid`);
  if (q.due === "overdue") where.push(Prisma.sql`g."dueDate" < ${today}::date`);
  else if (q.due === "30d") where.push(Prisma.sql`g."dueDate" <= ${addDays(today, 30)}::date`);
  if (q.vendor) where.push(Prisma.sql`g."vendorId" = ${q.vendor}::uuid`);
  if (q.vendorName) where.push(Prisma.sql`v."legalName" ILIKE ${containsPattern(q.vendorName)}`);
  if (q.q) {
    const like = containsPattern(q.q);
    where.push(Prisma.sql`(g.title ILIKE ${like} OR g."checkId" ILIKE ${like} OR v."legalName" ILIKE ${like})`);
  }
  return Prisma.join(where, " AND ");
}

/** gapOrder as SQL (the same columns and tie-breakers). Fixed fragments only, never user text. */
export function gapOrderSql(sort: GapSort = "severity", dir: "asc" | "desc" = "asc"): Prisma.Sql {
  const d = dir === "desc" ? "DESC" : "ASC";
  switch (sort) {
    case "due":
      return Prisma.raw(`g."dueDate" ${d} NULLS LAST, g.severity ASC, g.id ASC`);
    case "status":
      return Prisma.raw(`g.status ${d}, g.severity ASC, g."dueDate" ASC NULLS LAST, g.id ASC`);
    case "vendor":
      return Prisma.raw(`v."legalName" ${d}, g.severity ASC, g."dueDate" ASC NULLS LAST, g.id ASC`);
    default:
      return Prisma.raw(`g.severity ${d}, g."dueDate" ASC NULLS LAST, g.title ASC, g.id ASC`);
  }
}

async function findGapsSql(sql: TenantSql, actor: Actor, q: Partial<GapListQuery>, today: string) {
  const where = gapWhereSql(actor, q, today);
  const page = q.page ?? 1;
  const from = Prisma.sql`"Gap" g JOIN "Vendor" v ON v."tenantId" = g."tenantId" AND v.id = g."vendorId"`;
  // In sequence: statements in one transaction share one connection.
  const rows = await sql<Omit<GapRegisterRow, "vendor"> & { vendorId: string; legalName: string }>(Prisma.sql`
    SELECT g.id, g.severity, g.title, g.subject, g.status, g."dueDate", g."ownerId", g."acceptedUntil",
           v.id AS "vendorId", v."legalName"
    FROM ${from} WHERE ${where}
    ORDER BY ${gapOrderSql(q.sort, q.dir)}
    LIMIT ${GAP_PAGE_SIZE} OFFSET ${(page - 1) * GAP_PAGE_SIZE}`);
  // The count joins the vendor only when a filter reads its name: otherwise every matching gap would
  // be joined for nothing (30,000 on the bench tenant's default page).
  const countFrom = q.vendorName || q.q ? from : Prisma.sql`"Gap" g`;
  const [count] = await sql<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM ${countFrom} WHERE ${where}`);
  return {
    rows: rows.map(({ vendorId, legalName, ...g }): GapRegisterRow => ({ ...g, vendor: { id: vendorId, legalName } })),
    total: count.n,
  };
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
