import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { countVendors, findVendors, getVendor } from "@/lib/vendors/data";
import { countOpenGapsBySeverity, findGaps, loadGap } from "@/lib/gaps/data";
import { findVendorPage } from "@/lib/vendors/list/loaders";
import { vendorListQuerySchema } from "@/lib/vendors/schema";
import { loadVendorProfile } from "@/lib/vendors/profile/loaders";
import { loadGapReport } from "@/lib/exports/loaders";
import { loadDocumentFacts } from "@/lib/evidence/facts/data";
import { hasDb, makeTenant, makeVendor } from "./support";

// Real PostgreSQL (the embedded one scripts/test.sh starts, fresh per run). No mocks.
describe.skipIf(!hasDb)("tenant-scoped data layer", () => {
  it("returns nothing of another tenant", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    const va = await makeVendor(a, "Acme Hosting");
    const vb = await makeVendor(b, "Bravo Payroll");
    const gb = await db.gap.create({
      data: {
        tenantId: b.tenantId,
        vendorId: vb.id,
        key: "k1",
        checkId: "report-age",
        subject: "s",
        severity: "high",
        title: "Stale",
        detail: "d",
        ownerRole: "security",
      },
    });
    const db_ = await db.document.create({
      data: {
        tenantId: b.tenantId,
        vendorId: vb.id,
        filename: "b.pdf",
        fileKey: `t/${gb.id}`,
        sha256: "x",
        sizeBytes: 1,
        mimeType: "application/pdf",
      },
    });

    expect((await findVendors(a)).map((v) => v.legalName)).toEqual(["Acme Hosting"]);
    expect(await countVendors(a)).toBe(1);
    expect(await getVendor(a, vb.id)).toBeNull();
    expect(await getVendor(b, va.id)).toBeNull();
    expect((await getVendor(a, va.id))?.legalName).toBe("Acme Hosting");
    expect((await findGaps(a)).rows).toEqual([]);
    expect((await findGaps(b)).rows.map((g) => g.id)).toEqual([gb.id]);
    expect(await loadGap(a, gb.id)).toBeNull();
    expect(await loadVendorProfile(a, vb.id)).toBeNull();
    expect(await loadDocumentFacts(a, db_.id)).toBeNull();
    expect(await loadGapReport(a, { vendorId: vb.id, today: "2026-11-23" })).toBeNull();
    const tenantReport = await loadGapReport(a, { today: "2026-11-23", filters: { status: "active" } });
    expect(tenantReport?.vendors).toEqual([]);
    const page = await findVendorPage(a, vendorListQuerySchema.parse({ q: "a" }), "2026-11-23");
    expect(page.rows.map((r) => r.legalName)).toEqual(["Acme Hosting"]);
    expect((await countOpenGapsBySeverity(a)).high).toBe(0);
    expect((await countOpenGapsBySeverity(b)).high).toBe(1);
  });

  it("treats a malformed id as not found instead of erroring", async () => {
    const a = await makeTenant();
    expect(await getVendor(a, 'not-a-uuid\'; DROP TABLE "Vendor";--')).toBeNull();
  });
});

describe.skipIf(!hasDb)("database constraints", () => {
  it("refuses a child row in tenant B that points at tenant A's vendor (composite FK)", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    const va = await makeVendor(a);
    await expect(
      db.gap.create({
        data: {
          tenantId: b.tenantId,
          vendorId: va.id,
          key: "x",
          checkId: "c",
          subject: "s",
          severity: "low",
          title: "t",
          detail: "d",
          ownerRole: "analyst",
        },
      }),
    ).rejects.toThrow(/foreign key/i);
    await expect(
      db.buyerService.create({ data: { tenantId: b.tenantId, vendorId: va.id, name: "Payroll" } }),
    ).rejects.toThrow(/foreign key/i);
  });

  it("keeps vendor names unique per tenant but not across tenants", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    await makeVendor(a, "Same Name Ltd");
    await expect(makeVendor(a, "Same Name Ltd")).rejects.toThrow(/unique/i);
    await expect(makeVendor(b, "Same Name Ltd")).resolves.toBeTruthy();
  });

  it("keeps gap keys unique per tenant", async () => {
    const a = await makeTenant();
    const v = await makeVendor(a);
    const gap = {
      tenantId: a.tenantId,
      vendorId: v.id,
      key: "same-key",
      checkId: "c",
      subject: "s",
      severity: "low" as const,
      title: "t",
      detail: "d",
      ownerRole: "analyst",
    };
    await db.gap.create({ data: gap });
    await expect(db.gap.create({ data: gap })).rejects.toThrow(/unique/i);
  });

  it("makes audit events append-only: UPDATE, DELETE and TRUNCATE are refused", async () => {
    const a = await makeTenant();
    const ev = await db.auditEvent.create({
      data: { tenantId: a.tenantId, actorId: a.userId, action: "test.event", entityType: "Test" },
    });
    await expect(db.auditEvent.update({ where: { id: ev.id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: ev.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUnique({ where: { id: ev.id } }))?.action).toBe("test.event");
  });

  it("deleting a tenant's vendor removes its children, not other tenants' rows", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    const va = await makeVendor(a);
    const vb = await makeVendor(b);
    await db.buyerService.create({ data: { tenantId: a.tenantId, vendorId: va.id, name: "S" } });
    await db.buyerService.create({ data: { tenantId: b.tenantId, vendorId: vb.id, name: "S" } });
    await db.vendor.delete({ where: { id: va.id } });
    expect(await db.buyerService.count({ where: { tenantId: a.tenantId } })).toBe(0);
    expect(await db.buyerService.count({ where: { tenantId: b.tenantId } })).toBe(1);
  });
});
