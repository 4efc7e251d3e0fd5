import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { findGaps, GAP_PAGE_SIZE } from "@/lib/gaps/data";
import { bulkTriageGaps } from "@/lib/gaps/mutations";
import { bulkTriageSchema, gapListQuerySchema } from "@/lib/gaps/schema";
import { loadVendorProfile } from "@/lib/vendors/profile/loaders";
import { hasDb, makeTenant, makeVendor } from "./support";

const TODAY = "2026-06-15";

async function addGap(
  actor: Actor,
  vendorId: string,
  g: {
    title?: string;
    checkId?: string;
    severity?: "critical" | "high" | "medium" | "low";
    status?: "open" | "in_progress" | "resolved" | "risk_accepted" | "not_applicable";
    due?: string | null;
    ownerId?: string | null;
    acceptanceNote?: string | null;
    acceptedUntil?: string | null;
  } = {},
) {
  return db.gap.create({
    data: {
      tenantId: actor.tenantId,
      vendorId,
      key: randomUUID(),
      checkId: g.checkId ?? "soc-report-current",
      subject: "s",
      severity: g.severity ?? "high",
      title: g.title ?? "Report out of date",
      detail: "d",
      ownerRole: "security",
      status: g.status ?? "open",
      dueDate: toDbDate(g.due ?? null),
      ownerId: g.ownerId ?? null,
      acceptanceNote: g.acceptanceNote ?? null,
      acceptedUntil: toDbDate(g.acceptedUntil ?? null),
    },
  });
}

async function addMember(actor: Actor, role: Actor["role"]) {
  const user = await db.user.create({
    data: { email: `${randomUUID()}@test.example`, name: `Member ${randomUUID().slice(0, 4)}`, passwordHash: "x" },
  });
  await db.membership.create({ data: { tenantId: actor.tenantId, userId: user.id, role } });
  return { ...actor, userId: user.id, role };
}

const query = (raw: Record<string, string>) => gapListQuerySchema.parse(raw);
const ids = async (actor: Actor, raw: Record<string, string>) =>
  (await findGaps(actor, query(raw), TODAY)).rows.map((r) => r.id);

