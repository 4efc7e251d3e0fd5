import { describe, expect, it } from "vitest";
import { aCertificate, aService, aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkSocReportKindAccepted } from "./soc-report-kind-accepted";

describe("checkSocReportKindAccepted", () => {
  it.each([
    {
      label: "SOC 3 alone, US",
      reports: [aSocReport({ kind: "soc3", type: null })],
      certs: [],
      regions: ["US"],
      expected: ["high:SOC 3 report given where a SOC 2 is required"],
    },
    {
      label: "SOC 1 alone, US",
      reports: [aSocReport({ kind: "soc1" })],
      certs: [],
      regions: ["US"],
      expected: ["high:SOC 1 report given where a SOC 2 is required"],
    },
    {
      label: "SOC 3 next to a SOC 2",
      reports: [aSocReport({ kind: "soc3", type: null, documentId: "soc3" }), aSocReport()],
      certs: [],
      regions: ["US"],
      expected: [],
    },
    {
      label: "SOC 3 alone, EU with an ISO 27001:2022 certificate",
      reports: [aSocReport({ kind: "soc3", type: null })],
      certs: [aCertificate()],
      regions: ["EU"],
      expected: [],
    },
    {
      // EU policy asks for ISO/IEC 27001 (required-evidence-on-file says so): no SOC 2 was wanted.
      label: "SOC 3 alone, EU without ISO",
      reports: [aSocReport({ kind: "soc3", type: null })],
      certs: [],
      regions: ["EU"],
      expected: [],
    },
    {
      label: "SOC 3 alone, EU and US without ISO",
      reports: [aSocReport({ kind: "soc3", type: null })],
      certs: [],
      regions: ["EU", "US"],
      expected: ["high:SOC 3 report given where a SOC 2 is required"],
    },
  ] as const)("$label", ({ reports, certs, regions, expected }) => {
    const gaps = run(checkSocReportKindAccepted, {
      vendor: aVendor({ socReports: [...reports], isoCertificates: [...certs] }),
      service: aService({ regions: [...regions] }),
    });
    expect(summary(gaps)).toEqual(expected);
  });
});
