import { describe, expect, it } from "vitest";
import { checkRequiredEvidenceOnFile } from "./checks/required-evidence-on-file";
import { combineEvidence } from "./evidence-demand";
import { defaultCriteriaFor } from "./presets";
import { aCertificate, aService, aSocReport, aVendor, run } from "./testing/builders";
import type { DataType, Region, Tier } from "./types";

// The seeds' decision framework as defaults: North America SOC 2 Type 2; elsewhere ISO/IEC
// 27001:2022; heavy personal or payment data both; a public-sector buyer ISO everywhere.
describe("evidence demanded by region, tier, data types and sector", () => {
  it("combines demands by taking the stricter", () => {
    expect(combineEvidence("soc2_type2", "iso27001")).toBe("soc2_type2_and_iso27001");
    expect(combineEvidence("soc2_type2_or_iso27001", "soc2_type2")).toBe("soc2_type2");
    expect(combineEvidence("soc2_type2_or_iso27001", "iso27001")).toBe("iso27001");
    expect(combineEvidence("soc2_type2_or_iso27001", "soc2_type2_or_iso27001")).toBe("soc2_type2_or_iso27001");
    expect(combineEvidence("iso27001", "soc2_type2_and_iso27001")).toBe("soc2_type2_and_iso27001");
  });

  const soc2 = [aSocReport()];
  const iso = [aCertificate()];
  it.each([
    { label: "US, SOC 2 only", regions: ["US"], data: ["personal"], soc: soc2, certs: [], missing: [] },
    { label: "US, ISO only", regions: ["US"], data: ["personal"], soc: [], certs: iso, missing: ["US"] },
    { label: "EU, ISO only", regions: ["EU"], data: ["personal"], soc: [], certs: iso, missing: [] },
    { label: "EU, SOC 2 only", regions: ["EU"], data: ["personal"], soc: soc2, certs: [], missing: ["EU"] },
    { label: "US + EU, SOC 2 only", regions: ["US", "EU"], data: ["personal"], soc: soc2, certs: [], missing: ["EU"] },
    { label: "US + EU, both", regions: ["US", "EU"], data: ["personal"], soc: soc2, certs: iso, missing: [] },
    {
      label: "US, payment cards, SOC 2 only",
      regions: ["US"],
      data: ["payment_card"],
      soc: soc2,
      certs: [],
      missing: ["US"],
    },
    { label: "US, health data, both", regions: ["US"], data: ["health"], soc: soc2, certs: iso, missing: [] },
    {
      label: "EU, sensitive personal, ISO only",
      regions: ["EU"],
      data: ["sensitive_personal"],
      soc: [],
      certs: iso,
      missing: ["EU"],
    },
    {
      label: "US, financial data, SOC 2 only",
      regions: ["US"],
      data: ["financial"],
      soc: soc2,
      certs: [],
      missing: [],
    },
    {
      label: "US, public sector, SOC 2 only",
      regions: ["US"],
      data: ["personal"],
      soc: soc2,
      certs: [],
      publicSector: true,
      missing: ["US"],
    },
    {
      label: "US low tier, ISO only",
      regions: ["US"],
      data: ["personal"],
      soc: [],
      certs: iso,
      tier: "low",
      missing: [],
    },
  ] as {
    label: string;
    regions: Region[];
    data: DataType[];
    soc: typeof soc2;
    certs: typeof iso;
    tier?: Tier;
    publicSector?: boolean;
    missing: string[];
  }[])("$label", ({ regions, data, soc, certs, tier = "high", publicSector, missing }) => {
    const gaps = run(checkRequiredEvidenceOnFile, {
      vendor: aVendor({ tier, socReports: soc, isoCertificates: certs }),
      service: aService({ regions, dataTypes: data, ...(publicSector ? { publicSector } : {}) }),
    });
    expect(gaps.map((gap) => gap.subject)).toEqual(missing.map((region) => `region:${region}`));
  });

  it("says why more is asked than the region's rule", () => {
    const [gap] = run(checkRequiredEvidenceOnFile, {
      vendor: aVendor({ socReports: [aSocReport()] }),
      service: aService({ dataTypes: ["payment_card", "personal"] }),
    });
    expect(gap?.detail).toMatch(
      /both a SOC 2 Type 2 report and an ISO\/IEC 27001 certificate.*because the service handles payment card data/,
    );
  });

  it("follows an admin's edit: a set without data-type demands asks only its region's rule", () => {
    const criteria = defaultCriteriaFor(["US"], "high").map((set) => ({ ...set, requiredEvidenceByDataType: {} }));
    const gaps = run(checkRequiredEvidenceOnFile, {
      vendor: aVendor({ socReports: [aSocReport()] }),
      service: aService({ dataTypes: ["payment_card"] }),
      criteria,
    });
    expect(gaps).toEqual([]);
  });
});
