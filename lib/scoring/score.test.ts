import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECK_IDS, TIME_DRIVEN_CHECK_IDS } from "./check-ids";
import { addDays } from "./dates";
import { DEFAULT_CRITERIA_SETS, defaultCriteriaFor } from "./presets";
import { scoreVendor } from "./score";
import { compareGaps } from "./order";
import { arbDate, arbVendor, shuffledVendor } from "./testing/arbitraries";
import { aBridgeLetter, aCertificate, aService, aSocReport, aVendor } from "./testing/builders";
import type { ScoringInput } from "./types";

const input = (overrides: Partial<ScoringInput> = {}): ScoringInput => {
  const service = overrides.service ?? aService({ regions: ["US", "EU"] });
  const vendor = overrides.vendor ?? aVendor();
  return {
    vendor,
    service,
    criteria: defaultCriteriaFor(service.regions, vendor.tier),
    asOf: "2026-03-01",
    ...overrides,
  };
};

describe("scoreVendor", () => {
  it("returns no gaps for a clean, current vendor with everything recorded", () => {
    const vendor = aVendor({
      socReports: [aSocReport({ subserviceOrgs: [] })],
      subprocessorLists: [],
    });
    const register = scoreVendor(input({ vendor, service: aService({ dataTypes: ["public"], regions: ["US"] }) }));
    expect(register.gaps).toEqual([]);
  });

  it("sorts by severity, then check, then subject", () => {
    const vendor = aVendor({ socReports: [aSocReport({ opinion: "adverse", periodEnd: "2025-10-31", cuecs: null })] });
    const gaps = scoreVendor(input({ vendor })).gaps;
    expect(gaps.length).toBeGreaterThan(2);
    expect([...gaps].sort(compareGaps)).toEqual(gaps);
    expect(gaps[0]!.severity).toBe("critical");
  });

  it("sets the due date from the SLA for the gap's severity", () => {
    const vendor = aVendor({ socReports: [aSocReport({ opinion: "qualified" })] });
    const gap = scoreVendor(input({ vendor, service: aService({ regions: ["US"] }) })).gaps.find(
      (item) => item.checkId === "auditor-opinion-unmodified",
    )!;
    expect(gap.dueDate).toBe(addDays("2026-03-01", 30));
  });

  it("keeps a finding's key when next year's report (another document id) raises it again", () => {
    const thisYear = aVendor({ socReports: [aSocReport({ documentId: "upload-2025", opinion: "qualified" })] });
    const nextYear = aVendor({ socReports: [aSocReport({ documentId: "upload-2026", opinion: "qualified" })] });
    const key = (vendor: typeof thisYear) =>
      scoreVendor(input({ vendor })).gaps.find((gap) => gap.checkId === "auditor-opinion-unmodified")!.key;
    expect(key(nextYear)).toBe(key(thisYear));
  });

  it.each([
    { label: "no stated date: the SLA", next: null, due: "2026-03-31" },
    { label: "the vendor's next report, when later than the SLA", next: "2026-06-30", due: "2026-06-30" },
    { label: "a stated date already passed: the SLA", next: "2026-01-31", due: "2026-03-31" },
  ])("dates a stale-report gap by dependencies: $label", ({ next, due }) => {
    const vendor = aVendor({
      socReports: [aSocReport({ periodEnd: "2024-12-31" })],
      bridgeLetters: [aBridgeLetter({ bridgedPeriodEnd: "2024-12-31", nextReportExpected: next })],
    });
    const gap = scoreVendor(input({ vendor })).gaps.find((item) => item.checkId === "soc-report-current")!;
    expect(gap.dueDate).toBe(due);
  });

  it("refuses two documents under one id", () => {
    const report = aSocReport({ documentId: "doc-1" });
    const vendor = aVendor({ socReports: [report], bridgeLetters: [aBridgeLetter({ documentId: "doc-1" })] });
    expect(() => scoreVendor(input({ vendor }))).toThrow(/doc-1 appears twice/);
  });

  it("keeps keys stable when the wording or asOf changes", () => {
    const early = scoreVendor(
      input({ vendor: aVendor({ socReports: [aSocReport({ periodEnd: "2025-01-31" })] }), asOf: "2026-03-01" }),
    );
    const late = scoreVendor(
      input({ vendor: aVendor({ socReports: [aSocReport({ periodEnd: "2025-01-31" })] }), asOf: "2026-06-01" }),
    );
    const stale = (register: typeof early) => register.gaps.find((gap) => gap.checkId === "soc-report-current")!;
    expect(stale(early).key).toBe(stale(late).key);
    expect(stale(early).detail).not.toBe(stale(late).detail);
  });

  it("gives different vendors, services and subjects different keys", () => {
    const a = scoreVendor(input({ vendor: aVendor({ socReports: [] }) })).gaps.map((gap) => gap.key);
    const b = scoreVendor(input({ vendor: aVendor({ vendorId: "other", socReports: [] }) })).gaps.map((gap) => gap.key);
    expect(new Set(a).size).toBe(a.length);
    expect(a.some((key) => b.includes(key))).toBe(false);
  });

  it("skips a check only when every region disables it", () => {
    const vendor = aVendor({ socReports: [aSocReport({ opinion: "qualified" })] });
    const off = (ids: string[]) =>
      defaultCriteriaFor(["US", "EU"], "high").map((set) => ({
        ...set,
        disabledChecks: set.region === "US" || ids.length > 1 ? ["auditor-opinion-unmodified"] : [],
      }));
    const has = (criteria: ScoringInput["criteria"]) =>
      scoreVendor(input({ vendor, criteria })).gaps.some((gap) => gap.checkId === "auditor-opinion-unmodified");
    expect(has(off(["US"]))).toBe(true);
    expect(has(off(["US", "EU"]))).toBe(false);
  });

  it("applies the strictest limit across regions", () => {
    const vendor = aVendor({ socReports: [aSocReport({ periodEnd: "2025-01-31" })] });
    const us = defaultCriteriaFor(["US"], "high")[0]!;
    const lenient = { ...us, id: "lenient", region: "EU" as const, maxReportAgeDays: 900 };
    const gaps = scoreVendor(input({ vendor, criteria: [lenient, us] })).gaps;
    expect(gaps.some((gap) => gap.checkId === "soc-report-current")).toBe(true);
  });

  it("has a default set per region and tier, and every check can run", () => {
    expect(DEFAULT_CRITERIA_SETS).toHaveLength(16);
    expect(JSON.parse(JSON.stringify(DEFAULT_CRITERIA_SETS))).toEqual(DEFAULT_CRITERIA_SETS);
    const vendor = aVendor({
      socReports: [aSocReport({ kind: "soc3", type: null })],
      isoCertificates: [aCertificate({ standardVersion: "2013", expiryDate: "2021-01-01" })],
    });
    expect(scoreVendor(input({ vendor })).gaps.length).toBeGreaterThan(0);
    expect(CHECK_IDS).toHaveLength(31);
  });
});

