import { describe, expect, it } from "vitest";
import { aBridgeLetter, aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkBridgeDatedAfterPeriod } from "./bridge-dated-after-period";

const BAD = "high:Bridge letter dated before the period it bridges";

describe("checkBridgeDatedAfterPeriod", () => {
  it.each([
    { label: "consistent letter", letter: aBridgeLetter(), expected: [] },
    {
      label: "letter dated before the period end",
      letter: aBridgeLetter({ letterDate: "2025-12-15" }),
      expected: [BAD],
    },
    {
      label: "covers through a date before it starts",
      letter: aBridgeLetter({ coversFrom: "2026-01-01", coversThrough: "2025-11-30" }),
      expected: [BAD],
    },
    {
      label: "period end found through the report id",
      letter: aBridgeLetter({ bridgedPeriodEnd: null, bridgedReportId: "soc2-2025", letterDate: "2025-11-01" }),
      expected: [BAD],
    },
    {
      label: "no letter date",
      letter: aBridgeLetter({ letterDate: null }),
      expected: ["low:Could not verify a bridge letter's dates"],
    },
    {
      label: "bridged report unknown",
      letter: aBridgeLetter({ bridgedPeriodEnd: null }),
      expected: ["low:Could not verify a bridge letter's dates"],
    },
  ])("$label", ({ letter, expected }) => {
    expect(
      summary(
        run(checkBridgeDatedAfterPeriod, { vendor: aVendor({ socReports: [aSocReport()], bridgeLetters: [letter] }) }),
      ),
    ).toEqual(expected);
  });

  it("lists every impossibility", () => {
    const letter = aBridgeLetter({
      letterDate: "2025-02-19",
      coversFrom: "2025-04-01",
      coversThrough: "2025-02-18",
      bridgedPeriodEnd: "2025-03-31",
    });
    const [gap] = run(checkBridgeDatedAfterPeriod, { vendor: aVendor({ bridgeLetters: [letter] }) });
    expect(gap!.detail).toContain("dated 2025-02-19, before the bridged period ended on 2025-03-31");
    expect(gap!.detail).toContain("ends (2025-02-18) before it starts (2025-04-01)");
  });
});
