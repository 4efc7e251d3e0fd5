import { describe, expect, it } from "vitest";
import { aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkCuecMapped } from "./cuec-mapped";

const cuec = (mapping: { buyerControl: string | null; owner: string | null; evidence: string | null } | null) => ({
  text: "User entities are responsible for revoking access of leavers.",
  criteria: ["CC6.2"],
  mapping,
  source: null,
});

describe("checkCuecMapped", () => {
  it.each([
    {
      label: "fully mapped",
      mapping: { buyerControl: "IAM-04 leaver process", owner: "IT ops", evidence: "Quarterly access review" },
      expected: [],
    },
    { label: "not mapped", mapping: null, expected: ["medium:CUEC with no buyer control mapped"] },
    {
      label: "mapped, no owner",
      mapping: { buyerControl: "IAM-04", owner: null, evidence: "Review" },
      expected: ["low:CUEC mapped but without an owner"],
    },
    {
      label: "mapped, no owner nor evidence",
      mapping: { buyerControl: "IAM-04", owner: null, evidence: null },
      expected: ["low:CUEC mapped but without an owner or evidence"],
    },
  ])("$label", ({ mapping, expected }) => {
    expect(
      summary(run(checkCuecMapped, { vendor: aVendor({ socReports: [aSocReport({ cuecs: [cuec(mapping)] })] }) })),
    ).toEqual(expected);
  });

  it("reports CUECs counted but not itemised", () => {
    const report = aSocReport({ cuecs: [cuec(null)], cuecCount: 15 });
    expect(summary(run(checkCuecMapped, { vendor: aVendor({ socReports: [report] }) }))).toEqual([
      "medium:CUEC with no buyer control mapped",
      "medium:14 CUECs not itemised",
    ]);
  });

  it("says so when the CUEC section is unknown", () => {
    expect(summary(run(checkCuecMapped, { vendor: aVendor({ socReports: [aSocReport({ cuecs: null })] }) }))).toEqual([
      "low:Could not verify the CUECs",
    ]);
  });
});