describe.skipIf(!hasDb)("gap register: search, filters, sort, pages", () => {
  it("searches title, vendor name and check id; filters by vendor; 'all' includes closed statuses", async () => {
    const actor = await makeTenant("analyst");
    const acme = await makeVendor(actor, `Acme Payroll ${randomUUID().slice(0, 4)}`);
    const zeta = await makeVendor(actor, `Zeta Hosting ${randomUUID().slice(0, 4)}`);
    const stale = await addGap(actor, acme.id, { title: "SOC 2 report is stale" });
    const cuec = await addGap(actor, zeta.id, { title: "CUECs unmapped", checkId: "cuec-mapped" });
    const accepted = await addGap(actor, zeta.id, {
      title: "Bridge letter missing",
      status: "risk_accepted",
      acceptanceNote: "Compensating control in place.",
      acceptedUntil: "2027-01-01",
    });

    expect(await ids(actor, { q: "stale" })).toEqual([stale.id]);
    expect(await ids(actor, { q: "ACME" })).toEqual([stale.id]);
    expect(await ids(actor, { q: "cuec-map" })).toEqual([cuec.id]);
    expect(await ids(actor, { vendorName: "zeta" })).toEqual([cuec.id]);
    expect(await ids(actor, { vendor: zeta.id, status: "all" })).toEqual(
      expect.arrayContaining([cuec.id, accepted.id]),
    );
    expect(await ids(actor, {})).not.toContain(accepted.id); // default: open or in progress
    expect((await ids(actor, { status: "all" })).sort()).toEqual([stale.id, cuec.id, accepted.id].sort());
    expect(await ids(actor, { status: "risk_accepted" })).toEqual([accepted.id]);
    // Search and filters combine (AND); the search's OR stays inside it.
    expect(await ids(actor, { q: "bridge", vendorName: "acme", status: "all" })).toEqual([]);
  });

  it("sorts by severity, due date, status and vendor, both ways, on the server", async () => {
    const actor = await makeTenant("analyst");
    const a = await makeVendor(actor, "Alpha Ltd");
    const b = await makeVendor(actor, "Bravo Ltd");
    await addGap(actor, b.id, { severity: "low", due: "2026-07-01", status: "in_progress" });
    await addGap(actor, a.id, { severity: "critical", due: "2026-09-01" });
    await addGap(actor, b.id, { severity: "medium", due: null, status: "resolved" });
    await addGap(actor, a.id, { severity: "high", due: "2026-06-20", status: "risk_accepted" });
    const rows = async (sort: string, dir: string) =>
      (await findGaps(actor, query({ status: "all", sort, dir }), TODAY)).rows;

    expect((await rows("severity", "asc")).map((r) => r.severity)).toEqual(["critical", "high", "medium", "low"]);
    expect((await rows("severity", "desc")).map((r) => r.severity)).toEqual(["low", "medium", "high", "critical"]);
    // Undated gaps last either way.
    expect((await rows("due", "asc")).map((r) => r.dueDate?.toISOString().slice(0, 10) ?? null)).toEqual([
      "2026-06-20",
      "2026-07-01",
      "2026-09-01",
      null,
    ]);
    expect((await rows("due", "desc")).map((r) => r.dueDate?.toISOString().slice(0, 10) ?? null)).toEqual([
      "2026-09-01",
      "2026-07-01",
      "2026-06-20",
      null,
    ]);
    expect((await rows("status", "asc")).map((r) => r.status)).toEqual([
      "open",
      "in_progress",
      "resolved",
      "risk_accepted",
    ]);
    expect((await rows("vendor", "desc")).map((r) => r.vendor.legalName)).toEqual([
      "Bravo Ltd",
      "Bravo Ltd",
      "Alpha Ltd",
      "Alpha Ltd",
    ]);
    // Within a vendor, most severe first.
    expect((await rows("vendor", "asc")).map((r) => r.severity)).toEqual(["critical", "high", "medium", "low"]);
  });

  it("pages through tied rows without repeating or skipping one", async () => {
    const actor = await makeTenant("analyst");
    const v = await makeVendor(actor);
    const made = await db.gap.createManyAndReturn({
      data: Array.from({ length: GAP_PAGE_SIZE * 2 + 7 }, (_, i) => ({
        tenantId: actor.tenantId,
        vendorId: v.id,
        key: `k${i}`,
        checkId: "c",
        subject: "s",
        severity: "high" as const,
        title: "Same title",
        detail: "d",
        ownerRole: "security",
        dueDate: toDbDate("2026-07-01"),
      })),
      select: { id: true },
    });
    for (const sort of ["severity", "due", "status", "vendor"]) {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const { rows, total } = await findGaps(actor, query({ sort, page: String(page) }), TODAY);
        expect(total).toBe(made.length);
        seen.push(...rows.map((r) => r.id));
      }
      expect(new Set(seen).size).toBe(made.length);
    }
  });
});

