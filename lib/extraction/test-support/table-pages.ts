// Made-up table pages laid out by position as pdf.js reports them, for the positioned table tests: rows of [text, x]
// cells (test-support/positioned.ts), rotated one-word headers placed as pdf.js gives rotated text, and the pages'
// text as the reader's stream has it (each line's cells in order), so quotes can be checked against it.
import { buildPage, type PageLayout, type RawItem } from "../layout";
import type { TextDocument } from "../types";
import { layoutOf, type Row } from "./positioned";

/**
 * Headers printed rotated a quarter turn (read bottom to top): pdf.js gives the item's start, the bottom of the word,
 * at x = the column's baseline, its width along the page's height, and a transform that is not upright (rotated = 1).
 */
export function withRotated(layout: PageLayout, bottom: number, size: number, headers: [string, number][]) {
  const items: RawItem[] = headers.map(([text, x]) => [text, x, bottom, text.length * size * 0.5, size, 1]);
  return { ...layout, items: [...layout.items, ...items] };
}

/** A PDF document of positioned pages, its page text rebuilt from the positions. */
export function positionedDocument(...layouts: PageLayout[]): TextDocument {
  return { pages: layouts.map((l) => buildPage(l).text), filename: "report.pdf", format: "pdf", layouts };
}

export { layoutOf, type Row };
