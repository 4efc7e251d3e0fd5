// Made-up signature (blind-14's half B had a firm signing as a professional corporation without full stops).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("a firm whose legal form is 'PC' after a comma", () => {
  it("is the auditor over its designation, place and date", () => {
    const r = readAs(
      "soc2_report",
      [
        "Opinion",
        "In our opinion, in all material respects, the description presents the system.",
        "",
        "Harlan Voss CPAs, PC",
        "Certified Public Accountants",
        "Austin, Texas",
        "August 14, 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Harlan Voss CPAs, PC");
  });

  it("is no firm's form in a state's place ('Pittsburgh, PA' stays a place)", () => {
    const r = readAs(
      "soc2_report",
      [
        "Opinion",
        "In our opinion, the description presents the system.",
        "",
        "Brightwell LLP",
        "Pittsburgh, PA",
        "August 14, 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Brightwell LLP");
  });
});
