import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import {
  getCriteriaFor,
  getCriteriaForRegions,
  getCriteriaSet,
  getCriteriaSets,
  listAffectedVendorIds,
} from "@/lib/criteria/data";
import { shippedRules } from "@/lib/criteria/defaults";
import { resetCriteriaSet, saveCriteriaSet, STALE_SET_MESSAGE } from "@/lib/criteria/mutations";
import { saveCriteriaSetSchema, type SaveCriteriaSetInput } from "@/lib/criteria/schema";
import { DEFAULT_CRITERIA_SETS } from "@/lib/scoring";
import type { Region } from "@/lib/scoring";
import { criteriaSetSchema } from "@/lib/scoring-io/input-schema";
import type { CriteriaTier } from "@/lib/criteria/schema";
import { hasDb, makeTenant, makeVendor } from "./support";

function input(
  region: Region,
  tier: CriteriaTier,
  expectedVersion: number,
  overrides: Partial<SaveCriteriaSetInput> = {},
): SaveCriteriaSetInput {
  return { region, tier, expectedVersion, ...shippedRules(region, tier), ...overrides };
}

describe.skipIf(!hasDb)("criteria sets", () => {
  it("lists the shipped defaults for a tenant that saved nothing, without writing rows", async () => {
    const admin = await makeTenant("admin");
    const sets = await getCriteriaSets(admin);
    expect(sets).toHaveLength(4 * 5);
    expect(sets.every((set) => set.source === "default" && set.version === 0)).toBe(true);
    const usHigh = sets.find((set) => set.region === "US" && set.tier === "high")!;
    const preset = DEFAULT_CRITERIA_SETS.find((set) => set.id === "us-high")!;
    expect(usHigh.rules.maxReportAgeDays).toBe(preset.maxReportAgeDays);
    expect(usHigh.rules.requiredEvidence).toBe("soc2_type2");
    expect(await db.criteriaSet.count({ where: { tenantId: admin.tenantId } })).toBe(0);
  });

  it("returns exactly the shipped preset when nothing is saved, and a set the scorer's schema accepts", async () => {
    const admin = await makeTenant("admin");
    const effective = await getCriteriaFor(admin, "EU", "critical");
    expect(effective).toEqual(DEFAULT_CRITERIA_SETS.find((set) => set.id === "eu-critical"));
    expect(criteriaSetSchema.safeParse(effective).success).toBe(true);
  });

  it("picks the tier's own set, then the region-wide set, then the shipped default", async () => {
    const admin = await makeTenant("admin");
    await saveCriteriaSet(admin, input("EU", "any", 0, { maxReportAgeDays: 300 }));
    await saveCriteriaSet(admin, input("EU", "high", 0, { maxReportAgeDays: 200 }));

    expect((await getCriteriaFor(admin, "EU", "high")).maxReportAgeDays).toBe(200);
    expect((await getCriteriaFor(admin, "EU", "low")).maxReportAgeDays).toBe(300);
    expect((await getCriteriaFor(admin, "UK", "low")).maxReportAgeDays).toBe(
      shippedRules("UK", "low").maxReportAgeDays,
    );
    const eu = await getCriteriaFor(admin, "EU", "low");
    expect(eu).toMatchObject({ id: "eu-low", region: "EU", tier: "low" });

    const both = await getCriteriaForRegions(admin, ["EU", "UK"], "high");
    expect(both.map((set) => [set.id, set.maxReportAgeDays])).toEqual([
      ["eu-high", 200],
      ["uk-high", 365],
    ]);

    const summary = await getCriteriaSets(admin);
    const source = (tier: CriteriaTier) =>
      summary.find((set) => set.region === "EU" && set.tier === tier)?.effectiveSource;
    expect([source("high"), source("low")]).toEqual(["tier", "region"]);
    expect(summary.find((set) => set.region === "UK" && set.tier === "low")?.effectiveSource).toBe("default");

    // Resetting the tier's set makes it fall back to the region-wide set again.
    await resetCriteriaSet(admin, { region: "EU", tier: "high", expectedVersion: 1 });
    expect((await getCriteriaFor(admin, "EU", "high")).maxReportAgeDays).toBe(300);
    const reset = await getCriteriaSet(admin, "EU", "high");
    expect(reset).toMatchObject({ source: "default", version: 2 });
  });

  it("creates version 1, bumps the version on each save, and refuses a stale save", async () => {
    const admin = await makeTenant("admin");
    expect(await saveCriteriaSet(admin, input("EU", "critical", 0, { maxReportAgeDays: 270 }))).toEqual({ version: 1 });
    expect(await saveCriteriaSet(admin, input("EU", "critical", 1, { maxReportAgeDays: 240 }))).toEqual({ version: 2 });

    // A second admin's form still carries version 1.
    await expect(saveCriteriaSet(admin, input("EU", "critical", 1, { maxReportAgeDays: 400 }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: STALE_SET_MESSAGE,
    });
    // Someone who loaded the default before the first save is stale too.
    await expect(saveCriteriaSet(admin, input("EU", "critical", 0))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(resetCriteriaSet(admin, { region: "EU", tier: "critical", expectedVersion: 1 })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );

    const saved = await getCriteriaSet(admin, "EU", "critical");
    expect(saved).toMatchObject({ version: 2, source: "custom", updatedByName: admin.name });
    expect(saved.rules.maxReportAgeDays).toBe(240);
  });

  it("lets only one of two concurrent first saves win", async () => {
    const admin = await makeTenant("admin");
    const results = await Promise.allSettled([
      saveCriteriaSet(admin, input("US", "low", 0, { maxReportAgeDays: 100 })),
      saveCriteriaSet(admin, input("US", "low", 0, { maxReportAgeDays: 200 })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
  });

  it("records every save and reset in the audit trail with the changed rules", async () => {
    const admin = await makeTenant("admin");
    await saveCriteriaSet(admin, input("EU", "medium", 0, { maxReportAgeDays: 300, disabledChecks: ["cuec-mapped"] }));
    await resetCriteriaSet(admin, { region: "EU", tier: "medium", expectedVersion: 1 });
    const events = await db.auditEvent.findMany({
      where: { tenantId: admin.tenantId, entityType: "CriteriaSet" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["criteria.save", "criteria.reset"]);
    expect(events[0]!.data).toMatchObject({
      region: "EU",
      tier: "medium",
      version: 1,
      changes: { maxReportAgeDays: { from: 456, to: 300 }, disabledChecks: { from: [], to: ["cuec-mapped"] } },
    });
    // jsonb does not keep key order; only the two changed rules are recorded.
    expect(Object.keys((events[0]!.data as { changes: object }).changes).sort()).toEqual([
      "disabledChecks",
      "maxReportAgeDays",
    ]);
  });

  it("refuses bad values with a message per field", async () => {
    const admin = await makeTenant("admin");
    const bad = saveCriteriaSetSchema.safeParse(
      input("EU", "high", 0, {
        maxReportAgeDays: -5,
        slaDays: { critical: 7, high: 30, medium: "", low: 90 },
        acceptedIsoVersions: [],
        disabledChecks: ["no-such-check"] as unknown as SaveCriteriaSetInput["disabledChecks"],
      }),
    );
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["maxReportAgeDays", "slaDays.medium", "acceptedIsoVersions", "disabledChecks.0"]),
    );
    expect(bad.error!.issues.find((i) => i.path[0] === "maxReportAgeDays")?.message).toBe(
      "Maximum report age: must be at least 1 day",
    );
    expect(bad.error!.issues.find((i) => i.path.join(".") === "slaDays.medium")?.message).toBe(
      "Medium gap SLA: enter a number of days",
    );

    await expect(saveCriteriaSet(admin, input("EU", "high", 0, { bridgeRequiredAfterDays: -1 }))).rejects.toMatchObject(
      { code: "INVALID_INPUT", message: "Bridge letter needed after: cannot be negative" },
    );
    await expect(saveCriteriaSet(admin, { ...input("EU", "high", 0), region: "MARS" as Region })).rejects.toMatchObject(
      { code: "INVALID_INPUT", message: "Unknown region" },
    );
    await expect(
      saveCriteriaSet(admin, { ...input("EU", "high", 0), tier: "gold" as CriteriaTier }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Unknown tier" });
    await expect(saveCriteriaSet(admin, input("EU", "high", 0, { maxReportAgeDays: 1.5 }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      saveCriteriaSet(admin, input("EU", "high", 0, { iso2013InvalidFrom: "2025-02-30" })),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.criteriaSet.count({ where: { tenantId: admin.tenantId } })).toBe(0);
  });

  it("accepts form strings for numbers", async () => {
    const parsed = saveCriteriaSetSchema.parse({
      ...input("UK", "low", "3" as unknown as number),
      maxReportAgeDays: "400",
    });
    expect(parsed.maxReportAgeDays).toBe(400);
    expect(parsed.expectedVersion).toBe(3);
  });

  it("refuses non-admins", async () => {
    const analyst = await makeTenant("analyst");
    await expect(saveCriteriaSet(analyst, input("EU", "high", 0))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resetCriteriaSet(analyst, { region: "EU", tier: "high", expectedVersion: 0 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("keeps each tenant's sets to itself", async () => {
    const a = await makeTenant("admin");
    const b = await makeTenant("admin");
    await saveCriteriaSet(a, input("EU", "high", 0, { maxReportAgeDays: 111 }));
    // B sees the default and its own version counter, not A's row.
    expect(await getCriteriaSet(b, "EU", "high")).toMatchObject({ source: "default", version: 0 });
    expect((await getCriteriaFor(b, "EU", "high")).maxReportAgeDays).toBe(365);
    // B carrying A's version number cannot touch A's row: for B that set does not exist yet.
    await expect(saveCriteriaSet(b, input("EU", "high", 1, { maxReportAgeDays: 999 }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await saveCriteriaSet(b, input("EU", "high", 0, { maxReportAgeDays: 222 }));
    expect((await getCriteriaFor(a, "EU", "high")).maxReportAgeDays).toBe(111);
    expect((await getCriteriaFor(b, "EU", "high")).maxReportAgeDays).toBe(222);
  });

  it("lists the vendors with a service in the region, of this tenant only", async () => {
    const a = await makeTenant("admin");
    const b = await makeTenant("admin");
    const euHigh = await makeVendor(a);
    await db.vendor.update({ where: { id: euHigh.id }, data: { tier: "high" } });
    const euLow = await makeVendor(a);
    await db.vendor.update({ where: { id: euLow.id }, data: { tier: "low" } });
    const usOnly = await makeVendor(a);
    const otherTenant = await makeVendor(b);
    await db.buyerService.create({
      data: { tenantId: a.tenantId, vendorId: euHigh.id, name: "Payroll", regions: ["EU", "UK"] },
    });
    await db.buyerService.create({ data: { tenantId: a.tenantId, vendorId: euLow.id, name: "Chat", regions: ["EU"] } });
    await db.buyerService.create({ data: { tenantId: a.tenantId, vendorId: usOnly.id, name: "CRM", regions: ["US"] } });
    await db.buyerService.create({
      data: { tenantId: b.tenantId, vendorId: otherTenant.id, name: "CRM", regions: ["EU"] },
    });

    expect(await listAffectedVendorIds(a, "EU")).toEqual([euHigh.id, euLow.id].sort());
    expect(await listAffectedVendorIds(a, "EU", "high")).toEqual([euHigh.id]);
    expect(await listAffectedVendorIds(a, "APAC")).toEqual([]);
    expect(await listAffectedVendorIds(b, "EU")).toEqual([otherTenant.id]);
  });
});