describe.skipIf(!hasDb)("bulk triage", () => {
  const bulk = (raw: Record<string, unknown>) => bulkTriageSchema.parse(raw);

  it("sets owner and due date on each selected gap, one audit event per changed gap with old and new values", async () => {
    const analyst = await makeTenant("analyst");
    const owner = await addMember(analyst, "analyst");
    const v = await makeVendor(analyst);
    const g1 = await addGap(analyst, v.id, { due: "2026-07-01" });
    const g2 = await addGap(analyst, v.id);
    const already = await addGap(analyst, v.id, { ownerId: owner.userId, due: "2026-08-01" });
    const untouched = await addGap(analyst, v.id);

    const r = await bulkTriageGaps(
      analyst,
      bulk({ gapIds: [g1.id, g2.id, already.id], ownerId: owner.userId, dueDate: "2026-08-01" }),
      TODAY,
    );
    expect(r).toEqual({ changed: 2, unchanged: 1 });
    for (const id of [g1.id, g2.id]) {
      const row = await db.gap.findUniqueOrThrow({ where: { id } });
      expect([row.ownerId, row.dueDate?.toISOString().slice(0, 10)]).toEqual([owner.userId, "2026-08-01"]);
      const events = await db.auditEvent.findMany({ where: { entityId: id, action: "gap.update" } });
      expect(events).toHaveLength(1);
      expect(events[0].actorId).toBe(analyst.userId);
      expect(events[0].data).toMatchObject({
        bulk: true,
        changed: ["ownerId", "dueDate"],
        before: { ownerId: null },
        after: { ownerId: owner.userId, dueDate: "2026-08-01" },
      });
    }
    expect(
      (await db.auditEvent.findFirstOrThrow({ where: { entityId: g1.id, action: "gap.update" } })).data,
    ).toMatchObject({ before: { dueDate: "2026-07-01" } });
    expect(await db.auditEvent.count({ where: { entityId: already.id } })).toBe(0);
    expect((await db.gap.findUniqueOrThrow({ where: { id: untouched.id } })).ownerId).toBeNull();
  });

  it("refuses an acceptance from an analyst for the whole selection and changes nothing", async () => {
    const analyst = await makeTenant("analyst");
    const v = await makeVendor(analyst);
    const g1 = await addGap(analyst, v.id);
    const g2 = await addGap(analyst, v.id);
    const input = bulk({
      gapIds: [g1.id, g2.id],
      status: "risk_accepted",
      acceptanceNote: "Compensating control in place.",
      acceptedUntil: "2027-01-01",
    });
    await expect(bulkTriageGaps(analyst, input, TODAY)).rejects.toThrow(/security reviewer or an admin/);
    const rows = await db.gap.findMany({ where: { id: { in: [g1.id, g2.id] } } });
    expect(rows.map((r) => r.status)).toEqual(["open", "open"]);
    expect(await db.auditEvent.count({ where: { entityId: { in: [g1.id, g2.id] } } })).toBe(0);
  });

  it("lets an analyst reassign an accepted gap (the acceptance itself is untouched), but not reopen one's acceptance terms", async () => {
    const analyst = await makeTenant("analyst");
    const v = await makeVendor(analyst);
    const accepted = await addGap(analyst, v.id, {
      status: "risk_accepted",
      acceptanceNote: "Compensating control in place.",
      acceptedUntil: "2027-01-01",
    });
    expect(await bulkTriageGaps(analyst, bulk({ gapIds: [accepted.id], ownerId: analyst.userId }), TODAY)).toEqual({
      changed: 1,
      unchanged: 0,
    });
    const row = await db.gap.findUniqueOrThrow({ where: { id: accepted.id } });
    expect([row.status, row.ownerId, row.acceptanceNote]).toEqual([
      "risk_accepted",
      analyst.userId,
      "Compensating control in place.",
    ]);
    // Moving it to in progress drops the acceptance: allowed (no acceptance is being made).
    await bulkTriageGaps(analyst, bulk({ gapIds: [accepted.id], status: "in_progress" }), TODAY);
    const reopened = await db.gap.findUniqueOrThrow({ where: { id: accepted.id } });
    expect([reopened.status, reopened.acceptanceNote, reopened.acceptedUntil]).toEqual(["in_progress", null, null]);
  });

  it("lets a security reviewer accept several risks at once with one justification and expiry", async () => {
    const security = await makeTenant("security");
    const v = await makeVendor(security);
    const gs = await Promise.all([addGap(security, v.id), addGap(security, v.id)]);
    expect(
      bulkTriageSchema
        .safeParse({ gapIds: gs.map((g) => g.id), status: "risk_accepted" })
        .error?.issues.map((i) => i.path[0]),
    ).toEqual(["acceptanceNote", "acceptedUntil"]);
    await expect(
      bulkTriageGaps(
        security,
        bulk({
          gapIds: gs.map((g) => g.id),
          status: "risk_accepted",
          acceptanceNote: "Compensating control in place.",
          acceptedUntil: "2026-01-01",
        }),
        TODAY,
      ),
    ).rejects.toThrow(/cannot expire in the past/);
    await bulkTriageGaps(
      security,
      bulk({
        gapIds: gs.map((g) => g.id),
        status: "risk_accepted",
        acceptanceNote: "Compensating control in place.",
        acceptedUntil: "2027-01-01",
      }),
      TODAY,
    );
    for (const g of gs) {
      const row = await db.gap.findUniqueOrThrow({ where: { id: g.id } });
      expect([row.status, row.acceptanceNote, row.acceptedUntil?.toISOString().slice(0, 10)]).toEqual([
        "risk_accepted",
        "Compensating control in place.",
        "2027-01-01",
      ]);
      expect(await db.auditEvent.count({ where: { entityId: g.id, action: "gap.update" } })).toBe(1);
    }
  });

  it("treats a gap of another organisation as not found and changes none of the selection", async () => {
    const a = await makeTenant("security");
    const b = await makeTenant("security");
    const ga = await addGap(a, (await makeVendor(a)).id);
    const gb = await addGap(b, (await makeVendor(b)).id);
    await expect(bulkTriageGaps(a, bulk({ gapIds: [ga.id, gb.id], status: "resolved" }), TODAY)).rejects.toThrow(
      /not found/,
    );
    expect((await db.gap.findMany({ where: { id: { in: [ga.id, gb.id] } } })).map((r) => r.status)).toEqual([
      "open",
      "open",
    ]);
  });
});

