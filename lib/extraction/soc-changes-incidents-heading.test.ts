// Made-up section (blind-14's half B had a report with one sentence-case heading for both topics).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("one section in sentence case for significant changes and incidents", () => {
  it("gives 'None' for both from its one sentence", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2",
        "Significant changes and incidents",
        "No significant changes occurred and no incidents affecting service commitments were identified during the period.",
        "",
        "Section 4",
      ].join("\n"),
    );
    expect(r.facts.significant_changes!.value).toBe("None");
    expect(r.facts.incidents!.value).toBe("None");
  });

  it("is no heading inside a paragraph that mentions both", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2",
        "Management reviews changes and incidents every quarter",
        "and reports them to the board.",
        "System Incidents",
        "In March a phishing email led to one compromised mailbox, which was contained within an hour.",
      ].join("\n"),
    );
    expect(r.facts.incidents!.value).toMatch(/^In March a phishing email/);
  });
});
