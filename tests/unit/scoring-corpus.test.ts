import { describe, expect, it } from "vitest";
import { defaultCriteriaFor, scoreVendor } from "@/lib/scoring";
import type { BuyerService, Gap, IsoDate, Region, Tier } from "@/lib/scoring";
import { listExpected, loadExpected } from "@/lib/scoring-io/corpus-fixtures";
import { evidenceFromFacts } from "@/lib/evidence/facts/to-evidence";
import { parseScoringInput } from "@/lib/scoring-io/input-schema";

// Golden scenarios: real documents' hand-checked facts, mapped the way extraction output will be.

type Scenario = { docs: string[]; service: Partial<BuyerService> & { regions: Region[] }; tier?: Tier; asOf: IsoDate };

function score({ docs, service, tier = "high", asOf }: Scenario) {
  const { evidence, skipped } = evidenceFromFacts(
    { vendorId: "vendor", vendorName: "Vendor", tier },
    docs.map(loadExpected),
  );
  expect(skipped).toEqual([]);
  const buyer: BuyerService = {
    id: "svc",
    name: "Service",
    systems: [],
    dataTypes: ["personal"],
    locations: [],
    contractedEntity: null,
    criticality: "high",
    relianceDate: null,
    ...service,
  };
  const input = parseScoringInput({
    vendor: evidence,
    service: buyer,
    criteria: defaultCriteriaFor(buyer.regions, tier),
    asOf,
  });
  return scoreVendor(input).gaps;
}

const ids = (gaps: Gap[]) => gaps.map((gap) => `${gap.severity}:${gap.checkId}`);
const count = (gaps: Gap[], checkId: string) => gaps.filter((gap) => gap.checkId === checkId).length;

const GSI = [
  "soc2/gsi-genius-ai-rapidreconciler-2024-04_2025-03_soc2-type2_uhy",
  "bridge-letters/gsi_soc2-bridge-letter_dated-2025-02-19",
];
const gsiService = {
  regions: ["US"] as Region[],
  systems: ["RapidReconciler"],
  dataTypes: ["personal", "financial"] as BuyerService["dataTypes"],
  contractedEntity: "GSI, Inc.",
};

describe("golden: GSI SOC 2 Type 2 with its bridge letter", () => {
  const gaps = score({ docs: GSI, service: gsiService, asOf: "2026-03-01" });

  it("raises both exceptions as high: they hit logical access and transmission for personal data", () => {
    const exceptions = gaps.filter((gap) => gap.checkId === "control-exception-impact");
    expect(exceptions.map((gap) => gap.severity)).toEqual(["high", "high"]);
    expect(exceptions.map((gap) => gap.title).sort()).toEqual([
      "Control exception on CC6.2, CC6.3",
      "Control exception on CC6.6, CC6.7",
    ]);
  });

  it("flags the impossible bridge letter, and gives it no cover", () => {
    expect(ids(gaps)).toContain("high:bridge-dated-after-period");
    expect(ids(gaps)).toContain("medium:bridge-covers-gap");
    expect(gaps.find((gap) => gap.checkId === "bridge-covers-gap")!.detail).toMatch(/cannot be relied on/);
  });

  it("asks for Azure's own report (carve-out)", () => {
    expect(gaps.find((gap) => gap.checkId === "carved-out-subservice-report-on-file")!.title).toBe(
      "No report on file for carved-out Microsoft Azure",
    );
  });

  it("does not mistake exceptions for a modified opinion, nor flag what is in order", () => {
    for (const clean of [
      "auditor-opinion-unmodified",
      "soc2-type-2-on-file",
      "required-evidence-on-file",
      "soc-report-current",
      "service-in-scope",
      "legal-entity-matches",
      "type-2-period-long-enough",
    ]) {
      expect(count(gaps, clean)).toBe(0);
    }
  });

  it("becomes stale once the period end is more than 365 days back", () => {
    expect(ids(score({ docs: GSI, service: gsiService, asOf: "2026-04-01" }))).toContain("high:soc-report-current");
  });

  it("flags a contract with a different entity and a service outside the scope", () => {
    const other = score({
      docs: GSI,
      service: { ...gsiService, systems: ["Payroll Cloud"], contractedEntity: "Global Systems Integration Ltd" },
      asOf: "2026-03-01",
    });
    expect(ids(other)).toEqual(expect.arrayContaining(["high:service-in-scope", "high:legal-entity-matches"]));
  });
});

