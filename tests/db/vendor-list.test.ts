import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { findVendorPage, PAGE_SIZE } from "@/lib/vendors/list/loaders";
import { vendorListQuerySchema } from "@/lib/vendors/schema";
import { addConfirmedEvidence } from "./evidence-fixture";
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
    // A certificate with no standard named still dates the vendor's evidence.
    await addConfirmedEvidence(a, vendors[12].id, { kind: "iso_certificate", expiry: "2026-12-01", standard: "" });

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
    // Tier sorts by rank (critical first), not alphabetically.
    await db.vendor.update({ where: { id: vendors[15].id }, data: { tier: "critical" } });
    await db.vendor.update({ where: { id: vendors[16].id }, data: { tier: "low" } });
    const byTier = (await findVendorPage(a, q({ sort: "tier" }), "2026-11-23")).rows.map((r) => r.legalName);
    expect([byTier[0], byTier.includes("V016")]).toEqual(["V015", false]);

    const byEvidence = await findVendorPage(a, q({ sort: "evidence" }), "2026-11-23");
    expect(byEvidence.rows[0].legalName).toBe("V012");

    // A superseded certificate (same standard, renewed) does not make the vendor look expired.
    const renewed = vendors[20];
    for (const [i, expiry] of [
      ["old", "2025-01-31"],
      ["new", "2028-01-31"],
    ] as const) {
      await addConfirmedEvidence(a, renewed.id, { kind: "iso_certificate", expiry, filename: `${i}.pdf` });
    }
    const row = (await findVendorPage(a, q({ q: "V020" }), "2026-11-23")).rows[0];
    expect(row.evidenceExpires?.toISOString().slice(0, 10)).toBe("2028-01-31");
    expect(row.evidenceCount).toBe(1);
  });
});
