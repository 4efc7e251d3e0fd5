import { describe, expect, it } from "vitest";
import { aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkType2PeriodLongEnough } from "./type-2-period-long-enough";

describe("checkType2PeriodLongEnough (high tier: at least 180 days)", () => {
  it.each([
    { label: "12 months", periodStart: "2025-01-01", periodEnd: "2025-12-31", expected: [] },
    { label: "exactly 180 days", periodStart: "2025-07-05", periodEnd: "2025-12-31", expected: [] },
    {
      label: "179 days",
      periodStart: "2025-07-06",
      periodEnd: "2025-12-31",
      expected: ["medium:Type 2 period shorter than required"],
    },
    {
      label: "3 months",
      periodStart: "2025-10-01",
      periodEnd: "2025-12-31",
      expected: ["medium:Type 2 period shorter than required"],
    },
    {
      label: "start missing",
      periodStart: null,
      periodEnd: "2025-12-31",
      expected: ["low:Could not verify the Type 2 period"],
    },
  ])("$label", ({ periodStart, periodEnd, expected }) => {
    expect(
      summary(
        run(checkType2PeriodLongEnough, { vendor: aVendor({ socReports: [aSocReport({ periodStart, periodEnd })] }) }),
      ),
    ).toEqual(expected);
  });

  it("ignores a Type 1", () => {
    expect(
      run(checkType2PeriodLongEnough, {
        vendor: aVendor({ socReports: [aSocReport({ type: "type_1", periodStart: null })] }),
      }),
    ).toEqual([]);
  });
});
