import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { withTenant } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { VendorForm } from "./schema";

function isUniqueViolation(err: unknown): boolean {
  return (
    (typeof err === "object" &&
      err !== null &&
      ("code" in err ? (err as { code?: string }).code === "P2002" : false)) ||
    /unique/i.test(String((err as Error)?.message))
  );
}

export async function createVendor(actor: Actor, input: VendorForm): Promise<{ id: string }> {
  try {
    return await withTenant(actor.tenantId, async (tx) => {
      const v = await tx.vendor.create({
        data: {
          tenantId: actor.tenantId,
          legalName: input.legalName,
          aliases: input.aliases,
          website: input.website ?? null,
          tier: input.tier,
          status: input.status,
          nextReviewDate: toDbDate(input.nextReviewDate),
          ownerId: actor.userId,
        },
        select: { id: true },
      });
      await recordAudit(
        actor,
        { action: "vendor.create", entityType: "Vendor", entityId: v.id, data: { legalName: input.legalName } },
        tx,
      );
      return v;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", `A vendor named "${input.legalName}" already exists.`);
    throw err;
  }
}

export async function updateVendor(actor: Actor, vendorId: string, input: VendorForm): Promise<void> {
  try {
    await withTenant(actor.tenantId, async (tx) => {
      const { count } = await tx.vendor.updateMany({
        where: { tenantId: actor.tenantId, id: vendorId },
        data: {
          legalName: input.legalName,
          aliases: input.aliases,
          website: input.website ?? null,
          tier: input.tier,
          status: input.status,
          nextReviewDate: toDbDate(input.nextReviewDate),
        },
      });
      if (count === 0) throw notFound("That vendor");
      await recordAudit(
        actor,
        { action: "vendor.update", entityType: "Vendor", entityId: vendorId, data: { ...input } },
        tx,
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", `A vendor named "${input.legalName}" already exists.`);
    throw err;
  }
}
