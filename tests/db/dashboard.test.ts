import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { LIST_LIMIT, loadDashboard } from "@/lib/dashboard/data";
import { addConfirmedEvidence } from "./evidence-fixture";
import { hasDb, makeTenant, makeVendor } from "./support";

// Evidence is confirmed facts (tests/db/evidence-fixture.ts); gap rows are written straight to the
// table the dashboard reads (the extraction pipeline is covered by review-flow.test.ts; here only
// the dates matter).

async function addIsoCert(actor: Actor, vendorId: string, expiry: string, standard = "ISO/IEC 27001") {
  return addConfirmedEvidence(actor, vendorId, { kind: "iso_certificate", expiry, standard });
}

async function addSocReport(actor: Actor, vendorId: string, periodEnd: string) {
  return addConfirmedEvidence(actor, vendorId, { kind: "soc2_report", periodEnd });
}

async function addGap(
  actor: Actor,
  vendorId: string,
  g: {
    severity?: "critical" | "high" | "medium" | "low";
    status?: "open" | "in_progress" | "resolved" | "risk_accepted";
    due?: string | null;
    ownerId?: string | null;
    serviceId?: string | null;
    firstSeenAt?: Date;
    resolvedAt?: Date | null;
    title?: string;
  },
) {
  return db.gap.create({
    data: {
      tenantId: actor.tenantId,
      vendorId,
      key: randomUUID(),
      checkId: "test-check",
      subject: "s",
      severity: g.severity ?? "high",
      title: g.title ?? "Test gap",
      detail: "d",
      ownerRole: "security",
      status: g.status ?? "open",
      dueDate: toDbDate(g.due ?? null),
      ownerId: g.ownerId ?? null,
      serviceId: g.serviceId ?? null,
      firstSeenAt: g.firstSeenAt,
      resolvedAt: g.resolvedAt ?? null,
    },
  });
}

/** Another user in the actor's tenant. */
async function addMember(actor: Actor, role: Actor["role"], name = `Member ${randomUUID().slice(0, 6)}`) {
  const user = await db.user.create({ data: { email: `${randomUUID()}@test.example`, name, passwordHash: "x" } });
  await db.membership.create({ data: { tenantId: actor.tenantId, userId: user.id, role } });
  return user;
}

const TODAY = "2026-06-15"; // a Monday

