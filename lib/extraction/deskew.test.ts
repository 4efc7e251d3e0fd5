import { describe, expect, it } from "vitest";
import { pageSkew } from "./deskew";
import { buildPage, type RawItem } from "./layout";

/** Words placed as a scan's OCR layer places them: each word's baseline follows the page's slope across. */
function skewedRows(slope: number, rows: [number, [string, number][]][]): RawItem[] {
  const items: RawItem[] = [];
  for (const [y, words] of rows)
    for (const [text, x] of words) items.push([text, x, y + slope * x, text.length * 5, 10, 0]);
  return items;
}

const ROWS: [number, [string, number][]][] = [
  [
    100,
    [
      ["This", 100],
      ["certifies", 130],
      ["that", 180],
      ["the", 210],
      ["system", 235],
      ["of", 275],
    ],
  ],
  [
    130,
    [
      ["Certificate", 180],
      ["number", 240],
      ["AB-27001-5821", 346],
    ],
  ],
  [
    150,
    [
      ["Date", 180],
      ["of", 205],
      ["issue", 220],
      ["26", 346],
      ["February", 360],
      ["2024", 410],
    ],
  ],
  [
    170,
    [
      ["Expiry", 180],
      ["date", 215],
      ["1", 346],
      ["March", 355],
      ["2027", 390],
    ],
  ],
];

describe("a skewed scan's OCR layer", () => {
  it("turns its lines level, so a label and its value two inches apart share a line", () => {
    const page = buildPage({ width: 595, height: 842, items: skewedRows(0.017, ROWS) });
    expect(page.text.split("\n")).toEqual([
      "This certifies that the system of",
      "Certificate number\tAB-27001-5821",
      "Date of issue\t26 February 2024",
      "Expiry date\t1 March 2027",
    ]);
  });

  it("leaves a level page as it is, and text set at a steep angle on purpose", () => {
    const level = skewedRows(0, ROWS).map(([text, x, y, w, size]) => ({ x0: x, x1: x + w, y, size, text }));
    expect(pageSkew(level)).toBe(0);
    const steep = skewedRows(0.3, ROWS).map(([text, x, y, w, size]) => ({ x0: x, x1: x + w, y, size, text }));
    expect(pageSkew(steep)).toBe(0);
    const skewed = skewedRows(-0.017, ROWS).map(([text, x, y, w, size]) => ({ x0: x, x1: x + w, y, size, text }));
    expect(pageSkew(skewed)).toBeCloseTo(-0.017, 4);
  });
});
