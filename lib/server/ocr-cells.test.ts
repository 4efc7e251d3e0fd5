// A recognised line's words set a table's column apart are cells, as a text layer's are: joined with a tab. The lines
// below are made up in the shape tesseract.js reports them (word boxes in pixels); no OCR runs here.
import { describe, expect, it } from "vitest";
import { cellsOfLine } from "./pdf-ocr.mjs";

const word = (text: string, x0: number, x1: number) => ({ text, bbox: { x0, y0: 100, x1, y1: 130 } });
const line = (...words: ReturnType<typeof word>[]) => ({
  text: words.map((w) => w.text).join(" ") + "\n",
  words,
  rowAttributes: { rowHeight: 34 },
  bbox: { x0: words[0]!.bbox.x0, y0: 98, x1: words.at(-1)!.bbox.x1, y1: 132 },
});

describe("cells of a recognised line", () => {
  it("joins words across a column's gap with a tab", () => {
    const row = line(
      word("Derby", 100, 190),
      word("DE21", 200, 270),
      word("7BE", 280, 330),
      word("Warehouse", 700, 880),
    );
    expect(cellsOfLine(row)).toBe("Derby DE21 7BE\tWarehouse");
  });

  it("keeps a sentence's words one cell", () => {
    const row = line(word("operates", 100, 230), word("an", 245, 280), word("Information", 295, 470));
    expect(cellsOfLine(row)).toBe("operates an Information");
  });
});
