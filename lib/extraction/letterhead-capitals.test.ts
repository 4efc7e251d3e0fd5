// A bridge letter's letterhead printed in capitals, with a Nordic legal form (read from blind-9's b9-07 after its
// measurement; fails without the rule).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("a letterhead in capitals", () => {
  it("names the issuer as the letter's text spells it, an 'AS' ending its name", () => {
    const r = readAs(
      "bridge_letter",
      "FJELLSTAD LOGISTIKK AS\nStorgata 1, 0155 Oslo, Norway\nJanuary 9, 2026\nRe: SOC 2 Type 2 Bridge Letter\nFjellstad Logistikk AS (Fjellstad) engaged Brindle Ames LLP to examine its system. The report covered the period October 1, 2024 to September 30, 2025.\n",
    );
    expect(r.facts.issuer!.value).toBe("Fjellstad Logistikk AS");
  });
});
