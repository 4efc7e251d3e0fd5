import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { loadReminderFacts } from "@/lib/reminders/data";
import { loadVendorScoring } from "@/lib/reviews/scoring-input/loaders";
import { recordDecision } from "@/lib/reviews/mutations";
import { decisionSchema } from "@/lib/reviews/schema";
import { createService, setServiceRetired, updateService } from "@/lib/services/mutations";
import { serviceFormSchema } from "@/lib/services/schema";
import { findVendorPage } from "@/lib/vendors/list/loaders";
import { setVendorArchived, updateVendor } from "@/lib/vendors/mutations";
import { vendorFormSchema, vendorListQuerySchema } from "@/lib/vendors/schema";
import { hasDb, makeTenant, makeVendor } from "./support";

// Issue 15, "Everything editable": vendors archive and come back, services are edited and
// retired, a decision can move the vendor on; every change is permission-checked, tenant-scoped
// and audited with old → new values. Real PostgreSQL with row-level security in place.

const TODAY = "2026-12-01";

async function member(admin: Actor, role: Actor["role"]): Promise<Actor> {
  const tag = Math.random().toString(36).slice(2, 8);
  const user = await db.user.create({
    data: { email: `${role}-${tag}@test.example`, name: `${role} ${tag}`, passwordHash: "x" },
  });
  await db.membership.create({ data: { tenantId: admin.tenantId, userId: user.id, role } });
  return { ...admin, userId: user.id, role, name: user.name, email: user.email };
}

async function gap(a: Actor, vendorId: string, key: string, severity: "high" | "low", serviceId: string | null = null) {
  return db.gap.create({
    data: {
      tenantId: a.tenantId,
      vendorId,
      serviceId,
      key,
      checkId: "report-age",
      subject: key,
      severity,
      title: key,
      detail: "d",
      ownerRole: "security",
      dueDate: toDbDate("2026-11-01"),
    },
  });
}

async function expectCode(p: Promise<unknown>, code: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
}

const audits = (tenantId: string, action: string) =>
  db.auditEvent.findMany({ where: { tenantId, action }, orderBy: { createdAt: "asc" } });

