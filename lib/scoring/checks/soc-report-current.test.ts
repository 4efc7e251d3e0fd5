import { describe, expect, it } from "vitest";
import { aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkSocReportCurrent } from "./soc-report-current";

describe("checkSocReportCurrent (high tier: 365 days)", () => {
  it.each([
    { label: "ended 365 days before", periodEnd: "2025-03-01", asOf: "2026-03-01", expected: [] },
    {
      label: "ended 366 days before",
      periodEnd: "2025-02-28",
      asOf: "2026-03-01",
      expected: ["high:SOC report older than policy allows"],
    },
    { label: "leap day inside the window", periodEnd: "2027-03-01", asOf: "2028-02-29", expected: [] },
    {
      label: "period end unknown",
      periodEnd: null,
      asOf: "2026-03-01",
      expected: ["medium:Could not verify how old the SOC report is"],
    },
  ])("$label", ({ periodEnd, asOf, expected }) => {
    expect(
      summary(run(checkSocReportCurrent, { vendor: aVendor({ socReports: [aSocReport({ periodEnd })] }), asOf })),
    ).toEqual(expected);
  });

  it("judges the latest SOC 2, not an older one", () => {
    const vendor = aVendor({
      socReports: [aSocReport({ documentId: "old", periodEnd: "2023-12-31" }), aSocReport({ documentId: "new" })],
    });
    expect(run(checkSocReportCurrent, { vendor })).toEqual([]);
  });

  it("allows 548 days for a low-tier vendor", () => {
    const vendor = aVendor({ tier: "low", socReports: [aSocReport({ periodEnd: "2024-09-01" })] });
    expect(run(checkSocReportCurrent, { vendor })).toEqual([]);
  });
});
