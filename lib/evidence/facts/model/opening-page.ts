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
  return openingPageOf(facts ? (firstCitedField(facts)?.page ?? null) : null, pages, asked);
}

/** openingPage from the first cited page alone (the review page's layout knows it before the page renders). */
export function openingPageOf(cited: number | null | undefined, pages: number, asked?: number | null): number {
  return Math.max(1, Math.min(pages, asked ?? cited ?? 1));
}

/**
 * The page a link asks for (`?page=34`): a whole number from 1, else none (also when the parameter is repeated).
 * One reading for the server's page and the layout's client part (which sees the query through useSearchParams).
 */
export function askedPage(value: string | string[] | null | undefined): number | null {
  const page = typeof value === "string" ? Number(value) : NaN;
  return Number.isInteger(page) && page >= 1 ? page : null;
}

/**
 * Where a link asks the review to open (`?page=34&q=…`, a gap's citation): its page, and its quote (at most 500
 * characters) to mark there; null if the link asks for no page. One reading for the server's page and the layout's
 * client part (which sees the query through useSearchParams).
 */
export function linkedCitation(
  page: string | string[] | null | undefined,
  q: string | string[] | null | undefined,
): { page: number; quote: string | null } | null {
  const asked = askedPage(page);
  if (asked === null) return null;
  const quote = typeof q === "string" ? q.slice(0, 500) : "";
  return { page: asked, quote: quote || null };
}
