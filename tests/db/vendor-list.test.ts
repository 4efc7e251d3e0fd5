import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { findVendorPage, PAGE_SIZE } from "@/lib/vendors/list/loaders";
import { vendorListQuerySchema } from "@/lib/vendors/schema";
import { hasDb, makeTenant, makeVendor } from "./support";

describe.skipIf(!hasDb)("vendor list query", () => {
  it("sorts by open gaps, filters critical and expiring evidence, and pages", async () => {
    const a = await makeTenant();
    const names = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => `V${String(i).padStart(3, "0")}`);
    const vendors = [];
    for (const n of names) vendors.push(await makeVendor(a, n));
    const gap = (
      vendorId: string,
      severity: "critical" | "high" | "low",
      key: string,
      status: "open" | "resolved" = "open",
    ) =>
      db.gap.create({
        data: {
          tenantId: a.tenantId,
          vendorId,
          key,
          checkId: "c",
          subject: key,
          severity,
          title: key,
          detail: "d",
          ownerRole: "analyst",
          status,
        },
      });
    await gap(vendors[7].id, "critical", "k1");
    await gap(vendors[3].id, "high", "k2");
    await gap(vendors[3].id, "high", "k3");
    await gap(vendors[9].id, "critical", "k4", "resolved"); // closed gaps do not count
    const doc = await db.document.create({
      data: {
        tenantId: a.tenantId,
        vendorId: vendors[12].id,
        filename: "c.pdf",
        fileKey: `t/${vendors[12].id}`,
        sha256: "x",
        sizeBytes: 1,
        mimeType: "application/pdf",
      },
    });
    await db.isoCertificate.create({
      data: { tenantId: a.tenantId, documentId: doc.id, expiryDate: new Date("2026-12-01T00:00:00Z") },
    });

    const q = (raw: Record<string, string>) => vendorListQuerySchema.parse(raw);
    const byGaps = await findVendorPage(a, q({ sort: "gaps", dir: "desc" }), "2026-11-23");
    expect(byGaps.total).toBe(names.length);
    expect(byGaps.rows.slice(0, 2).map((r) => r.legalName)).toEqual(["V007", "V003"]);
    expect(byGaps.rows[1]).toMatchObject({ high: 2, critical: 0 });
    expect(byGaps.rows).toHaveLength(PAGE_SIZE);
    expect(
      byGaps.rows
        .find((r) => r.legalName === "V012")
        ?.evidenceExpires?.toISOString()
        .slice(0, 10),
    ).toBe("2026-12-01");

    const page2 = await findVendorPage(a, q({ page: "2" }), "2026-11-23");
    expect(page2.rows.map((r) => r.legalName)).toEqual(names.slice(PAGE_SIZE));

    expect((await findVendorPage(a, q({ critical: "1" }), "2026-11-23")).rows.map((r) => r.legalName)).toEqual([
      "V007",
    ]);
    expect((await findVendorPage(a, q({ expiring: "1" }), "2026-11-23")).rows.map((r) => r.legalName)).toEqual([
      "V012",
    ]);
    expect((await findVendorPage(a, q({ expiring: "1" }), "2026-10-01")).rows).toEqual([]);
    const byEvidence = await findVendorPage(a, q({ sort: "evidence" }), "2026-11-23");
    expect(byEvidence.rows[0].legalName).toBe("V012");

    // A superseded certificate (same standard, renewed) does not make the vendor look expired.
    const renewed = vendors[20];
    for (const [i, expiry] of [
      ["old", "2025-01-31"],
      ["new", "2028-01-31"],
    ] as const) {
      const d = await db.document.create({
        data: {
          tenantId: a.tenantId,
          vendorId: renewed.id,
          filename: `${i}.pdf`,
          fileKey: `t/${renewed.id}/${i}`,
          sha256: "x",
          sizeBytes: 1,
          mimeType: "application/pdf",
        },
      });
      await db.isoCertificate.create({
        data: {
          tenantId: a.tenantId,
          documentId: d.id,
          standard: "ISO/IEC 27001",
          expiryDate: new Date(`${expiry}T00:00:00Z`),
        },
      });
    }
    const row = (await findVendorPage(a, q({ q: "V020" }), "2026-11-23")).rows[0];
    expect(row.evidenceExpires?.toISOString().slice(0, 10)).toBe("2028-01-31");
    expect(row.evidenceCount).toBe(1);
  });
});
