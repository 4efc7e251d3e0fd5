import { describe, expect, it } from "vitest";
import { aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkAuditorOpinionUnmodified } from "./auditor-opinion-unmodified";

describe("checkAuditorOpinionUnmodified", () => {
  it.each([
    { opinion: "unqualified", tier: "high", expected: [] },
    { opinion: "qualified", tier: "high", expected: ["high:Qualified auditor's opinion"] },
    { opinion: "qualified", tier: "critical", expected: ["critical:Qualified auditor's opinion"] },
    { opinion: "adverse", tier: "low", expected: ["critical:Adverse auditor's opinion"] },
    { opinion: "disclaimer", tier: "high", expected: ["critical:Auditor disclaimed an opinion"] },
    { opinion: null, tier: "high", expected: ["medium:Could not verify the auditor's opinion"] },
  ] as const)("$opinion opinion, $tier tier", ({ opinion, tier, expected }) => {
    expect(
      summary(run(checkAuditorOpinionUnmodified, { vendor: aVendor({ tier, socReports: [aSocReport({ opinion })] }) })),
    ).toEqual(expected);
  });

  it("does not treat exceptions as a qualification", () => {
    const report = aSocReport({
      exceptions: [{ criteria: ["CC6.2"], control: null, deviation: "1 of 8 late", source: null }],
    });
    expect(run(checkAuditorOpinionUnmodified, { vendor: aVendor({ socReports: [report] }) })).toEqual([]);
  });
});
