// An auditor's report signed by firm and place with no date under them (read from blind-9's b9-04 after its
// measurement; fails without the rule).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("an undated signature under the auditor's report", () => {
  it("names the firm and its place when no date follows them", () => {
    const r = readAs(
      "soc2_report",
      "Independent Service Auditor's Report\nTo the Management of Fenwright Ltd:\nOpinion\nIn our opinion, in all material respects, the description presents the system.\nRestricted Use\nThis report is not intended to be used by anyone other than these specified parties.\n\nMarlow Quinton CPAs LLP\nDenver, Colorado\n",
      "Management's Assertion\nWe have prepared the description.\nAda Fenwright\nChief Executive Officer\nFenwright Ltd\nMay 2, 2025\n",
    );
    expect(r.facts["auditor.name"]!.value).toBe("Marlow Quinton CPAs LLP");
    expect(r.facts["auditor.location"]!.value).toBe("Denver, Colorado");
    expect(r.facts["auditor.name"]!.page).toBe(1);
  });
});
