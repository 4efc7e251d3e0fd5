import { describe, expect, it } from "vitest";
import { aBridgeLetter, aService, aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkBridgeCoversGap } from "./bridge-covers-gap";

const report = aSocReport({ periodEnd: "2025-09-30" });
const GAP = "medium:Gap since the report period is not covered by a bridge letter";

describe("checkBridgeCoversGap (high tier: 90 days without a bridge)", () => {
  it.each([
    { label: "period ended 60 days ago, no letter", asOf: "2025-11-29", letters: [], expected: [] },
    { label: "period ended 152 days ago, no letter", asOf: "2026-03-01", letters: [], expected: [GAP] },
    {
      label: "letter through 2026-02-15, reviewed before it ends",
      asOf: "2026-02-10",
      letters: [
        aBridgeLetter({ bridgedPeriodEnd: "2025-09-30", coversFrom: "2025-10-01", coversThrough: "2026-02-15" }),
      ],
      expected: [],
    },
    {
      label: "letter ended 14 days ago: the 90-day allowance does not restart",
      asOf: "2026-03-01",
      letters: [
        aBridgeLetter({ bridgedPeriodEnd: "2025-09-30", coversFrom: "2025-10-01", coversThrough: "2026-02-15" }),
      ],
      expected: [GAP],
    },
    {
      label: "letter for another report",
      asOf: "2026-03-01",
      letters: [aBridgeLetter({ bridgedPeriodEnd: "2024-09-30", coversFrom: "2025-10-01" })],
      expected: [GAP],
    },
    {
      label: "letter dated before the period end covers nothing",
      asOf: "2026-03-01",
      letters: [
        aBridgeLetter({
          bridgedPeriodEnd: "2025-09-30",
          letterDate: "2025-09-01",
          coversFrom: "2025-10-01",
          coversThrough: "2025-08-31",
        }),
      ],
      expected: [GAP],
    },
    {
      label: "letter too old by now",
      asOf: "2026-09-01",
      letters: [
        aBridgeLetter({ bridgedPeriodEnd: "2025-09-30", coversFrom: "2025-10-01", coversThrough: "2026-02-15" }),
      ],
      expected: [GAP],
    },
  ])("$label", ({ asOf, letters, expected }) => {
    expect(
      summary(run(checkBridgeCoversGap, { vendor: aVendor({ socReports: [report], bridgeLetters: letters }), asOf })),
    ).toEqual(expected);
  });

  it("measures to a reliance date later than asOf", () => {
    const service = aService({ relianceDate: "2026-06-30" });
    const gaps = run(checkBridgeCoversGap, { vendor: aVendor({ socReports: [report] }), service, asOf: "2025-11-01" });
    expect(gaps[0]?.detail).toContain("before 2026-06-30");
  });

  it("is due when cover is needed until, not before (a letter cannot vouch for days not yet passed)", () => {
    const service = aService({ relianceDate: "2026-06-30" });
    const gaps = run(checkBridgeCoversGap, { vendor: aVendor({ socReports: [report] }), service, asOf: "2026-03-01" });
    expect(gaps[0]?.dueBy).toBe("2026-06-30");
  });

  it("matches a letter to its report by document id", () => {
    const letter = aBridgeLetter({
      bridgedReportId: "soc2-2025",
      bridgedPeriodEnd: null,
      coversFrom: "2025-10-01",
      coversThrough: "2026-02-15",
    });
    expect(
      run(checkBridgeCoversGap, {
        vendor: aVendor({ socReports: [report], bridgeLetters: [letter] }),
        asOf: "2026-02-01",
      }),
    ).toEqual([]);
  });
});
