// Made-up letter (blind-13's half B had an Australian letter dated this way).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("a bridge letter's numeric dates read in the order the letter writes them", () => {
  it("starts a period '01/07/2025 to 30/06/2026' on 1 July in a letter whose dates put the day first", () => {
    const r = readAs(
      "bridge_letter",
      [
        "Date: 14/10/2026",
        "Subject: Bridge letter - SOC 2 Type 2 report of Tarnwick Networks Pty Ltd",
        "Tarnwick Networks Pty Ltd received a SOC 2 Type 2 report from Ellery Assurance Pty Ltd for the period",
        "01/07/2025 to 30/06/2026, with an opinion dated 25/08/2026.",
        "Management is not aware of any material changes to the controls as at 30/09/2026.",
        "Yours faithfully,",
        "Mara Quist",
      ].join("\n"),
    );
    expect(r.facts["referenced_report.period_start"]!.value).toBe("2025-07-01");
    expect(r.facts["referenced_report.period_end"]!.value).toBe("2026-06-30");
  });
});
