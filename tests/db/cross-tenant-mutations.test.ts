import { emptyFacts } from "@/lib/evidence/facts/model";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { openDocumentDownload } from "@/lib/evidence/documents/download";
import { uploadDocument } from "@/lib/evidence/documents/upload";
import { AppError } from "@/lib/errors";
import { confirmFacts, saveCuecMapping, setSubserviceReportOnFile } from "@/lib/evidence/facts/mutations";
import { updateGap } from "@/lib/gaps/mutations";
import { markNotificationRead } from "@/lib/reminders/mutations";
import { recordDecision } from "@/lib/reviews/mutations";
import { rescoreVendor } from "@/lib/reviews/rescore/mutations";
import { createService } from "@/lib/services/mutations";
import { changeRole, setUserDisabled } from "@/lib/users/mutations";
import { updateVendor } from "@/lib/vendors/mutations";
import { hasDb, makeTenant, makeVendor } from "./support";

// Every write a server action or route handler performs, called by tenant A's admin with tenant
// B's ids (security-and-reliability §4.4 item 2, §9 C 32): each must look like "not found" and
// leave every row of tenant B exactly as it was. Real PostgreSQL, both layers (the data layer's
// tenant filters and row-level security) in place.

async function tenantB() {
  const b = await makeTenant("admin");
  const vendor = await makeVendor(b, "Bravo Secret Vendor");
  const member = await db.user.create({
    data: { email: `m-${vendor.id.slice(0, 8)}@test.example`, name: "Bravo Member", passwordHash: "x" },
  });
  await db.membership.create({ data: { tenantId: b.tenantId, userId: member.id, role: "analyst" } });
  const doc = await db.document.create({
    data: {
      tenantId: b.tenantId,
      vendorId: vendor.id,
      filename: "b.pdf",
      fileKey: `${b.tenantId}/${vendor.id}`,
      sha256: "x",
      sizeBytes: 1,
      mimeType: "application/pdf",
      kind: "soc2_report",
      parseStatus: "parsed",
    },
  });
  const report = await db.socReport.create({
    data: {
      tenantId: b.tenantId,
      documentId: doc.id,
      socLevel: "soc2",
      tscCategories: [],
      inScopeServices: [],
      inScopeSystems: [],
      inScopeLocations: [],
    },
  });
  const cuec = await db.cuec.create({
    data: { tenantId: b.tenantId, socReportId: report.id, text: "Customers review access", criteria: [] },
  });
  const org = await db.subserviceOrg.create({
    data: { tenantId: b.tenantId, socReportId: report.id, name: "AWS", method: "carve_out" },
  });
  const gap = await db.gap.create({
    data: {
      tenantId: b.tenantId,
      vendorId: vendor.id,
      key: "k",
      checkId: "report-age",
      subject: "s",
      severity: "high",
      title: "Secret gap",
      detail: "d",
      ownerRole: "security",
    },
  });
  const message = await db.outboxMessage.create({
    data: { tenantId: b.tenantId, userId: b.userId, kind: "gap_overdue", dedupeKey: "k1", subject: "s", body: "b" },
  });
  return { b, vendor, member, doc, cuec, org, gap, message };
}

/** Every tenant-owned row of a tenant, as text, plus the tenant's users: what "nothing changed" means. */
async function snapshot(tenantId: string): Promise<string> {
  const rows = await db.$queryRaw<{ t: string; body: string }[]>`
    SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId'
    WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`;
  const parts: string[] = [];
  for (const { t } of rows) {
    const [r] = await db.$queryRawUnsafe<{ body: string | null }[]>(
      `SELECT string_agg(x::text, '|' ORDER BY x::text) AS body FROM "${t}" x WHERE "tenantId" = $1::uuid`,
      tenantId,
    );
    parts.push(`${t}: ${r?.body ?? ""}`);
  }
  const users = await db.$queryRaw<{ body: string | null }[]>`
    SELECT string_agg(u::text, '|' ORDER BY u.id) AS body FROM "User" u WHERE u.id IN (SELECT "userId" FROM "Membership" WHERE "tenantId" = ${tenantId}::uuid)`;
  parts.push(`User: ${users[0]?.body ?? ""}`);
  return parts.join("\n");
}

