// Page furniture in a PDF's text: a running header or footer ("ACME — SUB-PROCESSORS", "Effective 2 October 2026
// Page 1 of 2") is printed again on every page, its page number aside. A table read by position runs on down to the
// foot of the page, and without this the footer under its last row was read as one more row.

/** A line's text with its numbers blanked, so "Page 1 of 2" and "Page 2 of 2" are the same line. */
export function furnitureKey(text: string): string {
  return text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
}

const PAGE_NUMBER = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$/;

/** The keys of lines printed on two or more pages: the running headers and footers. */
export function runningLineKeys(pages: string[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages)
    for (const key of new Set(lines.map(furnitureKey).filter(Boolean))) seen.set(key, (seen.get(key) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 2).map(([k]) => k));
}

/** Whether a line is page furniture: printed on other pages too, or a page number ("Page 3 of 4", "3 / 4"). */
export function isPageFurniture(text: string, running: Set<string>): boolean {
  const key = furnitureKey(text);
  return running.has(key) || PAGE_NUMBER.test(key) || /\bpage\s*#\s*(?:of|\/)\s*#$/.test(key);
}
