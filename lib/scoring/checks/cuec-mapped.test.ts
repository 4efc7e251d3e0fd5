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
    { label: "not mapped", mapping: null, expected: ["medium:1 CUEC with no buyer control mapped"] },
    {
      label: "mapped, no owner",
      mapping: { buyerControl: "IAM-04", owner: null, evidence: "Review" },
      expected: ["low:CUECs mapped but without owner or evidence"],
    },
    {
      label: "mapped, no owner nor evidence",
      mapping: { buyerControl: "IAM-04", owner: null, evidence: null },
      expected: ["low:CUECs mapped but without owner or evidence"],
    },
  ])("$label", ({ mapping, expected }) => {
    expect(
      summary(run(checkCuecMapped, { vendor: aVendor({ socReports: [aSocReport({ cuecs: [cuec(mapping)] })] }) })),
    ).toEqual(expected);
  });

  it("reports CUECs counted but not itemised", () => {
    const report = aSocReport({ cuecs: [cuec(null)], cuecCount: 15 });
    expect(summary(run(checkCuecMapped, { vendor: aVendor({ socReports: [report] }) }))).toEqual([
      "medium:15 CUECs with no buyer control mapped",
    ]);
  });

  it("is one finding per report, with a checklist of the obligations", () => {
    const other = {
      ...cuec(null),
      text: "User entities are responsible for reviewing audit logs.",
      criteria: ["CC7.2"],
    };
    const mapped = {
      ...cuec({ buyerControl: "IAM-04", owner: null, evidence: null }),
      text: "Notify the vendor of leavers.",
    };
    const gaps = run(checkCuecMapped, {
      vendor: aVendor({ socReports: [aSocReport({ cuecs: [cuec(null), other, mapped] })] }),
    });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.title).toBe("2 CUECs with no buyer control mapped");
    expect(gaps[0]!.detail.split("\n").filter((line) => line.startsWith("["))).toEqual([
      "[ ] User entities are responsible for reviewing audit logs. (CC7.2)",
      "[ ] User entities are responsible for revoking access of leavers. (CC6.2)",
      "[~] Notify the vendor of leavers. -> IAM-04 (no owner, no evidence)",
    ]);
  });

  it("says so when the CUEC section is unknown", () => {
    expect(summary(run(checkCuecMapped, { vendor: aVendor({ socReports: [aSocReport({ cuecs: null })] }) }))).toEqual([
      "low:Could not verify the CUECs",
    ]);
  });
});