async function expectNotFound(promise: Promise<unknown>): Promise<void> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, "the call succeeded").toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe("NOT_FOUND");
}

describe.skipIf(!hasDb)("cross-tenant writes", () => {
  it("every write with another tenant's ids is not found and changes nothing there", async () => {
    const a: Actor = await makeTenant("admin");
    const ownVendor = await makeVendor(a);
    const t = await tenantB();
    const before = await snapshot(t.b.tenantId);
    const today = "2026-11-23";
    const noStore = {
      store: {
        put: async () => {
          throw new Error("must not store");
        },
        get: async () => new Uint8Array(),
        delete: async () => {},
        exists: async () => false,
      },
      enqueue: async () => {},
    };

    const calls: Record<string, () => Promise<unknown>> = {
      confirmFacts: () => confirmFacts(a, t.doc.id, emptyFacts("soc2_report")),
      saveCuecMapping: () =>
        saveCuecMapping(a, {
          documentId: t.doc.id,
          cuecId: t.cuec.id,
          buyerControl: "x",
          ownerId: null,
          evidenceUrl: null,
          dueDate: null,
        }),
      setSubserviceReportOnFile: () =>
        setSubserviceReportOnFile(a, { documentId: t.doc.id, orgId: t.org.id, onFile: true }),
      updateVendor: () =>
        updateVendor(a, t.vendor.id, {
          legalName: "Hijacked",
          aliases: [],
          website: null,
          tier: "low",
          status: "offboarded",
          nextReviewDate: null,
        }),
      updateGap: () =>
        updateGap(a, {
          gapId: t.gap.id,
          version: t.gap.version,
          ownerId: null,
          dueDate: null,
          status: "resolved",
          acceptanceNote: null,
          acceptedUntil: null,
          comment: "hijack",
        }),
      createService: () =>
        createService(a, {
          vendorId: t.vendor.id,
          name: "Planted",
          systems: [],
          dataTypes: [],
          regions: ["EU"],
          locations: [],
          contractedLegalEntity: null,
          criticality: "low",
          relianceDate: null,
          publicSector: false,
          ownerId: null,
        }),
      rescoreVendor: () => rescoreVendor(a, t.vendor.id, today),
      recordDecision: () =>
        recordDecision(a, { vendorId: t.vendor.id, serviceId: null, decision: "approve", note: "hijack" }),
      changeRole: () => changeRole(a, { userId: t.member.id, role: "admin" }),
      setUserDisabled: () => setUserDisabled(a, { userId: t.member.id, disabled: true }),
      uploadDocument: () =>
        uploadDocument(
          a,
          t.vendor.id,
          { bytes: new TextEncoder().encode("# Sub-processors\n\n| Name |\n|---|\n| X |\n"), filename: "x.md" },
          noStore,
        ),
      openDocumentDownload: () => openDocumentDownload(a, t.doc.id),
    };
    for (const [name, call] of Object.entries(calls)) {
      await expectNotFound(call()).catch((e: Error) => {
        throw new Error(`${name}: ${e.message}`);
      });
    }
    // Owner pickers: tenant B's member as owner of tenant A's gap-free vendor service is refused too.
    await expect(
      createService(a, {
        vendorId: ownVendor.id,
        name: "Own",
        systems: [],
        dataTypes: [],
        regions: ["EU"],
        locations: [],
        contractedLegalEntity: null,
        criticality: "low",
        relianceDate: null,
        publicSector: false,
        ownerId: t.member.id,
      }),
    ).rejects.toBeInstanceOf(AppError);
    // Marking another tenant's reminder read is a no-op (the action answers the same either way).
    expect(await markNotificationRead(a, t.message.id)).toBe(0);

    expect(await snapshot(t.b.tenantId)).toBe(before);
  });
});
