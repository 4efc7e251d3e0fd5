import { describe, expect, it } from "vitest";
import { aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkSoc2Type2OnFile } from "./soc2-type-2-on-file";

describe("checkSoc2Type2OnFile", () => {
  it.each([
    { label: "Type 2", reports: [aSocReport()], expected: [] },
    {
      label: "Type 1 only",
      reports: [aSocReport({ type: "type_1" })],
      expected: ["high:SOC 2 Type 1 given where a Type 2 is required"],
    },
    {
      label: "Type 1 and an older Type 2",
      reports: [
        aSocReport({ type: "type_1", documentId: "t1" }),
        aSocReport({ documentId: "t2", periodEnd: "2025-06-30" }),
      ],
      expected: [],
    },
    {
      label: "type not found",
      reports: [aSocReport({ type: null })],
      expected: ["medium:Could not verify the SOC 2 report type"],
    },
    { label: "no SOC 2 at all (required-evidence reports it)", reports: [], expected: [] },
  ])("$label", ({ reports, expected }) => {
    expect(summary(run(checkSoc2Type2OnFile, { vendor: aVendor({ socReports: reports }) }))).toEqual(expected);
  });
});
