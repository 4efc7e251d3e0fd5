import { describe, expect, it } from "vitest";
import { defaultCriteriaFor } from "./presets";
import { scoreVendor } from "./score";
import { aService, aSocReport, aVendor } from "./testing/builders";

// Due dates follow dependencies: a stale report cannot be replaced before the date the vendor
// states for its next report (printed in the report itself, or in a bridge letter).
describe("the vendor's stated next report date", () => {
  const score = (nextReportDate: string | null, asOf: string) =>
    scoreVendor({
      vendor: aVendor({
        socReports: [aSocReport({ periodStart: "2024-01-26", periodEnd: "2024-04-26", nextReportDate })],
      }),
      service: aService(),
      criteria: defaultCriteriaFor(["US"], "high"),
      asOf,
    }).gaps.find((gap) => gap.checkId === "soc-report-current");

  it("sets the stale report's due date when it lies beyond the SLA", () => {
    const gap = score("2025-09-30", "2025-05-01")!;
    expect(gap.dueDate).toBe("2025-09-30");
    expect(gap.detail).toMatch(/states its next report for 2025-09-30/);
  });

  it("keeps the SLA when the stated date is sooner, and says a passed date was missed", () => {
    expect(score("2025-05-10", "2025-05-01")!.dueDate).toBe("2025-05-31");
    expect(score("2025-04-27", "2025-05-01")!.detail).toMatch(
      /stated its next report for 2025-04-27; it has not arrived/,
    );
  });

  it("without a stated date, the SLA", () => {
    expect(score(null, "2025-05-01")!.dueDate).toBe("2025-05-31");
  });
});
