import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { withTenant } from "@/lib/db";
import { fromDbDate, todayIso } from "@/lib/dates";
import { toGapWhere } from "@/lib/gaps/data";
import { isUuid } from "@/lib/vendors/data";
import { ACTIVE_GAP_STATUSES, type GapStatus } from "@/lib/vocabulary";
import type { Prisma } from "@/prisma/generated/client";
import type { DocumentDto, GapDto, GapQuery, ServiceDto, VendorDto } from "./schemas";
import { VENDOR_FIELDS } from "@/lib/vendors/fields";

// The API's reads. Every one runs through withTenant(actor.tenantId): row-level security confines
// it to the actor's organisation, whether the actor came from a browser session or an API token,
// and every WHERE names the tenant as well.

type Page = { page: number; pageSize: number };
type Listed<T> = { data: T[]; page: number; pageSize: number; total: number };
const window = (p: Page) => ({ take: p.pageSize, skip: (p.page - 1) * p.pageSize });

const VENDOR_SELECT = {
  id: true,
  ...VENDOR_FIELDS,
  evidenceCoveredUntil: true,
  _count: { select: { gaps: { where: { status: { in: [...ACTIVE_GAP_STATUSES] } } } } },
} satisfies Prisma.VendorSelect;

function vendorDto(v: Prisma.VendorGetPayload<{ select: typeof VENDOR_SELECT }>): VendorDto {
  return {
    id: v.id,
    legalName: v.legalName,
    aliases: v.aliases,
    website: v.website,
    tier: v.tier,
    status: v.status,
    nextReviewDate: fromDbDate(v.nextReviewDate),
    evidenceCoveredUntil: fromDbDate(v.evidenceCoveredUntil),
    openGaps: v._count.gaps,
  };
}

export async function listVendorsForApi(actor: Actor, p: Page): Promise<Listed<VendorDto>> {
  return withTenant(actor.tenantId, async (db) => {
    const where = { tenantId: actor.tenantId };
    const rows = await db.vendor.findMany({
      where,
      select: VENDOR_SELECT,
      orderBy: { legalName: "asc" },
      ...window(p),
    });
    return { data: rows.map(vendorDto), ...p, total: await db.vendor.count({ where }) };
  });
}

export async function getVendorForApi(actor: Actor, vendorId: string): Promise<VendorDto | null> {
  if (!isUuid(vendorId)) return null;
  return withTenant(actor.tenantId, async (db) => {
    const v = await db.vendor.findFirst({ where: { tenantId: actor.tenantId, id: vendorId }, select: VENDOR_SELECT });
    return v ? vendorDto(v) : null;
  });
}

export async function listServicesForApi(actor: Actor, q: Page & { vendor?: string }): Promise<Listed<ServiceDto>> {
  return withTenant(actor.tenantId, async (db) => {
    const where = { tenantId: actor.tenantId, ...(q.vendor ? { vendorId: q.vendor } : {}) };
    const rows = await db.buyerService.findMany({
      where,
      select: {
        id: true,
        vendorId: true,
        name: true,
        criticality: true,
        regions: true,
        locations: true,
        dataTypes: true,
        systems: true,
        relianceDate: true,
        publicSector: true,
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...window(q),
    });
    const data = rows.map((s) => ({ ...s, relianceDate: fromDbDate(s.relianceDate) }));
    return { data, page: q.page, pageSize: q.pageSize, total: await db.buyerService.count({ where }) };
  });
}

export async function listDocumentsForApi(actor: Actor, q: Page & { vendor?: string }): Promise<Listed<DocumentDto>> {
  return withTenant(actor.tenantId, async (db) => {
    const where = { tenantId: actor.tenantId, ...(q.vendor ? { vendorId: q.vendor } : {}) };
    const rows = await db.document.findMany({
      where,
      select: {
        id: true,
        vendorId: true,
        filename: true,
        kind: true,
        mimeType: true,
        sizeBytes: true,
        sha256: true,
        pages: true,
        parseStatus: true,
        parseError: true,
        uploadedAt: true,
        confirmedAt: true,
      },
      orderBy: [{ uploadedAt: "desc" }, { id: "asc" }],
      ...window(q),
    });
    const data = rows.map((d) => ({
      ...d,
      uploadedAt: d.uploadedAt.toISOString(),
      confirmedAt: d.confirmedAt?.toISOString() ?? null,
    }));
    return { data, page: q.page, pageSize: q.pageSize, total: await db.document.count({ where }) };
  });
}

/** The register's own filter (lib/gaps/data.ts toGapWhere), plus `all` statuses. */
export function gapWhereForApi(actor: Actor, q: Omit<GapQuery, "page" | "pageSize">, today = todayIso()) {
  const where = toGapWhere(
    actor,
    { ...q, owner: q.owner, status: q.status === "all" ? "active" : (q.status as GapStatus | "active") },
    today,
  );
  if (q.status === "all") delete where.status;
  return where;
}

export async function listGapsForApi(actor: Actor, q: GapQuery): Promise<Listed<GapDto>> {
  const where = gapWhereForApi(actor, q);
  return withTenant(actor.tenantId, async (db) => {
    const rows = await db.gap.findMany({
      where,
      select: {
        id: true,
        vendor: { select: { id: true, legalName: true } },
        serviceId: true,
        checkId: true,
        severity: true,
        status: true,
        title: true,
        subject: true,
        ownerId: true,
        dueDate: true,
        acceptedUntil: true,
      },
      orderBy: [{ severity: "asc" }, { dueDate: "asc" }, { title: "asc" }, { id: "asc" }],
      ...window(q),
    });
    const data = rows.map((g) => ({
      ...g,
      dueDate: fromDbDate(g.dueDate),
      acceptedUntil: fromDbDate(g.acceptedUntil),
    }));
    return { data, page: q.page, pageSize: q.pageSize, total: await db.gap.count({ where }) };
  });
}
