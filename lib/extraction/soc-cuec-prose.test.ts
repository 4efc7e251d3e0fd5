// Made-up text (blind-13's half A had a report with its CUECs told this way).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("CUECs told as a paragraph under their heading, one responsibility a sentence", () => {
  it("counts each sentence that says what the user entity must, should or is expected to do", () => {
    const r = readAs(
      "soc2_report",
      [
        "User entity responsibilities",
        "Merchants are expected to restrict access to their portal accounts to authorised staff and to",
        "review those users every quarter. They must keep their signing keys secret. Merchants should",
        "reconcile the daily settlement file with their own records. Finally, merchants remain responsible",
        "for notifying the company promptly of any suspected fraud.",
        "",
        "Tests of controls",
      ].join("\n"),
    );
    expect(r.facts["cuecs.count"]!.value).toBe(4);
    const items = r.facts["cuecs.items"]!.value as { text: string }[];
    expect(items.map((i) => i.text.slice(0, 28))).toEqual([
      "Merchants are expected to re",
      "They must keep their signing",
      "Merchants should reconcile t",
      "Finally, merchants remain re",
    ]);
  });

  it("skips the sentence that introduces them, and stops at one that is no responsibility", () => {
    const r = readAs(
      "soc2_report",
      [
        "Complementary User Entity Controls",
        "The system was designed with the assumption that certain controls would be implemented by",
        "clients. Clients should review user access every quarter. Clients are required to report",
        "incidents within 24 hours. The auditor did not test these controls.",
      ].join("\n"),
    );
    expect(r.facts["cuecs.count"]!.value).toBe(2);
  });
});
