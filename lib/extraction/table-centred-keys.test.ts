// Made-up table pages (blind-14's half A had a CUEC table printed this way): the section's heading printed just above
// the header across two of its columns, and each row's number level with the middle of a two-line cell.
import { describe, expect, it } from "vitest";
import { tableCuecs } from "./soc-cuec-table";
import { layoutOf, positionedDocument, type Row } from "./test-support/table-pages";

const S = 8;
const line = (gap: number, ...cells: [string, number][]): Row => ({ cells, size: S, gap });

const page = layoutOf([
  { cells: [["Complementary User Entity Controls", 78]], size: 10, gap: 20 },
  line(13, ["#", 87], ["Complementary user entity control", 107], ["Related criteria", 490]),
  // Row 1: two lines of text, its number and criteria printed level with the second.
  line(18, ["User entities are responsible for provisioning and removing their own users' access to the", 107]),
  line(8, ["1", 87]),
  line(2, ["Ledger Cloud.", 107], ["CC6.1, CC6.2", 490]),
  // Row 2: one line.
  line(
    16,
    ["2", 87],
    ["User entities are responsible for reviewing access rights at least annually.", 107],
    ["CC6.3", 490],
  ),
  // Row 3: like row 1.
  line(18, ["User entities are responsible for enabling single sign-on or multi-factor authentication for", 107]),
  line(8, ["3", 87]),
  line(2, ["their users.", 107], ["CC6.1", 490]),
  line(22, ["Significant Changes During the Period", 78]),
  line(12, ["There were no significant changes to the system during the period.", 78]),
]);

describe("a table whose rows' numbers sit level with the middle of their cells", () => {
  it("reads one row per number, the heading over the table no part of its header", () => {
    const items = tableCuecs(positionedDocument(page))!;
    expect(items.map((i) => [i.text, i.criteria])).toEqual([
      [
        "User entities are responsible for provisioning and removing their own users' access to the Ledger Cloud.",
        ["CC6.1", "CC6.2"],
      ],
      ["User entities are responsible for reviewing access rights at least annually.", ["CC6.3"]],
      [
        "User entities are responsible for enabling single sign-on or multi-factor authentication for their users.",
        ["CC6.1"],
      ],
    ]);
  });
});
