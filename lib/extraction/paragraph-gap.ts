// Where a paragraph ends on a positioned page: a text that runs on in the page's text (the layout text has no blank
// lines) may still stop on the page at a gap wider than its own line spacing.
import type { Line, Page } from "./layout";

/** The positioned line holding offset `at` of a text whose page i starts at `starts[i]`, if the page has positions. */
export function lineAtOffset(pages: Page[], starts: number[], at: number): Line | null {
  let p = 0;
  while (p + 1 < starts.length && starts[p + 1]! <= at) p++;
  const page = pages[p];
  if (!page || page.width === 0) return null;
  const rel = at - starts[p]!;
  return page.lines.find((l) => rel >= l.start && rel <= l.start + l.text.length) ?? null;
}

/**
 * Whether `next` starts a new paragraph after `lines` (consecutive lines of one text, top to bottom): the gap to it is
 * wider than 1.3 times the tightest spacing between those lines, or, after a single line, wider than 1.6 font sizes.
 */
export function startsParagraph(lines: Line[], next: Line): boolean {
  const last = lines.at(-1);
  if (!last || next === last || next.y <= last.y) return false;
  const gaps = lines
    .slice(1)
    .map((l, i) => l.y - lines[i]!.y)
    .filter((g) => g > 0);
  const gap = next.y - last.y;
  if (gaps.length === 0) return gap > 1.6 * Math.max(last.size, next.size);
  return gap > 1.3 * Math.min(...gaps) && gap > 1.1 * Math.max(last.size, next.size);
}
