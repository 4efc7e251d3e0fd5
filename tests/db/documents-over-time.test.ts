import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { loadOrganisationWarning, loadVendorDocuments } from "@/lib/evidence/documents/loaders";
import { createDocumentWithAudit, deleteDocument, supersedeDocument } from "@/lib/evidence/documents/mutations";
import { emptyFacts } from "@/lib/evidence/facts/model";
import { confirmFacts } from "@/lib/evidence/facts/mutations";
import { updateGap } from "@/lib/gaps/mutations";
import { updateGapSchema } from "@/lib/gaps/schema";
import { rescoreVendor } from "@/lib/reviews/rescore/mutations";
import { loadVendorProfile } from "@/lib/vendors/profile/loaders";
import { hasDb, makeTenant } from "./support";

// Issues #13 and #15, "gaps over time": next year's report supersedes last year's on a real database;
// every persisting finding keeps its triage and is marked a repeat, a fixed one closes with the reason,
// and a wrong upload's findings are withdrawn rather than "resolved".

type Exception = { criteria: string[]; control: string; deviation: string };
const LEAVERS: Exception = {
  criteria: ["CC6.2"],
  control: "Access is removed within one day of termination.",
  deviation: "For 1 of 25 leavers sampled, access was removed 9 days after termination.",
};
const CHANGES: Exception = {
  criteria: ["CC8.1"],
  control: "Changes are approved before deployment.",
  deviation: "For 3 of 25 changes sampled, no approval was recorded before deployment.",
};

async function setUp() {
  const actor = await makeTenant("security");
  const vendor = await db.vendor.create({
    data: { tenantId: actor.tenantId, legalName: "Acme Cloud, Inc.", aliases: [], tier: "high" },
  });
  await db.buyerService.create({
    data: {
      tenantId: actor.tenantId,
      vendorId: vendor.id,
      name: "Payroll",
      systems: ["Acme Platform"],
      dataTypes: ["personal", "financial"],
      regions: ["US"],
      locations: [],
      criticality: "high",
    },
  });
  return { actor, vendorId: vendor.id };
}

/** A SOC 2 Type 2 uploaded through the upload's own write, then confirmed as an analyst would. */
async function confirmedSoc2(actor: Actor, vendorId: string, year: number, exceptions: Exception[]) {
  const doc = await createDocumentWithAudit(actor, {
    vendorId,
    filename: `acme-soc2-${year}.pdf`,
    fileKey: `test/${randomUUID()}`,
    sha256: randomUUID().replace(/-/g, ""),
    sizeBytes: 1,
    mimeType: "application/pdf",
    idempotencyKey: null,
  });
  await db.document.update({ where: { id: doc.id }, data: { parseStatus: "parsed", kind: "soc2_report" } });
  const facts = emptyFacts("soc2_report") as unknown as { fields: Record<string, { value: unknown }> };
  const set = (field: string, value: unknown) => (facts.fields[field] = { ...facts.fields[field], value });
  set("serviceOrganization", "Acme Cloud, Inc.");
  set("systemName", "Acme Platform");
  set("type", "type_2");
  set("periodStart", `${year - 1}-10-01`);
  set("periodEnd", `${year}-09-30`);
  set("reportDate", `${year}-10-20`);
  set("auditor", "Example CPA LLP");
  set("opinion", "unqualified");
  set("tscCategories", ["security", "availability", "confidentiality"]);
  set("inScopeServices", ["Payroll"]);
  set(
    "exceptions",
    exceptions.map((value, i) => ({
      id: randomUUID(),
      value: { ...value, managementResponse: null },
      page: 40 + i,
      quote: value.deviation,
      confidence: 1,
      source: "text",
    })),
  );
  set("subserviceOrgs", []);
  set("cuecs", []);
  set("csocs", []);
  await confirmFacts(actor, doc.id, facts);
  return doc;
}

const exceptionGaps = (actor: Actor, vendorId: string) =>
  db.gap.findMany({
    where: { tenantId: actor.tenantId, vendorId, checkId: "control-exception-impact" },
    include: { comments: true },
  });
const aboutDeviation = (deviation: string) => (gap: { detail: string }) => gap.detail.includes(deviation);

