import { describe, expect, it } from "vitest";
import { aCertificate, aSocReport, aVendor, run } from "../testing/builders";
import { checkDatesImpossible } from "./dates-impossible";

describe("checkDatesImpossible", () => {
  it.each([
    {
      label: "period ends before it starts",
      report: { periodStart: "2025-06-01", periodEnd: "2025-01-31" },
      expected: /ends \(2025-01-31\) before it starts/,
    },
    {
      label: "report dated before its period ends",
      report: { periodEnd: "2025-09-30", reportDate: "2025-09-01" },
      expected: /before its period ends/,
    },
    {
      label: "report dated after asOf",
      report: { periodEnd: "2025-09-30", reportDate: "2026-05-01" },
      expected: /after 2026-03-01/,
    },
    {
      label: "consistent dates",
      report: { periodStart: "2024-10-01", periodEnd: "2025-09-30", reportDate: "2025-11-01" },
      expected: null,
    },
  ])("$label", ({ report, expected }) => {
    const gaps = run(checkDatesImpossible, { vendor: aVendor({ socReports: [aSocReport(report)] }) });
    if (expected === null) expect(gaps).toEqual([]);
    else expect(gaps.map((gap) => gap.detail)).toEqual([expect.stringMatching(expected)]);
  });

  it("flags a certificate issued after it expires", () => {
    const cert = aCertificate({ issueDate: "2025-06-01", expiryDate: "2024-06-01" });
    const gaps = run(checkDatesImpossible, { vendor: aVendor({ isoCertificates: [cert] }) });
    expect(gaps.map((gap) => `${gap.severity}:${gap.title}`)).toEqual(["high:Impossible dates on the certificate"]);
  });
});
