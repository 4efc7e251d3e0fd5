import { describe, expect, it } from "vitest";
import { aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkCarvedOutSubserviceReportOnFile } from "./carved-out-subservice-report-on-file";

const org = (method: "carve-out" | "inclusive" | null, reportOnFile: boolean | null) => ({
  name: "Microsoft Azure",
  service: "Cloud hosting",
  method,
  reportOnFile,
  source: null,
});

describe("checkCarvedOutSubserviceReportOnFile", () => {
  it.each([
    { label: "carve-out, report on file", org: org("carve-out", true), expected: [] },
    {
      label: "carve-out, report not on file",
      org: org("carve-out", false),
      expected: ["medium:No report on file for carved-out Microsoft Azure"],
    },
    {
      label: "carve-out, not recorded",
      org: org("carve-out", null),
      expected: ["medium:No report on file for carved-out Microsoft Azure"],
    },
    { label: "inclusive", org: org("inclusive", null), expected: [] },
    {
      label: "method not stated",
      org: org(null, null),
      expected: ["low:Could not verify how Microsoft Azure is treated"],
    },
  ])("$label", ({ org, expected }) => {
    expect(
      summary(
        run(checkCarvedOutSubserviceReportOnFile, {
          vendor: aVendor({ socReports: [aSocReport({ subserviceOrgs: [org] })] }),
        }),
      ),
    ).toEqual(expected);
  });

  it("is high for a critical-tier vendor", () => {
    const vendor = aVendor({
      tier: "critical",
      socReports: [aSocReport({ subserviceOrgs: [org("carve-out", false)] })],
    });
    expect(run(checkCarvedOutSubserviceReportOnFile, { vendor })[0]!.severity).toBe("high");
  });
});