describe.skipIf(!hasDb)("documents over time: supersede, repeat, withdraw", () => {
  it("keeps a persisting finding's triage across next year's report, marks it repeat and closes the fixed one", async () => {
    const { actor, vendorId } = await setUp();
    const year1 = await confirmedSoc2(actor, vendorId, 2025, [LEAVERS, CHANGES]);
    await rescoreVendor(actor, vendorId, "2025-11-15");
    const first = await exceptionGaps(actor, vendorId);
    const leavers = first.find(aboutDeviation(LEAVERS.deviation))!;
    const changes = first.find(aboutDeviation(CHANGES.deviation))!;
    expect(leavers && changes).toBeTruthy();

    // Triage as the analyst does: owner, due date, a comment and a time-limited risk acceptance.
    await updateGap(
      actor,
      updateGapSchema.parse({
        gapId: leavers.id,
        version: leavers.version,
        ownerId: actor.userId,
        dueDate: "2026-03-31",
        status: "risk_accepted",
        acceptanceNote: "Quarterly access review compensates for late removals.",
        acceptedUntil: "2027-06-30",
        comment: "Vendor confirmed the leaver's account had no production access.",
      }),
    );
    await updateGap(
      actor,
      updateGapSchema.parse({
        gapId: changes.id,
        version: changes.version,
        ownerId: actor.userId,
        dueDate: "2026-02-28",
        status: "in_progress",
        comment: "Asked for the remediation plan.",
      }),
    );

    // A year later: the leavers exception is found again, the change-approval one is fixed.
    const year2 = await confirmedSoc2(actor, vendorId, 2026, [LEAVERS]);
    await supersedeDocument(actor, year1.id, year2.id, { asOf: "2026-11-15" });

    const after = await exceptionGaps(actor, vendorId);
    const kept = after.find((gap) => gap.id === leavers.id)!;
    expect(kept).toMatchObject({
      status: "risk_accepted",
      ownerId: actor.userId,
      acceptanceNote: "Quarterly access review compensates for late removals.",
      repeat: true,
      closedReason: null,
    });
    expect(kept.dueDate?.toISOString().slice(0, 10)).toBe("2026-03-31");
    expect(kept.acceptedUntil?.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(kept.citation).toMatchObject({ documentId: year2.id });
    expect(kept.comments.map((c) => c.body)).toContain(
      "Vendor confirmed the leaver's account had no production access.",
    );
    // The repeat note names the newer report in words, never its id.
    expect(kept.comments.map((c) => c.body)).toContain(
      "Re-score: repeat finding — raised again from the SOC 2 report for 2025-10-01 → 2026-09-30.",
    );
    expect(kept.comments.map((c) => c.body).join("\n")).not.toContain(year2.id);
    const fixed = after.find((gap) => gap.id === changes.id)!;
    expect(fixed.status).toBe("resolved");
    expect(fixed.closedReason).toMatch(
      /^fixed in the newer document: acme-soc2-2026\.pdf replaced acme-soc2-2025\.pdf/,
    );
    expect(fixed.ownerId).toBe(actor.userId);
    // Closing it is in the gap's history as old → new status, with the reason (not only a comment).
    expect(
      await db.auditEvent.findMany({
        where: { tenantId: actor.tenantId, entityType: "Gap", entityId: fixed.id, action: "gap.rescore" },
        select: { actorId: true, data: true },
      }),
    ).toEqual([
      {
        actorId: actor.userId,
        data: {
          changed: ["status"],
          before: { status: "in_progress" },
          after: { status: "resolved" },
          reason: expect.stringMatching(/^resolved — fixed in the newer document: acme-soc2-2026\.pdf replaced/),
        },
      },
    ]);
    // Nothing else of last year's report is still open: it is no longer scored.
    const open = await db.gap.findMany({
      where: { tenantId: actor.tenantId, vendorId, status: { in: ["open", "in_progress", "risk_accepted"] } },
      select: { citation: true },
    });
    expect(open.filter((gap) => (gap.citation as { documentId?: string } | null)?.documentId === year1.id)).toEqual([]);
    expect(
      await db.auditEvent.count({
        where: { tenantId: actor.tenantId, action: "document.supersede", entityId: year1.id },
      }),
    ).toBe(1);

    // A second re-score changes nothing and does not repeat the "repeat finding" note.
    const notes = kept.comments.length;
    await rescoreVendor(actor, vendorId, "2026-11-16");
    const again = (await exceptionGaps(actor, vendorId)).find((gap) => gap.id === leavers.id)!;
    expect(again).toMatchObject({ status: "risk_accepted", repeat: true });
    expect(again.comments).toHaveLength(notes);
  });

  it("refuses an older or different document as the newer version", async () => {
    const { actor, vendorId } = await setUp();
    const year1 = await confirmedSoc2(actor, vendorId, 2025, []);
    const year2 = await confirmedSoc2(actor, vendorId, 2026, []);
    await expect(supersedeDocument(actor, year2.id, year1.id, { asOf: "2026-11-15" })).rejects.toThrow(/not newer/);
    const viewer = { ...actor, role: "viewer" as const };
    await expect(supersedeDocument(viewer, year1.id, year2.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await makeTenant("security");
    await expect(supersedeDocument(other, year1.id, year2.id)).rejects.toThrow(/not found/);
    const row = await db.document.findUniqueOrThrow({ where: { id: year1.id } });
    expect(row.supersededById).toBeNull();
  });

  it("withdraws a deleted upload's findings with the reason, audited, and restores what it superseded", async () => {
    const { actor, vendorId } = await setUp();
    const year1 = await confirmedSoc2(actor, vendorId, 2025, [CHANGES]);
    const wrong = await confirmedSoc2(actor, vendorId, 2026, [LEAVERS]);
    await supersedeDocument(actor, year1.id, wrong.id, { asOf: "2026-01-15" });
    const before = (await exceptionGaps(actor, vendorId)).find(aboutDeviation(LEAVERS.deviation))!;
    expect(before.status).toBe("open");

    const viewer = { ...actor, role: "viewer" as const };
    await expect(deleteDocument(viewer, wrong.id, "Wrong vendor")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await makeTenant("security");
    await expect(deleteDocument(other, wrong.id, "Wrong vendor")).rejects.toThrow(/not found/);

    const { restored } = await deleteDocument(actor, wrong.id, "Uploaded to the wrong vendor", { asOf: "2026-01-15" });
    expect(restored).toBe(1);
    const gone = await db.gap.findUniqueOrThrow({ where: { id: before.id }, include: { comments: true } });
    expect(gone.status).toBe("withdrawn");
    expect(gone.closedReason).toMatch(/acme-soc2-2026\.pdf\) was deleted: Uploaded to the wrong vendor\. Not fixed/);
    expect(gone.comments.at(-1)?.body).toMatch(/^Re-score: withdrawn — /);
    expect(
      await db.auditEvent.findFirst({
        where: { entityType: "Gap", entityId: gone.id, action: "gap.rescore" },
        orderBy: { createdAt: "desc" },
        select: { data: true },
      }),
    ).toMatchObject({
      data: {
        before: { status: "open" },
        after: { status: "withdrawn" },
        reason: expect.stringMatching(/^withdrawn — /),
      },
    });
    const row = await db.document.findUniqueOrThrow({ where: { id: wrong.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deleteReason).toBe("Uploaded to the wrong vendor");
    expect(await db.socReport.count({ where: { documentId: wrong.id } })).toBe(0);
    expect(
      await db.auditEvent.findFirst({
        where: { tenantId: actor.tenantId, action: "document.delete", entityId: wrong.id },
        select: { data: true },
      }),
    ).toMatchObject({ data: { reason: "Uploaded to the wrong vendor", restored: 1 } });
    // Last year's report is current again: its finding is back in the register.
    const reopened = (await exceptionGaps(actor, vendorId)).find(aboutDeviation(CHANGES.deviation))!;
    expect(reopened.status).toBe("open");
    expect((await db.document.findUniqueOrThrow({ where: { id: year1.id } })).supersededById).toBeNull();
    await expect(deleteDocument(actor, wrong.id, "again")).rejects.toThrow(/not found/);
    // Its facts stay as they were removed: confirming again does not bring it back into lists.
    await expect(confirmFacts(actor, wrong.id)).rejects.toThrow(/not found/);
  });

  it("shows the year-over-year comparison and a replace suggestion on the vendor's documents", async () => {
    const { actor, vendorId } = await setUp();
    const year1 = await confirmedSoc2(actor, vendorId, 2025, [LEAVERS, CHANGES]);
    const year2 = await confirmedSoc2(actor, vendorId, 2026, [LEAVERS]);
    const before = await loadVendorDocuments(actor, vendorId);
    expect(before?.suggestions).toEqual([
      { olderId: year1.id, older: "acme-soc2-2025.pdf", newerId: year2.id, newer: "acme-soc2-2026.pdf" },
    ]);
    await supersedeDocument(actor, year1.id, year2.id, { asOf: "2026-11-15" });
    const after = (await loadVendorDocuments(actor, vendorId))!;
    expect(after.suggestions).toEqual([]);
    const [comparison] = after.comparisons;
    expect(comparison?.kind).toBe("report");
    if (comparison?.kind !== "report") return;
    expect(comparison.diff.exceptions.repeated).toHaveLength(1);
    expect(comparison.diff.exceptions.cleared.map((e) => e.control)).toEqual([CHANGES.control]);
    expect(comparison.diff.period).toEqual({ kind: "continuous" });
    // The vendor page reads the same section inside its own transaction (one read fewer per page).
    expect((await loadVendorProfile(actor, vendorId))?.documents).toEqual(after);
    expect(await loadVendorDocuments(await makeTenant(), vendorId)).toBeNull();
  });

  it("warns at confirm when a document names another organisation than its vendor", async () => {
    const { actor, vendorId } = await setUp();
    const doc = await db.document.create({
      data: {
        tenantId: actor.tenantId,
        vendorId,
        kind: "subprocessor_list",
        filename: "github-subprocessors.html",
        fileKey: `test/${randomUUID()}`,
        sha256: randomUUID().replace(/-/g, ""),
        sizeBytes: 1,
        mimeType: "text/html",
        parseStatus: "parsed",
      },
    });
    const facts = emptyFacts("subprocessor_list") as unknown as { fields: Record<string, { value: unknown }> };
    facts.fields.vendor = { ...facts.fields.vendor, value: "GitHub, Inc." };
    facts.fields.subprocessors = { ...facts.fields.subprocessors, value: [] };
    await confirmFacts(actor, doc.id, facts);
    const stored = await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { confirmedFacts: true } });
    const warning = await loadOrganisationWarning(actor, doc.id, stored.confirmedFacts as never);
    expect(warning).toMatchObject({ organisation: "GitHub, Inc.", vendorName: "Acme Cloud, Inc." });
    const own = { ...(stored.confirmedFacts as object), fields: { ...facts.fields, vendor: { value: "Acme Cloud" } } };
    expect(await loadOrganisationWarning(actor, doc.id, own as never)).toBeNull();
  });

  it("compares a sub-processor list's new version with the previous and raises the new entities", async () => {
    const { actor, vendorId } = await setUp();
    const list = async (updated: string, entries: [string, string][]) => {
      const doc = await db.document.create({
        data: {
          tenantId: actor.tenantId,
          vendorId,
          kind: "subprocessor_list",
          filename: `acme-subprocessors-${updated}.html`,
          fileKey: `test/${randomUUID()}`,
          sha256: randomUUID().replace(/-/g, ""),
          sizeBytes: 1,
          mimeType: "text/html",
          parseStatus: "parsed",
        },
      });
      const facts = emptyFacts("subprocessor_list") as unknown as { fields: Record<string, { value: unknown }> };
      facts.fields.vendor = { ...facts.fields.vendor, value: "Acme Cloud, Inc." };
      facts.fields.lastUpdated = { ...facts.fields.lastUpdated, value: updated };
      facts.fields.subprocessors = {
        ...facts.fields.subprocessors,
        value: entries.map(([name, location]) => ({
          id: randomUUID(),
          value: { name, purpose: "Processing", locations: [location], handlesBuyerData: true },
          page: 1,
          quote: name,
          confidence: 1,
          source: "text",
        })),
      };
      await confirmFacts(actor, doc.id, facts);
      return doc;
    };
    const old = await list("2025-06-01", [
      ["Amazon Web Services, Inc.", "United States"],
      ["Zendesk, Inc.", "United States"],
    ]);
    const next = await list("2026-06-01", [
      ["Amazon Web Services, Inc.", "Germany"],
      ["Snowflake Inc.", "United States"],
    ]);
    await supersedeDocument(actor, old.id, next.id, { asOf: "2026-07-01" });
    const gaps = await db.gap.findMany({
      where: { tenantId: actor.tenantId, vendorId, checkId: "subprocessor-list-changes", status: "open" },
      select: { title: true, citation: true },
    });
    expect(gaps.map((gap) => gap.title).sort()).toEqual([
      "New sub-processors since the previous list: Snowflake Inc.",
      "Sub-processors moved since the previous list: Amazon Web Services, Inc.",
    ]);
    expect(gaps[0]!.citation).toMatchObject({ documentId: next.id });
    const [comparison] = (await loadVendorDocuments(actor, vendorId))!.comparisons;
    expect(comparison?.kind === "list" && comparison.diff.removed.map((e) => e.name)).toEqual(["Zendesk, Inc."]);
    // The vendor page's sub-processor section lists the current version only, not the superseded one's rows.
    const profile = (await loadVendorProfile(actor, vendorId))!;
    expect(profile.vendor.subprocessors.map((s) => [s.name, s.location])).toEqual([
      ["Amazon Web Services, Inc.", "Germany"],
      ["Snowflake Inc.", "United States"],
    ]);
  });
});
