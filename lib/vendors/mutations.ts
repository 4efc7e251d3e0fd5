import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { assertCan } from "@/lib/auth/roles";
import { withTenant } from "@/lib/db";
import { fromDbDate, toDbDate, todayIso } from "@/lib/dates";
import { getCriteriaForRegions } from "@/lib/criteria/data";
import { refreshEvidenceCurrency } from "@/lib/reviews/currency/mutations";
import { AppError, isUniqueViolation, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { diffFields } from "./changes";
import type { VendorForm } from "./schema";
import { VENDOR_FIELDS } from "./fields";

export async function createVendor(actor: Actor, input: VendorForm): Promise<{ id: string }> {
  assertCan(actor, "vendor:edit");
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

/** Edits the vendor's profile; the audit event carries each changed field's old and new value. */
export async function updateVendor(actor: Actor, vendorId: string, input: VendorForm): Promise<void> {
  assertCan(actor, "vendor:edit");
  let tierChanged = false;
  try {
    await withTenant(actor.tenantId, async (tx) => {
      const before = await tx.vendor.findFirst({
        where: { tenantId: actor.tenantId, id: vendorId },
        select: VENDOR_FIELDS,
      });
      if (!before) throw notFound("That vendor");
      const changes = diffFields(
        { ...before, website: before.website ?? null, nextReviewDate: fromDbDate(before.nextReviewDate) },
        {
          legalName: input.legalName,
          aliases: input.aliases,
          website: input.website ?? null,
          tier: input.tier,
          status: input.status,
          nextReviewDate: input.nextReviewDate,
        },
      );
      if (Object.keys(changes).length === 0) return;
      tierChanged = "tier" in changes;
      await tx.vendor.updateMany({
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
      await recordAudit(
        actor,
        { action: "vendor.update", entityType: "Vendor", entityId: vendorId, data: { changes } },
        tx,
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", `A vendor named "${input.legalName}" already exists.`);
    throw err;
  }
  // The tier sets how long a report stays current.
  if (tierChanged) await refreshEvidenceCurrency(actor, vendorId, todayIso(), getCriteriaForRegions);
}

/**
 * Archive (or bring back) a vendor: an archived vendor leaves the vendor list, the dashboard and the
 * reminders, but its documents, gaps, decisions and history stay, and its page still opens.
 */
export async function setVendorArchived(actor: Actor, vendorId: string, archived: boolean): Promise<void> {
  assertCan(actor, "vendor:edit", "Your role cannot archive vendors.");
  await withTenant(actor.tenantId, async (tx) => {
    const before = await tx.vendor.findFirst({
      where: { tenantId: actor.tenantId, id: vendorId },
      select: { archivedAt: true },
    });
    if (!before) throw notFound("That vendor");
    if (Boolean(before.archivedAt) === archived) return;
    await tx.vendor.updateMany({
      where: { tenantId: actor.tenantId, id: vendorId },
      data: { archivedAt: archived ? new Date() : null },
    });
    await recordAudit(
      actor,
      {
        action: archived ? "vendor.archive" : "vendor.unarchive",
        entityType: "Vendor",
        entityId: vendorId,
        data: { changes: { archived: { from: !archived, to: archived } } },
      },
      tx,
    );
  });
}
