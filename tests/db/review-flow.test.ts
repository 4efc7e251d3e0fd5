import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { extractDocument } from "@/lib/extraction";
import type { Prisma } from "@/prisma/generated/client";
import { confirmFacts } from "@/lib/evidence/facts/mutations";
import { rescoreVendor } from "@/lib/reviews/rescore/mutations";
import { generateSoc2 } from "../../scripts/synth/generate-soc2";
import { randomSoc2Spec } from "../../scripts/synth/soc2-spec";
import { hasDb, makeTenant, makeVendor } from "./support";

// The whole chain on a real database: synthetic SOC 2 PDF → extraction (separate process) →
// confirmed facts → typed projection → scoring → saved gap register → re-score keeps triage.
describe.skipIf(!hasDb)("review flow: extract → confirm → score → re-score", () => {
  it("produces a register from confirmed facts and carries owners and statuses across re-scores", async () => {
    const actor = await makeTenant("security");
    const spec = randomSoc2Spec(11, { pages: 12, soc2Type: "type_2", opinion: "qualified" });
    const { pdf, expected } = await generateSoc2(spec);
    const vendor = await makeVendor(actor, spec.serviceOrganization);
    await db.vendor.update({ where: { id: vendor.id }, data: { tier: "high" } });
    const service = await db.buyerService.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: vendor.id,
        name: "Payroll",
        systems: [spec.systemName],
        dataTypes: ["personal"],
        regions: ["US"],
        locations: [],
        criticality: "high",
      },
    });
    const extraction = await extractDocument({ bytes: new Uint8Array(pdf), filename: "soc2.pdf" });
    expect(extraction.ok).toBe(true);
    if (!extraction.ok) return;
    const doc = await db.document.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: vendor.id,
        kind: extraction.doc_kind,
        filename: "soc2.pdf",
        fileKey: `test/${crypto.randomUUID()}`,
        sha256: extraction.sha256,
        sizeBytes: pdf.length,
        mimeType: "application/pdf",
        parseStatus: "parsed",
        extraction: extraction as unknown as Prisma.InputJsonValue,
      },
    });

    // Reviewed while the report is current (a stale report's content findings are held behind its age).
    // Nothing is scored before a person confirms the facts.
    const before = await rescoreVendor(actor, vendor.id, "2025-06-01");
    expect(before.services).toBe(1);
    const unconfirmed = await db.gap.findMany({
      where: { tenantId: actor.tenantId, vendorId: vendor.id },
      select: { checkId: true },
    });
    expect(unconfirmed.map((g) => g.checkId)).toContain("required-evidence-on-file");

    const read = extraction.document;
    if (read.kind !== "soc2_report") throw new Error(`read as ${read.kind}`);
    const { changed } = await confirmFacts(actor, doc.id, {
      ...read,
      fields: { ...read.fields, auditor: { ...read.fields.auditor, value: "Corrected Auditors LLP" } },
    });
    expect(changed).toBe(1);
    const report = await db.socReport.findFirstOrThrow({
      where: { tenantId: actor.tenantId, documentId: doc.id },
      select: { auditorName: true, opinion: true, _count: { select: { exceptions: true, cuecs: true } } },
    });
    expect(report.auditorName).toBe("Corrected Auditors LLP");
    expect(report.opinion).toBe("qualified");
    expect(report._count.exceptions).toBe(expected.control_tests?.exceptions.length ?? 0);
    expect(await db.factCorrection.findMany({ where: { documentId: doc.id }, select: { field: true } })).toEqual([
      { field: "auditor" },
    ]);
    const stored = await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { confirmedFacts: true } });
    expect(stored.confirmedFacts).toMatchObject({
      kind: "soc2_report",
      fields: { auditor: { value: "Corrected Auditors LLP", source: "analyst", confidence: 1 } },
    });

    const first = await rescoreVendor(actor, vendor.id, "2025-06-01");
    const gaps = await db.gap.findMany({
      where: { tenantId: actor.tenantId, vendorId: vendor.id, status: "open" },
      select: { id: true, key: true, checkId: true, citation: true },
    });
    const checks = new Set(gaps.map((g) => g.checkId));
    expect(checks.has("auditor-opinion-unmodified")).toBe(true); // the qualified opinion
    expect(checks.has("required-evidence-on-file")).toBe(false); // now on file
    expect(first.resolved).toBeGreaterThanOrEqual(1);
    const cited = gaps.find((g) => g.checkId === "auditor-opinion-unmodified");
    expect(cited?.citation).toMatchObject({ documentId: doc.id });

    // Triage, then re-score: owner and status stay; a "resolved" gap whose cause persists reopens.
    const [a, b] = gaps;
    await db.gap.update({ where: { id: a.id }, data: { ownerId: actor.userId, status: "in_progress" } });
    await db.gap.update({ where: { id: b.id }, data: { status: "resolved", resolvedAt: new Date() } });
    const second = await rescoreVendor(actor, vendor.id, "2025-06-02");
    expect(second.reopened).toBe(1);
    const after = await db.gap.findMany({
      where: { id: { in: [a.id, b.id] } },
      select: { id: true, ownerId: true, status: true },
    });
    expect(after.find((g) => g.id === a.id)).toMatchObject({ ownerId: actor.userId, status: "in_progress" });
    expect(after.find((g) => g.id === b.id)?.status).toBe("open");
    expect(await db.gapComment.count({ where: { gapId: b.id } })).toBe(1);
    expect(service.id).toBeTruthy();
  });

  it("refuses another tenant's vendor", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    const v = await makeVendor(a);
    await expect(rescoreVendor(b, v.id, "2026-11-23")).rejects.toThrow(/not found/);
  });
});
