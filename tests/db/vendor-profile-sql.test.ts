import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { VIEW_ACTIONS } from "@/lib/audit/describe";
import { systemDb as db, withTenant } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { vendorDocumentsIn } from "@/lib/evidence/documents/loaders";
import { GAP_ROW_FIELDS } from "@/lib/gaps/row-fields";
import { SERVICE_FIELDS } from "@/lib/services/fields";
import { VENDOR_FIELDS } from "@/lib/vendors/fields";
import { loadVendorProfile } from "@/lib/vendors/profile/loaders";
import { addConfirmedEvidence } from "./evidence-fixture";
import { hasDb, makeTenant } from "./support";

// The vendor page reads as SQL on the pg pool (docs/decisions/050). Below is the Prisma read it
// replaced, kept as the reference: both must give the same profile (columns, order, types) for a vendor
// with services (one retired), sub-processors, gaps, reviews, documents (one deleted, one superseded),
// members and a history with views and an API token's event.

async function prismaProfile(actor: Actor, vendorId: string, opts: { showViews?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(vendorId)) return null;
  return withTenant(actor.tenantId, async (db) => {
    const vendor = await db.vendor.findFirst({
      where: { tenantId: actor.tenantId, id: vendorId },
      select: {
        id: true,
        ...VENDOR_FIELDS,
        archivedAt: true,
        services: {
          select: {
            id: true,
            ...SERVICE_FIELDS,
            ownerId: true,
            retiredAt: true,
          },
          orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
        },
        subprocessors: {
          select: { id: true, name: true, purpose: true, location: true, documentId: true },
          orderBy: { name: "asc" },
        },
        gaps: {
          select: { ...GAP_ROW_FIELDS, serviceId: true, repeat: true },
          orderBy: [{ status: "asc" }, { severity: "asc" }, { dueDate: "asc" }],
        },
        reviews: {
          select: { id: true, decision: true, note: true, decidedAt: true, decidedById: true, serviceId: true },
          orderBy: { decidedAt: "desc" },
        },
      },
    });
    if (!vendor) return null;
    // The documents section's data, in this same transaction (it used to open its own).
    const documents = await vendorDocumentsIn(db, actor, vendor);
    // A superseded list keeps its rows (the year-over-year comparison reads them), but the vendor's
    // sub-processors today are those of the current version only.
    const replaced = new Set(documents.all.filter((d) => d.supersededById).map((d) => d.id));
    const subprocessors = vendor.subprocessors.filter((s) => !s.documentId || !replaced.has(s.documentId));
    const members = await db.membership.findMany({
      where: { tenantId: actor.tenantId },
      select: { userId: true, role: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    });
    const entityIds = [
      vendor.id,
      ...documents.all.map((d) => d.id),
      ...vendor.gaps.map((g) => g.id),
      ...vendor.services.map((s) => s.id),
    ];
    const history = await db.auditEvent.findMany({
      where: {
        tenantId: actor.tenantId,
        entityId: { in: entityIds },
        // Document views and downloads would bury the changes; shown only when asked for.
        ...(opts.showViews ? {} : { action: { notIn: [...VIEW_ACTIONS] } }),
      },
      select: { id: true, action: true, entityType: true, createdAt: true, actorId: true, data: true },
      orderBy: { createdAt: "desc" },
      take: 50,
    });
    const names = new Map(members.map((m) => [m.userId, m.user.name]));
    // An API token acts as itself (its id is the audit actor): name it, not "former member". Read only
    // when an event's actor is not a member (most pages: none, so one statement less).
    const strangers = [...new Set(history.map((e) => e.actorId).filter((id) => id && !names.has(id)))] as string[];
    const tokens = strangers.length
      ? await db.apiToken.findMany({
          where: { tenantId: actor.tenantId, id: { in: strangers } },
          select: { id: true, name: true },
        })
      : [];
    const actors = new Map([...names, ...tokens.map((t) => [t.id, `API token “${t.name}”`] as const)]);
    return {
      vendor: { ...vendor, subprocessors },
      documents: documents.view,
      members: members.map((m) => ({ id: m.userId, name: m.user.name, role: m.role })),
      history,
      nameOf: (id: string | null) => (id ? (names.get(id) ?? "former member") : null),
      actorOf: (id: string) => actors.get(id) ?? "former member",
    };
  });
}

describe.skipIf(!hasDb)("vendor page SQL = the Prisma read it replaced", () => {
  it("gives the same profile, history and names", async () => {
    const actor = await makeTenant("analyst");
    const vendor = await db.vendor.create({
      data: {
        tenantId: actor.tenantId,
        legalName: "Acme Cloud, Inc.",
        aliases: ["Acme", "ACME Corp"],
        website: "https://acme.example",
        tier: "high",
        status: "active",
        nextReviewDate: toDbDate("2027-03-31"),
      },
    });
    const t = actor.tenantId;
    const svc = (name: string, retiredAt: Date | null, relianceDate: string | null) =>
      db.buyerService.create({
        data: {
          tenantId: t,
          vendorId: vendor.id,
          name,
          systems: ["Acme Platform"],
          dataTypes: ["personal", "financial"],
          regions: ["US", "EU"],
          locations: ["Frankfurt"],
          criticality: "high",
          relianceDate: toDbDate(relianceDate),
          publicSector: name === "Payroll",
          ownerId: actor.userId,
          retiredAt,
        },
      });
    const services = [
      await svc("Payroll", null, "2026-01-31"),
      await svc("Analytics", new Date("2026-05-01T10:00:00Z"), null),
      await svc("Backups", null, null),
    ];
    const old = await addConfirmedEvidence(actor, vendor.id, { kind: "soc2_report", periodEnd: "2025-09-30" });
    const current = await addConfirmedEvidence(actor, vendor.id, { kind: "soc2_report", periodEnd: "2026-09-30" });
    const iso = await addConfirmedEvidence(actor, vendor.id, { kind: "iso_certificate", expiry: "2027-06-30" });
    await db.document.update({
      where: { id: old.id },
      data: { supersededById: current.id, supersededAt: new Date("2026-10-02T08:00:00Z") },
    });
    await db.document.update({
      where: { id: iso.id },
      data: { deletedAt: new Date("2026-11-01T12:00:00Z"), deleteReason: "wrong file", pages: 3 },
    });
    for (const [name, documentId] of [
      ["Zeta Mail", null],
      ["Alpha Hosting", old.id],
      ["Beta CDN", current.id],
    ] as const)
      await db.subprocessor.create({
        data: { tenantId: t, vendorId: vendor.id, name, purpose: "p", location: "EU", documentId },
      });
    const statuses = ["open", "in_progress", "resolved", "risk_accepted"] as const;
    const severities = ["critical", "high", "medium", "low"] as const;
    let n = 0;
    for (const status of statuses)
      for (const severity of severities) {
        n++;
        await db.gap.create({
          data: {
            tenantId: t,
            vendorId: vendor.id,
            serviceId: n % 2 ? services[0].id : null,
            key: randomUUID(),
            checkId: "soc-report-current",
            subject: `s${n}`,
            severity,
            title: `Gap ${n}`,
            detail: "d",
            ownerRole: "security",
            status,
            dueDate: n % 3 ? toDbDate(`2026-0${1 + (n % 9)}-15`) : null,
            ownerId: n % 2 ? actor.userId : null,
            acceptedUntil: status === "risk_accepted" ? toDbDate("2027-01-01") : null,
            repeat: n % 5 === 0,
          },
        });
      }
    for (const [i, decision] of (["approve", "approve_with_conditions"] as const).entries())
      await db.review.create({
        data: {
          tenantId: t,
          vendorId: vendor.id,
          serviceId: i ? services[0].id : null,
          decision,
          note: `note ${i}`,
          decidedById: actor.userId,
          decidedAt: new Date(Date.UTC(2026, 5, 1 + i)),
        },
      });
    const token = await db.apiToken.create({
      data: { tenantId: t, name: "CI upload", scope: "read_upload", tokenHash: randomUUID() },
    });
    const second = {
      ...actor,
      userId: (
        await db.user.create({ data: { email: `${randomUUID()}@test.example`, name: "Bea Member", passwordHash: "x" } })
      ).id,
    };
    await db.membership.create({ data: { tenantId: t, userId: second.userId, role: "security" } });
    const event = (actorId: string | null, action: string, entityId: string, at: number) => ({
      tenantId: t,
      actorId,
      action,
      entityType: "Vendor",
      entityId,
      data: { n: at, nested: { list: [1, "two", null] } },
      createdAt: new Date(Date.UTC(2026, 6, 1, 0, 0, at)),
    });
    await db.auditEvent.createMany({
      data: [
        event(actor.userId, "vendor.update", vendor.id, 1),
        event(token.id, "document.upload", current.id, 2),
        event(randomUUID(), "gap.update", vendor.id, 3),
        event(null, "service.update", services[1].id, 4),
        ...VIEW_ACTIONS.map((a, i) => event(second.userId, a, current.id, 5 + i)),
        event(actor.userId, "vendor.update", randomUUID(), 9), // another entity: not shown
      ],
    });

    for (const showViews of [false, true]) {
      const mine = (await loadVendorProfile(actor, vendor.id, { showViews }))!;
      const theirs = (await prismaProfile(actor, vendor.id, { showViews }))!;
      const { nameOf, actorOf, ...rest } = mine;
      const { nameOf: refNameOf, actorOf: refActorOf, ...refRest } = theirs;
      expect(rest).toEqual(refRest);
      for (const id of [actor.userId, second.userId, token.id, randomUUID()]) {
        expect(nameOf(id)).toBe(refNameOf(id));
        expect(actorOf(id)).toBe(refActorOf(id));
      }
      expect(nameOf(null)).toBe(refNameOf(null));
      // Not vacuous: the events above are there, the views only when asked for.
      const actions = rest.history.map((h) => h.action);
      expect(actions).toEqual(expect.arrayContaining(["vendor.update", "document.upload", "service.update"]));
      expect(actions.filter((a) => (VIEW_ACTIONS as readonly string[]).includes(a)).length).toBe(showViews ? 2 : 0);
      expect(rest.vendor.gaps.length).toBe(16);
      expect(rest.vendor.subprocessors.map((s) => s.name)).toEqual(["Beta CDN", "Zeta Mail"]);
    }
    expect(await loadVendorProfile(actor, randomUUID())).toBeNull();
    expect(await loadVendorProfile(await makeTenant("analyst"), vendor.id)).toBeNull();
  });
});
