import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { tenantDb } from "@/lib/db";
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

export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