describe.skipIf(!hasDb)("everything editable", () => {
  it("archiving takes a vendor out of the list and the reminders, keeps its history, and can be undone", async () => {
    const a = await makeTenant("admin");
    const kept = await makeVendor(a, "Kept Vendor");
    const old = await makeVendor(a, "Old Vendor");
    await db.vendor.updateMany({
      where: { id: { in: [kept.id, old.id] } },
      data: { nextReviewDate: toDbDate("2026-12-05"), ownerId: a.userId },
    });
    await gap(a, old.id, "old-gap", "high");
    const q = (raw: Record<string, string> = {}) => vendorListQuerySchema.parse(raw);

    await setVendorArchived(a, old.id, true);
    expect((await findVendorPage(a, q(), TODAY)).rows.map((r) => r.legalName)).toEqual(["Kept Vendor"]);
    expect((await findVendorPage(a, q({ archived: "1" }), TODAY)).rows.map((r) => r.legalName)).toEqual(["Old Vendor"]);
    const facts = await loadReminderFacts(a.tenantId, TODAY);
    expect(facts.reviewsDue.map((r) => r.legalName)).toEqual(["Kept Vendor"]);
    expect(facts.overdueGaps).toEqual([]);
    // History stays: the gap and the audit trail are untouched.
    expect(await db.gap.count({ where: { vendorId: old.id } })).toBe(1);
    expect((await audits(a.tenantId, "vendor.archive")).map((e) => e.entityId)).toEqual([old.id]);

    await setVendorArchived(a, old.id, false);
    expect((await findVendorPage(a, q(), TODAY)).total).toBe(2);
    expect((await loadReminderFacts(a.tenantId, TODAY)).reviewsDue).toHaveLength(2);
    expect(await audits(a.tenantId, "vendor.unarchive")).toHaveLength(1);

    // A viewer may not; another tenant's admin finds nothing.
    await expectCode(setVendorArchived(await member(a, "viewer"), old.id, true), "FORBIDDEN");
    await expectCode(setVendorArchived(await makeTenant("admin"), old.id, true), "NOT_FOUND");
    expect((await db.vendor.findUniqueOrThrow({ where: { id: old.id } })).archivedAt).toBeNull();
  });

  it("a vendor edit is audited with each changed field's old and new value", async () => {
    const a = await makeTenant("analyst");
    const v = await makeVendor(a, "Edit Me Ltd");
    await updateVendor(
      a,
      v.id,
      vendorFormSchema.parse({
        legalName: "Edit Me Ltd",
        tier: "medium",
        status: "active",
        nextReviewDate: "2027-03-01",
      }),
    );
    const [event] = await audits(a.tenantId, "vendor.update");
    expect(event.data).toEqual({
      changes: {
        status: { from: "onboarding", to: "active" },
        nextReviewDate: { from: null, to: "2027-03-01" },
      },
    });
  });

  it("a service is edited in place and retired: its open gaps close, it is no longer scored", async () => {
    const a = await makeTenant("analyst");
    const v = await makeVendor(a);
    const form = (patch: Record<string, unknown> = {}) =>
      serviceFormSchema.parse({ vendorId: v.id, name: "Payroll", regions: ["EU"], criticality: "high", ...patch });
    const { id } = await createService(a, form());
    await updateService(a, id, form({ name: "Payroll EU", regions: ["EU", "UK"], relianceDate: "2026-12-31" }));
    const saved = await db.buyerService.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ name: "Payroll EU", regions: ["EU", "UK"] });
    const [edit] = await audits(a.tenantId, "service.update");
    expect(edit.data).toMatchObject({
      changes: {
        name: { from: "Payroll", to: "Payroll EU" },
        regions: { from: ["EU"], to: ["EU", "UK"] },
        relianceDate: { from: null, to: "2026-12-31" },
      },
    });

    const g = await gap(a, v.id, "svc-gap", "high", id);
    expect((await loadVendorScoring(a, v.id, TODAY))?.inputs).toHaveLength(1);
    const { closedGaps } = await setServiceRetired(a, { vendorId: v.id, serviceId: id, retired: true });
    expect(closedGaps).toBe(1);
    expect((await db.gap.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("resolved");
    expect(await db.gapComment.findFirst({ where: { gapId: g.id } })).toMatchObject({
      body: "Closed: the service “Payroll EU” was retired.",
    });
    expect((await loadVendorScoring(a, v.id, TODAY))?.inputs).toHaveLength(0);
    expect(await audits(a.tenantId, "service.retire")).toHaveLength(1);

    await setServiceRetired(a, { vendorId: v.id, serviceId: id, retired: false });
    expect((await db.buyerService.findUniqueOrThrow({ where: { id } })).retiredAt).toBeNull();
    expect((await loadVendorScoring(a, v.id, TODAY))?.inputs).toHaveLength(1);

    const viewer = await member(a, "viewer");
    await expectCode(updateService(viewer, id, form({ name: "Hijack" })), "FORBIDDEN");
    await expectCode(updateService(await makeTenant("admin"), id, form({ name: "Hijack" })), "NOT_FOUND");
    expect((await db.buyerService.findUniqueOrThrow({ where: { id } })).name).toBe("Payroll EU");
  });

  it("a public-sector service reaches the scorer as one, and the change is audited", async () => {
    const a = await makeTenant("analyst");
    const v = await makeVendor(a);
    const form = (patch: Record<string, unknown> = {}) =>
      serviceFormSchema.parse({ vendorId: v.id, name: "Permits", regions: ["US"], criticality: "high", ...patch });
    const { id } = await createService(a, form());
    expect((await loadVendorScoring(a, v.id, TODAY))?.inputs[0]!.service.publicSector).toBeUndefined();
    // The form's checkbox sends "on" when ticked and nothing when not.
    await updateService(a, id, form({ publicSector: "on" }));
    expect((await loadVendorScoring(a, v.id, TODAY))?.inputs[0]!.service.publicSector).toBe(true);
    const [edit] = await audits(a.tenantId, "service.update");
    expect(edit.data).toMatchObject({ changes: { publicSector: { from: false, to: true } } });
    await updateService(a, id, form());
    expect((await db.buyerService.findUniqueOrThrow({ where: { id } })).publicSector).toBe(false);
  });

  it("a decision refuses an approval over open high gaps until acknowledged, and moves the vendor on", async () => {
    const a = await makeTenant("security");
    const v = await makeVendor(a);
    await gap(a, v.id, "serious", "high");
    const decide = (raw: Record<string, unknown>) =>
      recordDecision(a, decisionSchema.parse({ vendorId: v.id, note: "Reviewed the report.", ...raw }));

    await expectCode(decide({ decision: "approve" }), "CONFLICT");
    await expectCode(decide({ decision: "approve_with_conditions" }), "CONFLICT");
    expect(await db.review.count({ where: { vendorId: v.id } })).toBe(0);
    await decide({ decision: "reject" }); // a rejection needs no acknowledgement

    await decide({
      decision: "approve_with_conditions",
      acknowledgeOpenGaps: "1",
      vendorStatus: "active",
      nextReviewDate: "2027-06-30",
    });
    const after = await db.vendor.findUniqueOrThrow({ where: { id: v.id } });
    expect(after.status).toBe("active");
    expect(after.nextReviewDate?.toISOString().slice(0, 10)).toBe("2027-06-30");
    const last = (await audits(a.tenantId, "review.decide")).at(-1);
    expect(last?.data).toMatchObject({
      decision: "approve_with_conditions",
      acknowledgedOpenGaps: true,
      changes: { status: { from: "onboarding", to: "active" }, nextReviewDate: { from: null, to: "2027-06-30" } },
    });

    // An analyst may edit vendors but not decide.
    await expectCode(
      recordDecision(
        await member(a, "analyst"),
        decisionSchema.parse({ vendorId: v.id, decision: "reject", note: "nope" }),
      ),
      "FORBIDDEN",
    );
  });
});
