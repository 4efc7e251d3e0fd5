// The auditor's signature block printed on one line (a slide deck, a compact SOC 3): written after blind-8's b8-06 was
// measured, so no held-out figure for it. Made-up text.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("a signature block on one line", () => {
  it("reads the firm, its place and the report date from 'Firm LLP – City, State – date'", () => {
    const r = readAs(
      "soc3_report",
      [
        "Independent Service Auditor's Report",
        "Opinion: In our opinion, management's assertion is fairly stated, in all material respects.",
        "Marsh Kettle LLP – Savannah, Georgia – October 2, 2026",
        "Example Co. – SOC 3 Report – 4",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Marsh Kettle LLP");
    expect(r.facts["auditor.location"]!.value).toBe("Savannah, Georgia");
    expect(r.facts["report_date"]!.value).toBe("2026-10-02");
  });

  it("does not read a footer of title, kind and page number as a signature", () => {
    const r = readAs(
      "soc3_report",
      [
        "Opinion: In our opinion, management's assertion is fairly stated, in all material respects.",
        "Example Co. – SOC 3 Report – 4",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBeNull();
  });
});
