import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { queryTenantFunction, tenantDb } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";
import { VENDOR_FIELDS } from "./fields";

// Every read here is scoped by the actor's tenant in the WHERE clause; a foreign id finds nothing.

export type VendorRow = { id: string; legalName: string; tier: string; status: string; nextReviewDate: Date | null };

export async function findVendors(actor: Actor, opts: { take?: number; skip?: number } = {}): Promise<VendorRow[]> {
  return tenantDb(actor.tenantId).vendor.findMany({
    where: { tenantId: actor.tenantId },
    select: { id: true, legalName: true, tier: true, status: true, nextReviewDate: true },
    orderBy: { legalName: "asc" },
    take: opts.take ?? 50,
    skip: opts.skip ?? 0,
  });
}

export async function countVendors(actor: Actor): Promise<number> {
  return tenantDb(actor.tenantId).vendor.count({ where: { tenantId: actor.tenantId } });
}

export async function getVendor(actor: Actor, vendorId: string) {
  if (!isUuid(vendorId)) return null;
  return tenantDb(actor.tenantId).vendor.findFirst({
    where: { tenantId: actor.tenantId, id: vendorId },
    select: {
      id: true,
      ...VENDOR_FIELDS,
      ownerId: true,
    },
  });
}

/**
 * Whether the actor's organisation has this vendor (archived ones included, as getVendor): the vendor
 * page's not-found check, on every vendor page. One statement through a database function that sets
 * the tenant and reads under row-level security (migration 20261211010000, docs/decisions/043)
 * instead of a transaction of four.
 */
export async function vendorExists(actor: Actor, vendorId: string): Promise<boolean> {
  if (!isUuid(vendorId)) return false;
  const [row] = await queryTenantFunction<{ visible: boolean }[]>(
    Prisma.sql`SELECT assay_private.vendor_visible(${actor.tenantId}::uuid, ${vendorId}::uuid) AS visible`,
  );
  return row?.visible === true;
}

export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
