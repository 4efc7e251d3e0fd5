import type { Cited } from "./field-spec";
import type { DocumentFacts } from "./types";

/** The first field with a cited page: the review opens at its page with its quote highlighted. */
export function firstCitedField(facts: DocumentFacts): Cited<unknown> | undefined {
  return Object.values(facts.fields as Record<string, Cited<unknown>>).find((f) => f.page);
}

/**
 * The page the review screen opens at: the page a link asked for (a gap's citation), else the first cited fact's,
 * else the first. One rule for the screen and for the page image kept when the document is read
 * (docs/decisions/041), so the image kept is the page shown.
 */
export function openingPage(facts: DocumentFacts | null, pages: number, asked?: number | null): number {
  const cited = facts ? firstCitedField(facts)?.page : null;
  return Math.max(1, Math.min(pages, asked ?? cited ?? 1));
}
