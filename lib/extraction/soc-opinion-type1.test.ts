// Made-up opinion sections (blind-14's half B had a Type 1 report whose "Other Matter" is worded this way).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const opinion = (after: string) =>
  readAs(
    "soc2_report",
    [
      "SOC 2 Type 1 Report",
      "Opinion",
      "In our opinion, in all material respects, (a) the description presents the system as of 30 June 2026, and (b)",
      "the controls stated in the description were suitably designed as of 30 June 2026.",
      "",
      after,
    ].join("\n"),
  ).facts.opinion!.value;

describe("a Type 1 report's 'do not express an opinion' on what it did not test", () => {
  it("is no disclaimer: the opinion given stands", () => {
    expect(
      opinion(
        "Other Matter\nWe did not perform any procedures regarding the operating effectiveness of controls stated in the\ndescription and, accordingly, do not express an opinion thereon.",
      ),
    ).toBe("unqualified");
  });

  it("a disclaimer of the opinion itself still is one", () => {
    expect(
      opinion(
        "Because of the significance of the matter described above, we have not been able to obtain sufficient\nevidence, and accordingly we do not express an opinion on the description.",
      ),
    ).toBe("disclaimer");
  });
});