describe.skipIf(!hasDb)("vendor history", () => {
  it("leaves document views out unless asked for", async () => {
    const actor = await makeTenant("analyst");
    const v = await makeVendor(actor);
    await db.auditEvent.createMany({
      data: [
        {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: "vendor.update",
          entityType: "Vendor",
          entityId: v.id,
        },
        {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: "document.view",
          entityType: "Vendor",
          entityId: v.id,
        },
        {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: "document.download",
          entityType: "Vendor",
          entityId: v.id,
        },
      ],
    });
    expect((await loadVendorProfile(actor, v.id))!.history.map((h) => h.action)).toEqual(["vendor.update"]);
    expect((await loadVendorProfile(actor, v.id, { showViews: true }))!.history.map((h) => h.action).sort()).toEqual([
      "document.download",
      "document.view",
      "vendor.update",
    ]);
  });

  it("names each event's actor: a member, an API token of the tenant, or a former member", async () => {
    const actor = await makeTenant("analyst");
    const v = await makeVendor(actor);
    const token = await db.apiToken.create({
      data: { tenantId: actor.tenantId, name: "CI upload", scope: "read_upload", tokenHash: randomUUID() },
    });
    const other = await makeTenant("analyst");
    const foreign = await db.apiToken.create({
      data: { tenantId: other.tenantId, name: "Not yours", scope: "read", tokenHash: randomUUID() },
    });
    const event = (actorId: string) => ({
      tenantId: actor.tenantId,
      actorId,
      action: "vendor.update",
      entityType: "Vendor",
      entityId: v.id,
    });
    const gone = randomUUID();
    await db.auditEvent.createMany({
      data: [event(actor.userId), event(token.id), event(gone), event(foreign.id)],
    });
    const profile = (await loadVendorProfile(actor, v.id))!;
    expect(profile.history.map((h) => h.actorId).sort()).toEqual([actor.userId, token.id, gone, foreign.id].sort());
    const member = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(profile.actorOf(actor.userId)).toBe(member.name);
    expect(profile.actorOf(token.id)).toBe("API token “CI upload”");
    expect(profile.actorOf(gone)).toBe("former member");
    // Another tenant's token stays unnamed (row-level security and the tenant filter).
    expect(profile.actorOf(foreign.id)).toBe("former member");
  });
});
