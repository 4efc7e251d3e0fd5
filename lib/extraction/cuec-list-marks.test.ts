// CUEC lists headed and marked as word processors and other report templates print them. Made-up text; each case
// read no list (or kept the mark in the item's words) before cuec-list-marks.ts.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const OPINION =
  "Independent Service Auditor's Report\nIn our opinion, in all material respects, the controls were suitably designed as of June 30, 2026.\nKestrel LLP\nPortland, Oregon\nJuly 30, 2026\nSection III: Description\n";
const ITEMS = ["Administer their own user accounts.", "Protect their API keys.", "Review audit logs."];

function cuecs(body: string): string[] | null {
  const r = readAs("soc2_report", OPINION + body + "Section IV: Controls\n");
  const items = r.facts["cuecs.items"]!.value as { text: string }[] | null;
  return items ? items.map((i) => i.text) : null;
}

const list = (mark: (n: number) => string) => ITEMS.map((t, n) => `${mark(n)} ${t}`).join("\n") + "\n";

describe("CUEC list marks", () => {
  it.each([
    ["a symbol-font bullet (U+F0B7)", () => "\uf0b7"],
    ["a second-level 'o'", () => "o"],
    ["an arrow", () => "➢"],
    ["a letter in brackets", (n: number) => `(${"abc"[n]})`],
  ])("reads items marked with %s, without the mark", (_name, mark) => {
    expect(
      cuecs(
        `Complementary User Entity Controls\nUser entities should implement the following controls:\n${list(mark)}`,
      ),
    ).toEqual(ITEMS);
  });
});

describe("CUEC headings", () => {
  it("reads the list under 'Complementary User Entity Control Considerations'", () => {
    expect(
      cuecs(
        "Complementary User Entity Control Considerations\nThe system was designed with the assumption that certain controls would be implemented by user entities.\n" +
          list(() => "•"),
      ),
    ).toEqual(ITEMS);
  });

  it("reads the list under a capitalised 'CUSTOMER RESPONSIBILITIES' heading", () => {
    expect(cuecs(`CUSTOMER RESPONSIBILITIES\nCustomers are expected to:\n${list(() => "•")}`)).toEqual(ITEMS);
  });
});
