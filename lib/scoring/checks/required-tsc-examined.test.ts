import { describe, expect, it } from "vitest";
import { aService, aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkRequiredTscExamined } from "./required-tsc-examined";

describe("checkRequiredTscExamined", () => {
  it.each([
    { label: "high tier, Security examined", tier: "high", dataTypes: ["personal"], tsc: ["security"], expected: [] },
    {
      label: "critical tier needs Availability",
      tier: "critical",
      dataTypes: ["personal"],
      tsc: ["security"],
      expected: ["high:Availability category not examined"],
    },
    {
      label: "health data needs Confidentiality",
      tier: "high",
      dataTypes: ["health"],
      tsc: ["security"],
      expected: ["medium:Confidentiality category not examined"],
    },
    {
      label: "Security missing",
      tier: "high",
      dataTypes: [],
      tsc: ["availability"],
      expected: ["high:Security category not examined"],
    },
    {
      label: "categories unknown",
      tier: "high",
      dataTypes: [],
      tsc: null,
      expected: ["medium:Could not verify which Trust Services categories were examined"],
    },
  ] as const)("$label", ({ tier, dataTypes, tsc, expected }) => {
    const vendor = aVendor({ tier, socReports: [aSocReport({ tscCategories: tsc ? [...tsc] : null })] });
    expect(
      summary(run(checkRequiredTscExamined, { vendor, service: aService({ dataTypes: [...dataTypes] }) })),
    ).toEqual(expected);
  });

  it("skips a SOC 1, which has no Trust Services categories", () => {
    expect(
      run(checkRequiredTscExamined, {
        vendor: aVendor({ socReports: [aSocReport({ kind: "soc1", tscCategories: null })] }),
      }),
    ).toEqual([]);
  });

  it.each([
    { criticality: "critical", tier: "medium", expected: ["low:Availability category not examined"] },
    { criticality: "critical", tier: "low", expected: ["low:Availability category not examined"] },
    { criticality: "high", tier: "medium", expected: [] },
  ] as const)(
    "a $criticality service of a $tier-tier vendor needs Availability: $expected",
    ({ criticality, tier, expected }) => {
      const vendor = aVendor({ tier, socReports: [aSocReport({ tscCategories: ["security"] })] });
      const service = aService({ criticality, dataTypes: ["public"] });
      expect(summary(run(checkRequiredTscExamined, { vendor, service }))).toEqual(expected);
    },
  );
});
