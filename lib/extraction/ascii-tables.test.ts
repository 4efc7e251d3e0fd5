// Tables drawn in characters by monospace producers (read from blind-9's b9-03 after its measurement; each case fails
// without ascii-tables.ts).
import { describe, expect, it } from "vitest";
import { asciiTableItems, asciiTableText } from "./ascii-tables";
import type { RawItem } from "./layout";
import { DRAWN_TABLE_BORDER, PARTY_TABLE_LINE } from "../server/pdf-text-items.mjs";

describe("a table drawn in characters", () => {
  it("drops border lines and sets a row's cells apart by tabs in the page text", () => {
    const page = [
      "Complementary User Entity Controls",
      "+----------------------+----------+",
      "| User entities are    | CC6.1    |",
      "| responsible for SSO. |          |",
      "+======================+==========+",
      "Next paragraph | with a bar.",
    ].join("\n");
    expect(asciiTableText(page)).toBe(
      [
        "Complementary User Entity Controls",
        "User entities are\tCC6.1",
        "responsible for SSO.",
        "Next paragraph | with a bar.",
      ].join("\n"),
    );
  });

  it("leaves a page without a drawn table as it is", () => {
    const page = "ACME | Trust Center\n| a | b |";
    expect(asciiTableText(page)).toBe(page);
  });

  it("makes the words between two pipes of a row one item, placed by their characters", () => {
    const cw = 5.4;
    const raw: RawItem[] = [
      ["+------+----+", 59, 100, 13 * cw, 9, 0],
      ["|", 59, 110, cw, 9, 0],
      ["User", 59 + 2 * cw, 110, 4 * cw, 9, 0],
      ["entities", 59 + 7 * cw, 110, 8 * cw, 9, 0],
      ["| CC6.1", 59 + 16 * cw, 110, 7 * cw, 9, 0],
      ["|", 59 + 24 * cw, 110, cw, 9, 0],
    ];
    const items = asciiTableItems(raw).map(([t, x]) => [t, Math.round(x * 10) / 10]);
    expect(items).toEqual([
      ["User entities", Math.round((59 + 2 * cw) * 10) / 10],
      ["CC6.1", Math.round((59 + 18 * cw) * 10) / 10],
    ]);
  });
});

describe("the parser's choice of pages to lay out", () => {
  it("knows a drawn table's header cell and border line", () => {
    expect(PARTY_TABLE_LINE.test("| Complementary User Entity Control    | Related Criteria   |")).toBe(true);
    expect(DRAWN_TABLE_BORDER.test("+----------+--------+------------------+")).toBe(true);
    expect(DRAWN_TABLE_BORDER.test("Page 3 of 9 +--")).toBe(false);
  });
});