describe("scoreVendor properties", () => {
  const arbService = fc
    .record({
      regions: fc.subarray(["EU", "UK", "US", "APAC"] as const, { minLength: 1 }),
      dataTypes: fc.subarray(["personal", "health", "financial", "public"] as const),
      criticality: fc.constantFrom("critical" as const, "high" as const, "low" as const),
      relianceDate: fc.option(arbDate, { nil: null }),
    })
    .map((parts) => aService({ ...parts, regions: [...parts.regions], dataTypes: [...parts.dataTypes] }));

  it("same input -> same output", () => {
    fc.assert(
      fc.property(arbVendor, arbService, arbDate, (vendor, service, asOf) => {
        const scoringInput = input({
          vendor,
          service,
          asOf,
          criteria: defaultCriteriaFor(service.regions, vendor.tier),
        });
        const copy = structuredClone(scoringInput);
        expect(scoreVendor(scoringInput)).toEqual(scoreVendor(copy));
        expect(scoringInput).toEqual(copy); // and the input is not mutated
      }),
      { numRuns: 200 },
    );
  });

  it("input order does not change the register", () => {
    fc.assert(
      fc.property(arbVendor, arbService, arbDate, fc.integer(), (vendor, service, asOf, seed) => {
        const criteria = defaultCriteriaFor(service.regions, vendor.tier);
        const a = scoreVendor({ vendor, service, criteria, asOf });
        const b = scoreVendor({
          vendor: shuffledVendor(vendor, seed),
          service,
          criteria: [...criteria].reverse(),
          asOf,
        });
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it("moving asOf later never removes a staleness or expiry gap", () => {
    fc.assert(
      fc.property(arbVendor, arbService, arbDate, fc.integer({ min: 1, max: 1200 }), (vendor, service, asOf, later) => {
        const criteria = defaultCriteriaFor(service.regions, vendor.tier);
        // Findings about time may merge as they worsen (a bridge gap into "the report is stale", an
        // expiring certificate's notes into one currency finding), so persistence is per document.
        const documentOf = (subject: string) => subject.split(":")[0];
        const timeDriven = (date: string) =>
          scoreVendor({ vendor, service, criteria, asOf: date }).gaps.filter((gap) =>
            (TIME_DRIVEN_CHECK_IDS as readonly string[]).includes(gap.checkId),
          );
        const laterGaps = scoreVendor({ vendor, service, criteria, asOf: addDays(asOf, later) }).gaps;
        const after = new Set(
          laterGaps
            .filter((gap) => (TIME_DRIVEN_CHECK_IDS as readonly string[]).includes(gap.checkId))
            .map((gap) => documentOf(gap.subject)),
        );
        const requirementMissing = laterGaps.some((gap) => gap.checkId === "required-evidence-on-file");
        for (const gap of timeDriven(asOf)) expect(after.has(documentOf(gap.subject)) || requirementMissing).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