describe("golden: HackerBay ISO/IEC 27001:2013 certificate (two versions) and its 27017 look-alike", () => {
  const docs = [
    "iso27001/suspect_hackerbay_iso27001-2013_cert-1203812-2_v1-schellman-branded",
    "iso27001/suspect_hackerbay_iso27001-2013_cert-1203812-2_v2-ses-branded",
    "iso27001/suspect_hackerbay_iso27017-2015_v2-ses-branded_NOT-27001",
  ];
  const gaps = score({
    docs,
    service: { regions: ["EU"], systems: ["Fyipe"], contractedEntity: "HackerBay, Inc." },
    asOf: "2026-03-01",
  });

  it("treats the 2013 certificate as invalid after the transition, and expired", () => {
    expect(count(gaps, "iso-version-current")).toBe(2);
    expect(gaps.filter((gap) => gap.checkId === "iso-version-current").every((gap) => gap.severity === "high")).toBe(
      true,
    );
    expect(count(gaps, "certificate-in-date")).toBe(2);
  });

  it("does not let the 27017 certificate or the 2013 one satisfy the EU requirement", () => {
    expect(ids(gaps)).toContain("high:required-evidence-on-file");
    expect(gaps.find((gap) => gap.checkId === "certificate-is-27001")!.title).toBe(
      "ISO/IEC 27017 certificate is not an ISO/IEC 27001 certificate",
    );
  });

  it("surfaces the authenticity flags", () => {
    expect(count(gaps, "extraction-flags")).toBeGreaterThanOrEqual(5);
    expect(
      gaps.filter((gap) => gap.checkId === "extraction-flags").some((gap) => /Slack Technologies/.test(gap.detail)),
    ).toBe(true);
  });

  it("still read the 2013 certificate as valid before the cut-off (only a transition warning)", () => {
    const before = score({
      docs: docs.slice(0, 1),
      service: { regions: ["EU"], systems: ["Fyipe"] },
      asOf: "2020-06-01",
    });
    expect(ids(before)).toContain("low:iso-version-current");
    expect(count(before, "certificate-in-date")).toBe(0);
  });
});

describe("golden: Leonardo claims page", () => {
  it("is not a certificate and leaves the EU requirement unmet", () => {
    const gaps = score({
      docs: ["iso27001/leonardo_certifications-page_iso-claims_NOT-a-certificate"],
      service: { regions: ["EU"] },
      asOf: "2026-03-01",
    });
    expect(ids(gaps)).toEqual(expect.arrayContaining(["high:certificate-is-27001", "high:required-evidence-on-file"]));
    expect(count(gaps, "certificate-in-date")).toBe(0);
  });
});

describe("golden: Neon SOC 3 offered to a US buyer", () => {
  it("asks for the SOC 2 and reports the age", () => {
    const gaps = score({
      docs: ["soc3/neon-2023-12_2024-11_soc3_mjd-advisors"],
      service: { regions: ["US"], systems: ["Neon Platform"] },
      asOf: "2026-03-01",
    });
    expect(ids(gaps)).toEqual(
      expect.arrayContaining([
        "high:soc-report-kind-accepted",
        "high:required-evidence-on-file",
        "high:soc-report-current",
      ]),
    );
    expect(count(gaps, "control-exception-impact")).toBe(0);
    expect(count(gaps, "service-in-scope")).toBe(0);
  });
});

describe("golden: HackerBay SOC 2 against the OneUptime sub-processor list", () => {
  const gaps = score({
    docs: ["soc2/suspect_hackerbay-fyipe-2018-10_2019-09_soc2-type2_ses", "subprocessors/oneuptime_subprocessors"],
    service: { regions: ["US"], systems: ["Fyipe"], contractedEntity: "OneUptime Limited" },
    asOf: "2026-03-01",
  });

  it("matches AWS across name forms and lists the providers the report omits", () => {
    const subjects = gaps
      .filter((gap) => gap.checkId === "subprocessors-reconcile")
      .map((gap) => gap.subject)
      .sort();
    expect(subjects).toEqual(["subprocessor:google", "subprocessor:microsoftazure"]);
  });

  it("reports the 13 CUECs extraction counted but did not itemise, the entity mismatch and the age", () => {
    expect(gaps.find((gap) => gap.subject.endsWith(":unlisted"))!.title).toBe("13 CUECs not itemised");
    expect(ids(gaps)).toEqual(
      expect.arrayContaining(["high:legal-entity-matches", "high:soc-report-current", "high:extraction-flags"]),
    );
  });
});

describe("golden: ISO/IEC 27001:2022 certificates", () => {
  const axisphere = ["iso27001/axisphere-mediaworx_iso27001-2022_qro-certification"];
  const service = {
    regions: ["UK"] as Region[],
    systems: ["performance marketing"],
    contractedEntity: "Axisphere Mediaworx LLP",
  };

  it("accepts EGAC accreditation and the spacing variant of the holder, but not an India-only site for a UK region", () => {
    const gaps = score({ docs: axisphere, service, asOf: "2026-03-01" });
    expect(ids(gaps)).toEqual(["medium:locations-covered", "low:subprocessors-reconcile"]);
  });

  it("reports surveillance overdue when no audit is recorded 15 months on", () => {
    expect(ids(score({ docs: axisphere, service, asOf: "2027-02-01" }))).toContain("medium:surveillance-current");
  });

  it("warns on the MC Sistem certificate's printed one-year expiry", () => {
    const gaps = score({
      docs: ["iso27001/mc-sistem_iso27001-2022_cac-ias_EN_image-only"],
      service: { regions: ["EU"], systems: ["logistics support"] },
      asOf: "2026-05-01",
    });
    expect(ids(gaps)).toEqual(expect.arrayContaining(["low:certificate-in-date", "medium:extraction-flags"]));
  });
});

describe("every corpus document maps to valid scoring input", () => {
  it.each(listExpected())("%s", (file) => {
    const gaps = score({ docs: [file], service: { regions: ["EU", "US"] }, asOf: "2026-03-01" });
    expect(Array.isArray(gaps)).toBe(true);
  });
});
