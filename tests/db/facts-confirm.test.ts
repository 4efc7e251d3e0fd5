import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";
import { factsFromExtractorReadings, readStoredFacts, FactsShapeError } from "@/lib/evidence/facts/model";
import { confirmFacts, saveCuecMapping, setSubserviceReportOnFile } from "@/lib/evidence/facts/mutations";
import { loadScoringInputs } from "@/lib/reviews/scoring-input/loaders";
import { hasDb, makeTenant, makeVendor } from "./support";

// Analyst edits are stored once, in the confirmed facts, and that is where scoring reads them.
describe.skipIf(!hasDb)("confirmed facts hold the analyst's edits", () => {
  async function seed() {
    const actor = await makeTenant("security");
    const vendor = await makeVendor(actor, "Acme Cloud");
    await db.buyerService.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: vendor.id,
        name: "Payroll",
        systems: [],
        dataTypes: ["personal"],
        regions: ["US"],
        locations: [],
        criticality: "high",
      },
    });
    // A row parsed before the fact schema: flat readings, adapted when read.
    const extraction = {
      ok: true,
      doc_kind: "soc2_report",
      facts: {
        service_organization: { value: "Acme Cloud", page: 1, quote: "Acme Cloud", confidence: 0.9 },
        soc2_type: { value: "type_2", page: 1, quote: "Type 2", confidence: 0.9 },
        period_end: { value: "2026-06-30", page: 2, quote: "June 30, 2026", confidence: 0.9 },
        "cuecs.items": { value: ["Customers review user access quarterly."], page: 30, quote: null, confidence: 0.8 },
        subservice_organizations: {
          value: [{ name: "Amazon Web Services", method: "carve-out" }],
          page: 9,
          quote: null,
          confidence: 0.8,
        },
      },
      consistency_flags: [],
      authenticity_flags: [],
      not_in_text_layer: [],
    };
    const doc = await db.document.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: vendor.id,
        kind: "soc2_report",
        filename: "soc2.pdf",
        fileKey: `test/${crypto.randomUUID()}`,
        sha256: "0".repeat(64),
        sizeBytes: 1,
        mimeType: "application/pdf",
        parseStatus: "parsed",
        extraction: extraction as unknown as Prisma.InputJsonValue,
      },
    });
    return { actor, vendor, doc, read: factsFromExtractorReadings(extraction) };
  }

  it("keeps CUEC mappings and subservice answers across re-confirmation, and scores them", async () => {
    const { actor, vendor, doc, read } = await seed();
    await confirmFacts(actor, doc.id, read);
    const confirmed = readStoredFacts(
      (await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { confirmedFacts: true } })).confirmedFacts,
    );
    if (confirmed?.kind !== "soc2_report") throw new Error("not confirmed as a SOC 2 report");
    const cuec = confirmed.fields.cuecs.value![0]!;
    const org = confirmed.fields.subserviceOrgs.value![0]!;
    // The projection rows carry the facts' list item ids.
    expect(await db.cuec.count({ where: { id: cuec.id } })).toBe(1);
    expect(org.value?.reportOnFile).toBe(false);

    await saveCuecMapping(actor, {
      documentId: doc.id,
      cuecId: cuec.id,
      buyerControl: "IAM-04 quarterly access review",
      ownerId: actor.userId,
      evidenceUrl: "https://evidence.example/iam-04",
      dueDate: "2026-12-31",
    });
    await setSubserviceReportOnFile(actor, { documentId: doc.id, orgId: org.id, onFile: true });

    // Re-confirming with a corrected field must not lose the analyst's answers.
    await confirmFacts(actor, doc.id, {
      ...confirmed,
      fields: { ...confirmed.fields, systemName: { ...confirmed.fields.systemName, value: "Acme Payroll" } },
    });
    const after = readStoredFacts(
      (await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { confirmedFacts: true } })).confirmedFacts,
    );
    if (after?.kind !== "soc2_report") throw new Error("not a SOC 2 report");
    expect(after.fields.cuecs.value![0]).toMatchObject({
      id: cuec.id,
      value: { buyerControl: "IAM-04 quarterly access review", ownerId: actor.userId, dueDate: "2026-12-31" },
    });
    expect(after.fields.subserviceOrgs.value![0]?.value?.reportOnFile).toBe(true);
    const row = await db.cuec.findUniqueOrThrow({ where: { id: cuec.id }, select: { buyerControl: true } });
    expect(row.buyerControl).toBe("IAM-04 quarterly access review");

    const [input] = (await loadScoringInputs(actor, vendor.id, "2026-11-23"))!;
    const report = input!.vendor.socReports[0]!;
    expect(report.systemName).toBe("Acme Payroll");
    expect(report.cuecs![0]!.mapping).toMatchObject({
      buyerControl: "IAM-04 quarterly access review",
      evidence: "https://evidence.example/iam-04",
    });
    expect(report.cuecs![0]!.mapping!.owner).toBeTruthy();
    expect(report.subserviceOrgs![0]!.reportOnFile).toBe(true);
  });

  it("confirms two documents stored from one extraction (row ids become primary keys)", async () => {
    const { actor, vendor, read } = await seed();
    const twins = [];
    for (const n of [1, 2]) {
      twins.push(
        await db.document.create({
          data: {
            tenantId: actor.tenantId,
            vendorId: vendor.id,
            kind: "soc2_report",
            filename: `copy-${n}.pdf`,
            fileKey: `test/${crypto.randomUUID()}`,
            sha256: String(n).repeat(64),
            sizeBytes: 1,
            mimeType: "application/pdf",
            parseStatus: "parsed",
            extraction: { ok: true, document: read } as unknown as Prisma.InputJsonValue,
          },
        }),
      );
    }
    for (const twin of twins) await confirmFacts(actor, twin.id);
    const reports = await db.socReport.findMany({
      where: { tenantId: actor.tenantId },
      select: { _count: { select: { cuecs: true } } },
    });
    expect(reports.map((r) => r._count.cuecs)).toEqual([1, 1]);
  });

  it("refuses facts that do not match the schema, naming the field", async () => {
    const { actor, doc, read } = await seed();
    if (read.kind !== "soc2_report") throw new Error("not a SOC 2 report");
    const bad = { ...read, fields: { ...read.fields, periodEnd: { ...read.fields.periodEnd, value: "31/06/2026" } } };
    const err = await confirmFacts(actor, doc.id, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FactsShapeError);
    expect((err as FactsShapeError).issues.map((i) => i.path)).toEqual(["fields.periodEnd.value"]);
    const row = await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { confirmedAt: true } });
    expect(row.confirmedAt).toBeNull();
  });
});
