import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { countUnread, listNotifications } from "@/lib/reminders/data";
import { createVendor } from "@/lib/vendors/mutations";
import type { VendorForm } from "@/lib/vendors/schema";
import {
  deliverOutbox,
  enqueueReminders,
  markAllNotificationsRead,
  markNotificationRead,
} from "@/lib/reminders/mutations";
import { planReminders, reminderLink, type ReminderFacts } from "@/lib/reminders/plan";
import type { MailMessage, MailTransport } from "@/lib/reminders/transport";
import { addConfirmedEvidence } from "./evidence-fixture";
import { hasDb, makeTenant, makeVendor } from "./support";

// Evidence and gap rows written straight to the tables the dashboard reads (the extraction
// pipeline is covered by review-flow.test.ts; here only the dates matter).

async function addIsoCert(actor: Actor, vendorId: string, expiry: string, standard = "ISO/IEC 27001") {
  return addConfirmedEvidence(actor, vendorId, { kind: "iso_certificate", expiry, standard });
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

const TODAY = "2026-06-15";

async function messagesOf(actor: Actor) {
  return db.outboxMessage.findMany({ where: { tenantId: actor.tenantId }, orderBy: { dedupeKey: "asc" } });
}

describe.skipIf(!hasDb)("reminders", () => {
  it("enqueues each reminder once: a second run the same day inserts nothing", async () => {
    const actor = await makeTenant("security");
    const v = await makeVendor(actor, "Echo Ltd");
    const cert = await addIsoCert(actor, v.id, "2026-06-20");
    const gap = await addGap(actor, v.id, { due: "2026-06-01" });
    await db.vendor.update({ where: { id: v.id }, data: { nextReviewDate: toDbDate("2026-07-01") } });

    expect(await enqueueReminders(actor.tenantId, TODAY)).toBe(3);
    expect(await enqueueReminders(actor.tenantId, TODAY)).toBe(0);
    const rows = await messagesOf(actor);
    expect(rows.map((r) => r.dedupeKey)).toEqual([
      `evidence-expiring:${cert.id}:7d:to:${actor.userId}`,
      `gap-overdue:${gap.id}:2026-06-01:to:${actor.userId}`,
      `vendor-review-due:${v.id}:2026-07-01:to:${actor.userId}`,
    ]);
    expect(rows.every((r) => r.userId === actor.userId && r.sentAt === null && r.readAt === null)).toBe(true);
    expect(rows[0].subject).toBe("Evidence expiring within 7 days: Echo Ltd");
    expect(rows[0].body).toContain(`/documents/${cert.id}`);

    // A later step is a new event: 4 days on the same certificate is within 1 day.
    expect(await enqueueReminders(actor.tenantId, "2026-06-19")).toBe(1);
    expect(await enqueueReminders(actor.tenantId, "2026-06-21")).toBe(1); // expired
    // A new due date on the gap is announced again.
    await db.gap.update({ where: { id: gap.id }, data: { dueDate: toDbDate("2026-06-10") } });
    expect(await enqueueReminders(actor.tenantId, "2026-06-21")).toBe(1);
    expect(await db.outboxMessage.count({ where: { tenantId: actor.tenantId } })).toBe(6);
  });

  it("addresses the gap owner, then its service's owner, then the vendor's service owners, then security reviewers", async () => {
    const actor = await makeTenant("admin"); // an admin: not in the fallback while a reviewer exists
    const reviewer = await addMember(actor, "security");
    const gapOwner = await addMember(actor, "analyst");
    const serviceOwner = await addMember(actor, "analyst");
    const vendorOwner = await addMember(actor, "viewer");
    const leaver = await addMember(actor, "analyst");
    await db.membership.deleteMany({ where: { tenantId: actor.tenantId, userId: leaver.id } }); // owner who left
    const disabled = await addMember(actor, "analyst");
    await db.membership.updateMany({ where: { userId: disabled.id }, data: { disabledAt: new Date() } });
    const outsider = await makeTenant("security"); // a user of another tenant is never addressed

    const owned = await makeVendor(actor, "Owned Ltd");
    await db.vendor.update({ where: { id: owned.id }, data: { ownerId: vendorOwner.id } });
    const svc = await db.buyerService.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: owned.id,
        name: "S",
        systems: [],
        dataTypes: [],
        regions: [],
        locations: [],
        ownerId: serviceOwner.id,
      },
    });
    const g1 = await addGap(actor, owned.id, { due: "2026-06-01", ownerId: gapOwner.id });
    const g2 = await addGap(actor, owned.id, { due: "2026-06-01", serviceId: svc.id });
    const g3 = await addGap(actor, owned.id, { due: "2026-06-01", ownerId: leaver.id });
    const ownedCert = await addIsoCert(actor, owned.id, "2026-06-01");

    const serviced = await makeVendor(actor, "Serviced Ltd"); // no vendor owner: the service owner
    await db.buyerService.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: serviced.id,
        name: "S2",
        systems: [],
        dataTypes: [],
        regions: [],
        locations: [],
        ownerId: serviceOwner.id,
      },
    });
    const servicedCert = await addIsoCert(actor, serviced.id, "2026-06-01");

    const orphan = await makeVendor(actor, "Orphan Ltd"); // owners gone: security reviewers
    await db.vendor.update({
      where: { id: orphan.id },
      data: { ownerId: disabled.id, nextReviewDate: toDbDate("2026-06-30") },
    });
    const g4 = await addGap(actor, orphan.id, { due: "2026-06-01", ownerId: outsider.userId });

    await enqueueReminders(actor.tenantId, TODAY);
    const to = new Map((await messagesOf(actor)).map((m) => [m.dedupeKey.split(":to:")[0], m.userId]));
    expect(to.get(`gap-overdue:${g1.id}:2026-06-01`)).toBe(gapOwner.id);
    expect(to.get(`gap-overdue:${g2.id}:2026-06-01`)).toBe(serviceOwner.id);
    // The vendor's stored owner is never addressed (it is whoever created the vendor): its service owner is.
    expect(to.get(`gap-overdue:${g3.id}:2026-06-01`)).toBe(serviceOwner.id);
    expect(to.get(`evidence-expired:${ownedCert.id}`)).toBe(serviceOwner.id);
    expect(to.get(`evidence-expired:${servicedCert.id}`)).toBe(serviceOwner.id);
    expect(to.get(`gap-overdue:${g4.id}:2026-06-01`)).toBe(reviewer.id);
    expect(to.get(`vendor-review-due:${orphan.id}:2026-06-30`)).toBe(reviewer.id);
    expect(to.size).toBe(7);
  });

  it("never reminds whoever created the vendor: the owners chosen on the service and on each gap get them", async () => {
    const creator = await makeTenant("analyst");
    const reviewer = await addMember(creator, "security");
    const serviceOwner = await addMember(creator, "analyst");
    const gapOwner = await addMember(creator, "analyst");
    // Created the way the app creates vendors (the creator is stored as the vendor's owner).
    const { id: vendorId } = await createVendor(creator, {
      legalName: `Created ${randomUUID().slice(0, 6)}`,
      aliases: [],
      website: null,
      tier: "high",
      status: "active",
      nextReviewDate: "2026-06-30",
    } as VendorForm);
    expect((await db.vendor.findUniqueOrThrow({ where: { id: vendorId } })).ownerId).toBe(creator.userId);
    const svc = await db.buyerService.create({
      data: {
        tenantId: creator.tenantId,
        vendorId,
        name: "Payroll",
        systems: [],
        dataTypes: [],
        regions: [],
        locations: [],
        ownerId: serviceOwner.id,
      },
    });
    const owned = await addGap(creator, vendorId, { due: "2026-06-01", ownerId: gapOwner.id, serviceId: svc.id });
    const unowned = await addGap(creator, vendorId, { due: "2026-06-01" });
    const cert = await addIsoCert(creator, vendorId, "2026-06-01");
    // A vendor with no chosen owner at all: the security reviewers, still not its creator.
    const { id: bare } = await createVendor(creator, {
      legalName: `Bare ${randomUUID().slice(0, 6)}`,
      aliases: [],
      website: null,
      tier: "low",
      status: "active",
      nextReviewDate: null,
    } as VendorForm);
    const bareGap = await addGap(creator, bare, { due: "2026-06-01" });

    await enqueueReminders(creator.tenantId, TODAY);
    const messages = await messagesOf(creator);
    const to = new Map(messages.map((m) => [m.dedupeKey.split(":to:")[0], m.userId]));
    expect(to.get(`gap-overdue:${owned.id}:2026-06-01`)).toBe(gapOwner.id);
    expect(to.get(`gap-overdue:${unowned.id}:2026-06-01`)).toBe(serviceOwner.id);
    expect(to.get(`evidence-expired:${cert.id}`)).toBe(serviceOwner.id);
    expect(to.get(`vendor-review-due:${vendorId}:2026-06-30`)).toBe(serviceOwner.id);
    expect(to.get(`gap-overdue:${bareGap.id}:2026-06-01`)).toBe(reviewer.id);
    expect(messages.filter((m) => m.userId === creator.userId)).toEqual([]);
  });

  it("falls back to every admin when the tenant has no security reviewer", async () => {
    const actor = await makeTenant("admin");
    const admin2 = await addMember(actor, "admin");
    await addMember(actor, "analyst");
    const v = await makeVendor(actor);
    const cert = await addIsoCert(actor, v.id, "2026-07-01");
    expect(await enqueueReminders(actor.tenantId, TODAY)).toBe(2);
    const rows = await messagesOf(actor);
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([actor.userId, admin2.id]));
    expect(rows.every((r) => r.dedupeKey.startsWith(`evidence-expiring:${cert.id}:30d:to:`))).toBe(true);
  });

  it("plans the same keys from the same facts (pure)", () => {
    const facts: ReminderFacts = {
      members: [{ userId: "00000000-0000-4000-8000-000000000001", role: "security" }],
      services: [],
      evidence: [],
      overdueGaps: [
        {
          id: "00000000-0000-4000-8000-0000000000aa",
          title: "T",
          severity: "high",
          vendorId: "v",
          legalName: "V",
          ownerId: null,
          serviceId: null,
          due: "2026-01-01",
        },
      ],
      reviewsDue: [],
    };
    const a = planReminders("t", facts);
    expect(a).toEqual(planReminders("t", facts));
    expect(a.map((m) => m.dedupeKey)).toEqual([
      "gap-overdue:00000000-0000-4000-8000-0000000000aa:2026-01-01:to:00000000-0000-4000-8000-000000000001",
    ]);
    expect(reminderLink(a[0].kind, a[0].dedupeKey)).toBe("/gaps/00000000-0000-4000-8000-0000000000aa");
  });

  it("delivers through a configured transport and marks sentAt; a failing send stays unsent", async () => {
    const actor = await makeTenant("security");
    const v = await makeVendor(actor, "Foxtrot Ltd");
    await addGap(actor, v.id, { due: "2026-06-01", title: "First" });
    await addGap(actor, v.id, { due: "2026-06-02", title: "Second" });
    const readGap = await addGap(actor, v.id, { due: "2026-06-03", title: "Already read" });
    expect(await enqueueReminders(actor.tenantId, TODAY)).toBe(3);
    const readMsg = await db.outboxMessage.findFirstOrThrow({
      where: { tenantId: actor.tenantId, dedupeKey: { startsWith: `gap-overdue:${readGap.id}:` } },
    });
    await db.outboxMessage.update({ where: { id: readMsg.id }, data: { readAt: new Date() } }); // seen in-app: no e-mail

    // No transport configured: nothing happens, the messages stay for in-app display.
    expect(await deliverOutbox({ transport: null, tenantId: actor.tenantId })).toEqual({
      sent: 0,
      failed: 0,
      transport: false,
    });

    const failing: MailTransport = async (m) => {
      if (m.subject.includes("Overdue")) throw new Error("SMTP 451 try later");
    };
    expect(await deliverOutbox({ transport: failing, tenantId: actor.tenantId })).toEqual({
      sent: 0,
      failed: 2,
      transport: true,
    });
    expect(await db.outboxMessage.count({ where: { tenantId: actor.tenantId, sentAt: { not: null } } })).toBe(0);

    const sent: MailMessage[] = [];
    const ok: MailTransport = async (m) => {
      sent.push(m);
    };
    // batchSize 1: the two messages go out in two batches of one run.
    expect(
      await deliverOutbox({ transport: ok, tenantId: actor.tenantId, appUrl: "https://assay.example/", batchSize: 1 }),
    ).toEqual({ sent: 2, failed: 0, transport: true });
    expect(sent.map((m) => m.to)).toEqual([actor.email, actor.email]);
    expect(sent.every((m) => /Open: https:\/\/assay\.example\/gaps\/[0-9a-f-]{36}$/.test(m.text))).toBe(true);
    const rows = await messagesOf(actor);
    expect(rows.filter((r) => r.sentAt).length).toBe(2);
    expect(rows.find((r) => r.id === readMsg.id)?.sentAt).toBeNull();
    // Sent once: a second delivery finds nothing.
    expect(await deliverOutbox({ transport: ok, tenantId: actor.tenantId })).toEqual({
      sent: 0,
      failed: 0,
      transport: true,
    });
    expect(sent).toHaveLength(2);
  });

  it("lists, counts and marks read only the signed-in user's own messages", async () => {
    const actor = await makeTenant("viewer");
    const other = await addMember(actor, "security");
    const v = await makeVendor(actor);
    await db.buyerService.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: v.id,
        name: "Mine",
        systems: [],
        dataTypes: [],
        regions: [],
        locations: [],
        ownerId: actor.userId,
      },
    });
    await addIsoCert(actor, v.id, "2026-06-10");
    const unowned = await makeVendor(actor);
    await addGap(actor, unowned.id, { due: "2026-06-01" }); // no gap, service or vendor owner: the security reviewer
    await enqueueReminders(actor.tenantId, TODAY);
    const otherActor: Actor = { ...actor, userId: other.id, role: "security", name: other.name, email: other.email };

    const mine = await listNotifications(actor);
    expect(mine.map((m) => m.kind)).toEqual(["evidence-expired"]);
    expect(await countUnread(actor)).toBe(1);
    expect(await countUnread(otherActor)).toBe(1);

    const theirs = await listNotifications(otherActor);
    expect(await markNotificationRead(actor, theirs[0].id)).toBe(0); // not mine: untouched
    expect(await countUnread(otherActor)).toBe(1);
    expect(await markNotificationRead(actor, mine[0].id)).toBe(1);
    expect(await markNotificationRead(actor, mine[0].id)).toBe(0);
    expect(await countUnread(actor)).toBe(0);
    expect(await markAllNotificationsRead(otherActor)).toBe(1);
    expect(await countUnread(otherActor)).toBe(0);
  });
});
