// Layout reading: lines by baseline whatever the drawing order, cells by gaps, label/value pairs by position, and
// citations that stay on their page.
import { describe, expect, it } from "vitest";
import { buildPage, labelValues, pagesOf, type RawItem } from "./layout";
import { factAt, buildTextIndex } from "./text-index";
import type { TextDocument } from "./types";

// [text, x, baseline y from the top, width, font size, rotated]
const item = (text: string, x: number, y: number, size = 10): RawItem => [
  text,
  x,
  y,
  text.length * size * 0.5,
  size,
  0,
];

describe("buildPage", () => {
  it("orders lines top to bottom and items left to right, whatever order they were drawn in", () => {
    const page = buildPage({
      width: 600,
      height: 800,
      items: [
        item("Valid Until: 14, July, 2027", 350, 120),
        item("Certificate No.: KD1", 40, 100),
        item("Date of Issue:", 40, 120),
      ],
    });
    expect(page.text).toBe("Certificate No.: KD1\nDate of Issue:\tValid Until: 14, July, 2027");
  });

  it("keeps a superscript on its line and joins nearby items with one space", () => {
    const page = buildPage({
      width: 600,
      height: 800,
      items: [item("1", 40, 100), item("st", 45, 97, 6), item("Surveillance", 56, 100)],
    });
    expect(page.lines).toHaveLength(1);
    expect(page.text).toBe("1st Surveillance");
  });

  it("leaves sideways text out of the reading lines", () => {
    const page = buildPage({ width: 600, height: 800, items: [item("Scope", 40, 100), ["margin", 5, 400, 60, 10, 1]] });
    expect(page.text).toBe("Scope");
  });
});

describe("labelValues", () => {
  const doc = (items: RawItem[]): TextDocument => {
    const layout = { width: 600, height: 800, items };
    return { pages: [buildPage(layout).text], filename: "c.pdf", format: "pdf", layouts: [layout] };
  };
  const find = (d: TextDocument) =>
    labelValues(pagesOf(d, d.pages), /certificate\s*number/i, /[A-Z]{2}\s?\d{3,}/).map((h) => h.value[0]);

  it("reads a value printed below its label", () => {
    const d = doc([item("Certificate number", 300, 100), item("Issue date", 40, 100), item("IS 123456", 300, 114)]);
    expect(find(d)).toEqual(["IS 123456"]);
  });

  it("reads a value in the cell to the right of its label", () => {
    const d = doc([item("Certificate number", 40, 100), item("IS 123456", 300, 100)]);
    expect(find(d)).toEqual(["IS 123456"]);
  });

  it("does not take a value from another column below", () => {
    const d = doc([item("Certificate number", 40, 100), item("IS 123456", 400, 114)]);
    expect(find(d)).toEqual([]);
  });
});

describe("citations", () => {
  const index = buildTextIndex({
    pages: ["first page\nends here", "To the Management of\nAcme"],
    filename: "x",
    format: "text",
  });

  it("cites the page where a match's text starts, not the page break before it", () => {
    const at = index.text.indexOf("\n\nTo the");
    const fact = factAt(index, "Acme", at, "\n\nTo the Management of".length, 0.9);
    expect(fact.page).toBe(2);
    expect(fact.quote).toBe("To the Management of");
  });

  it("never quotes past the end of the cited page", () => {
    const at = index.text.indexOf("ends here");
    const fact = factAt(index, "x", at, 40, 0.9);
    expect(fact.page).toBe(1);
    expect(fact.quote).toBe("ends here");
  });
});

describe("two columns side by side", () => {
  // A scope paragraph on the left (10 pt, 11.6 pt apart) and label-above-value pairs on the right (9 pt labels, 10 pt
  // values), starting on one baseline: the right column's lines fall between the left's.
  const left = [
    "Scope of certification:",
    "Hosting and support of a payroll",
    "service for small employers in",
    "the region and abroad.",
  ].map((t, i) => item(t, 50, 300 + i * 11.6));
  const right: RawItem[] = [
    item("Certificate number", 320, 300.4, 9),
    item("QX-1234-5", 320, 311.2),
    item("Date of issue", 320, 326.4, 9),
    item("3 March 2025", 320, 337.4),
    item("Expiry date", 320, 352.6, 9),
    item("2 March 2028", 320, 363.5),
  ];
  const page = buildPage({ width: 600, height: 800, items: [...left, ...right] });

  it("reads the left column's lines, then the right column's, never one glued to the other", () => {
    expect(page.text).toBe(
      [
        "Scope of certification:",
        "Hosting and support of a payroll",
        "service for small employers in",
        "the region and abroad.",
        "Certificate number",
        "QX-1234-5",
        "Date of issue",
        "3 March 2025",
        "Expiry date",
        "2 March 2028",
      ].join("\n"),
    );
  });

  it("pairs each right-column label with the value under it", () => {
    const hits = labelValues([page], /Date of issue/, /\d{1,2} \w+ \d{4}/);
    expect(hits.map((h) => h.value[0])).toEqual(["3 March 2025"]);
  });

  it("keeps a table's rows as lines, a wrapped cell included", () => {
    const table = buildPage({
      width: 600,
      height: 800,
      items: [
        item("Boston, MA", 50, 100),
        item("Management of the information", 320, 100),
        item("security management system", 320, 111.6),
        item("Denver, CO", 50, 130),
        item("Operations and support", 320, 130),
        item("Conditions:", 50, 160),
      ],
    });
    expect(table.text).toBe(
      "Boston, MA\tManagement of the information\nsecurity management system\nDenver, CO\tOperations and support\nConditions:",
    );
  });
});