describe.skipIf(!hasDb)("loadDashboard", () => {
  it("puts each vendor's newest evidence in exactly one bucket by days left", async () => {
    const actor = await makeTenant("analyst");
    const a = await makeVendor(actor, "Alpha Ltd");
    // A high-tier vendor: a SOC report stays current for 365 days after its period end.
    await db.vendor.update({ where: { id: a.id }, data: { tier: "high" } });
    const b = await makeVendor(actor, "Bravo Ltd");
    const gone = await makeVendor(actor, "Gone Ltd");
    await db.vendor.update({ where: { id: gone.id }, data: { status: "offboarded" } });

    const in5 = await addIsoCert(actor, a.id, "2026-06-20"); // 5 days: within 7, not within 1
    const tomorrow = await addIsoCert(actor, a.id, "2026-06-16", "ISO/IEC 27701"); // another standard, 1 day
    const soc = await addSocReport(actor, a.id, "2025-05-31"); // 365 days: stale since 2026-05-31
    await addIsoCert(actor, b.id, "2025-01-01"); // superseded by the next one: not "expired"
    const in25 = await addIsoCert(actor, b.id, "2026-07-10");
    await addIsoCert(actor, b.id, "2026-08-30", "ISO/IEC 27017"); // 76 days: not listed
    await addIsoCert(actor, gone.id, "2026-01-01"); // offboarded vendor: no reminders

    const d = await loadDashboard(actor, TODAY);
    const ids = (k: keyof typeof d.evidence) => d.evidence[k].items.map((i) => i.documentId);
    expect(ids("7d")).toEqual([in5.id]);
    expect(ids("1d")).toEqual([tomorrow.id]);
    expect(ids("expired")).toEqual([soc.id]);
    expect(ids("30d")).toEqual([in25.id]);
    expect(d.evidence["7d"].items[0]).toMatchObject({
      vendorId: a.id,
      legalName: "Alpha Ltd",
      kind: "iso_certificate",
      label: "ISO/IEC 27001 certificate",
      due: "2026-06-20",
    });
    expect(d.evidence.expired.items[0]).toMatchObject({
      kind: "soc2_report",
      label: "SOC 2 Type 2 report",
      due: "2026-05-31",
    });
    expect(Object.values(d.evidence).map((e) => e.count)).toEqual([1, 1, 1, 1]);
  });

  it("counts everything but lists at most LIST_LIMIT, soonest first", async () => {
    const actor = await makeTenant("viewer");
    for (let i = 0; i < LIST_LIMIT + 2; i++) {
      const v = await makeVendor(actor, `Vendor ${String(i).padStart(2, "0")}`);
      await addIsoCert(actor, v.id, `2026-05-${String(10 + i).padStart(2, "0")}`);
    }
    const d = await loadDashboard(actor, TODAY);
    expect(d.evidence.expired.count).toBe(LIST_LIMIT + 2);
    expect(d.evidence.expired.items).toHaveLength(LIST_LIMIT);
    expect(d.evidence.expired.items[0].due).toBe("2026-05-10");
  });

  it("lists overdue gaps, severity counts of active gaps and vendors due for review", async () => {
    const actor = await makeTenant("security");
    const owner = await addMember(actor, "analyst", "Olive Owner");
    const v = await makeVendor(actor, "Charlie Ltd");
    const late = await addGap(actor, v.id, {
      severity: "critical",
      due: "2026-06-01",
      ownerId: owner.id,
      title: "Late one",
    });
    await addGap(actor, v.id, { severity: "low", status: "in_progress", due: "2026-06-14" }); // overdue by a day
    await addGap(actor, v.id, { severity: "high", due: "2026-06-15" }); // due today: not overdue
    await addGap(actor, v.id, { severity: "high", status: "resolved", due: "2026-01-01" }); // closed: neither
    await addGap(actor, v.id, { severity: "medium", status: "risk_accepted", due: "2026-01-01" });
    await db.vendor.update({ where: { id: v.id }, data: { nextReviewDate: toDbDate("2026-07-15") } }); // today + 30
    const later = await makeVendor(actor, "Delta Ltd");
    await db.vendor.update({ where: { id: later.id }, data: { nextReviewDate: toDbDate("2026-07-16") } }); // today + 31

    const d = await loadDashboard(actor, TODAY);
    expect(d.overdueGaps.count).toBe(2);
    expect(d.overdueGaps.items[0]).toMatchObject({
      id: late.id,
      title: "Late one",
      severity: "critical",
      vendorId: v.id,
      legalName: "Charlie Ltd",
      ownerName: "Olive Owner",
      due: "2026-06-01",
    });
    expect(d.overdueGaps.items[1].ownerName).toBeNull();
    expect(d.gapCountsBySeverity).toEqual({ critical: 1, high: 1, medium: 0, low: 1 });
    expect(d.vendorsDueForReview).toEqual({
      count: 1,
      items: [{ id: v.id, legalName: "Charlie Ltd", tier: "medium", due: "2026-07-15" }],
    });
  });

  it("charts gaps opened and closed per ISO week for the last 8 weeks", async () => {
    const actor = await makeTenant("admin");
    const v = await makeVendor(actor);
    await addGap(actor, v.id, { firstSeenAt: new Date("2026-06-15T10:00:00Z") }); // this week
    await addGap(actor, v.id, { firstSeenAt: new Date("2026-06-14T23:00:00Z") }); // Sunday: last week
    await addGap(actor, v.id, {
      firstSeenAt: new Date("2026-04-20T08:00:00Z"),
      status: "resolved",
      resolvedAt: new Date("2026-06-16T08:00:00Z"),
    }); // opened 8 weeks ago
    await addGap(actor, v.id, { firstSeenAt: new Date("2026-04-27T00:00:00Z") }); // first charted week
    const d = await loadDashboard(actor, TODAY);
    expect(d.gapTrend.map((w) => w.week)).toEqual([
      "2026-04-27",
      "2026-05-04",
      "2026-05-11",
      "2026-05-18",
      "2026-05-25",
      "2026-06-01",
      "2026-06-08",
      "2026-06-15",
    ]);
    expect(d.gapTrend.map((w) => w.opened)).toEqual([1, 0, 0, 0, 0, 0, 1, 1]);
    expect(d.gapTrend.map((w) => w.closed)).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("never shows another tenant's evidence, gaps or reviews", async () => {
    const mine = await makeTenant("analyst");
    const theirs = await makeTenant("analyst");
    const tv = await makeVendor(theirs, "Theirs Ltd");
    await db.vendor.update({ where: { id: tv.id }, data: { tier: "high" } });
    await addIsoCert(theirs, tv.id, "2026-06-01");
    await addSocReport(theirs, tv.id, "2025-06-20");
    await addGap(theirs, tv.id, { due: "2026-01-01", firstSeenAt: new Date("2026-06-15T01:00:00Z") });
    await db.vendor.update({ where: { id: tv.id }, data: { nextReviewDate: toDbDate("2026-06-01") } });

    const d = await loadDashboard(mine, TODAY);
    expect(Object.values(d.evidence).every((e) => e.count === 0 && e.items.length === 0)).toBe(true);
    expect(d.overdueGaps).toEqual({ count: 0, items: [] });
    expect(d.vendorsDueForReview).toEqual({ count: 0, items: [] });
    expect(d.gapCountsBySeverity).toEqual({ critical: 0, high: 0, medium: 0, low: 0 });
    expect(d.gapTrend.every((w) => w.opened === 0 && w.closed === 0)).toBe(true);
    // …while the owner sees all of it.
    const t = await loadDashboard(theirs, TODAY);
    expect(t.evidence.expired.count + t.evidence["7d"].count).toBe(2);
    expect(t.overdueGaps.count).toBe(1);
    expect(t.vendorsDueForReview.count).toBe(1);
    expect(t.gapTrend.at(-1)?.opened).toBe(1);
  });
});
