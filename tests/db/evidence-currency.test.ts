import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getCriteriaForRegions } from "@/lib/criteria/data";
import { shippedRules } from "@/lib/criteria/defaults";
import { saveCriteriaSet } from "@/lib/criteria/mutations";
import { loadDashboard } from "@/lib/dashboard/data";
import { systemDb as db } from "@/lib/db";
import { loadReminderFacts } from "@/lib/reminders/data";
import { rescoreVendor } from "@/lib/reviews/rescore/mutations";
import { addDays, TIERS, type Tier } from "@/lib/scoring";
import { evidenceState, findVendorPage } from "@/lib/vendors/list/loaders";
import { vendorListQuerySchema } from "@/lib/vendors/schema";
import { backfillEvidenceCurrency } from "../../scripts/backfill-currency";
import { addConfirmedEvidence } from "./evidence-fixture";
import { hasDb, makeTenant, makeVendor } from "./support";

// One rule, four readers: the gap register (scorer), the dashboard, the reminders and the vendor
// list must agree on whether a vendor's evidence is out of date, for every tier and after an admin
// edits the criteria. The report below is 13 months old: current for medium and low vendors
// (456 / 548 days), expired for critical and high ones (365 days).

const TODAY = "2026-06-15";
const THIRTEEN_MONTHS_AGO = addDays(TODAY, -395);

async function vendorWithReport(actor: Actor, tier: Tier) {
  const vendor = await makeVendor(actor, `Vendor ${tier} ${crypto.randomUUID().slice(0, 6)}`);
  await db.vendor.update({ where: { id: vendor.id }, data: { tier } });
  await db.buyerService.create({
    data: {
      tenantId: actor.tenantId,
      vendorId: vendor.id,
      name: "Payroll",
      systems: [],
      dataTypes: [],
      regions: ["US"],
      locations: [],
      criticality: tier,
    },
  });
  const doc = await addConfirmedEvidence(actor, vendor.id, { kind: "soc2_report", periodEnd: THIRTEEN_MONTHS_AGO });
  return { vendor, doc };
}

/** Is the report out of date, according to each reader? */
async function verdicts(actor: Actor, vendorId: string, documentId: string) {
  const gaps = await db.gap.findMany({
    where: { tenantId: actor.tenantId, vendorId, checkId: "soc-report-current", status: "open" },
    select: { id: true },
  });
  const dashboard = await loadDashboard(actor, TODAY);
  const reminders = await loadReminderFacts(actor.tenantId, TODAY);
  const vendor = await db.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { legalName: true } });
  const page = await findVendorPage(actor, vendorListQuerySchema.parse({ q: vendor.legalName }), TODAY);
  const row = page.rows.find((r) => r.id === vendorId)!;
  return {
    register: gaps.length > 0,
    dashboard: dashboard.evidence.expired.items.some((i) => i.documentId === documentId),
    reminders: reminders.evidence.some((e) => e.documentId === documentId && e.bucket === "expired"),
    vendorList: evidenceState(row.evidenceExpires, row.evidenceCount, TODAY) === "expired",
  };
}

const all = (expired: boolean) => ({ register: expired, dashboard: expired, reminders: expired, vendorList: expired });

describe.skipIf(!hasDb)("evidence currency: one rule for the register, dashboard, reminders and vendor list", () => {
  it.each(TIERS.map((tier) => [tier, tier === "critical" || tier === "high"] as const))(
    "a 13-month-old report of a %s-tier vendor: expired everywhere = %s",
    async (tier, expired) => {
      const actor = await makeTenant("security");
      const { vendor, doc } = await vendorWithReport(actor, tier);
      await rescoreVendor(actor, vendor.id, TODAY, getCriteriaForRegions);
      expect(await verdicts(actor, vendor.id, doc.id)).toEqual(all(expired));
    },
  );

  it("is stored on confirm, before any re-score", async () => {
    const actor = await makeTenant("security");
    const { vendor } = await vendorWithReport(actor, "medium");
    const stored = await db.vendor.findUniqueOrThrow({
      where: { id: vendor.id },
      select: { evidenceCoveredUntil: true, evidenceCurrencyAt: true },
    });
    expect(stored.evidenceCoveredUntil?.toISOString().slice(0, 10)).toBe(addDays(THIRTEEN_MONTHS_AGO, 456));
    expect(stored.evidenceCurrencyAt).not.toBeNull();
  });

  it("is filled on start for vendors stored before it was kept", async () => {
    const actor = await makeTenant("security");
    const { vendor, doc } = await vendorWithReport(actor, "high");
    await db.vendor.update({
      where: { id: vendor.id },
      data: { evidenceCoveredUntil: null, evidenceCurrency: [], evidenceCurrencyAt: null },
    });
    expect((await verdicts(actor, vendor.id, doc.id)).dashboard).toBe(false);
    expect(await backfillEvidenceCurrency(actor.tenantId)).toBe(1);
    expect(await backfillEvidenceCurrency(actor.tenantId)).toBe(0);
    const { register: _, ...readers } = await verdicts(actor, vendor.id, doc.id);
    expect(readers).toEqual({ dashboard: true, reminders: true, vendorList: true });
  });

  it("follows the admin's criteria after a region re-score", async () => {
    const admin = await makeTenant("admin");
    const { vendor, doc } = await vendorWithReport(admin, "medium");
    await rescoreVendor(admin, vendor.id, TODAY, getCriteriaForRegions);
    expect(await verdicts(admin, vendor.id, doc.id)).toEqual(all(false));

    // The admin shortens the medium tier's report age in the vendor's region to 12 months…
    await saveCriteriaSet(admin, {
      region: "US",
      tier: "medium",
      expectedVersion: 0,
      ...shippedRules("US", "medium"),
      maxReportAgeDays: 365,
    });
    // …and re-scores the region (what rescoreRegionAction does for every affected vendor).
    await rescoreVendor(admin, vendor.id, TODAY, getCriteriaForRegions);
    expect(await verdicts(admin, vendor.id, doc.id)).toEqual(all(true));
  });
});
