// A certificate is read from its layout (lines rebuilt by position), but a quote is checked against the page as its
// text runs (citation-check.ts). Where the two differ — cells of one rebuilt line that the page's text keeps far
// apart — a quote made of a whole rebuilt line can be text that is nowhere on the page. Such a quote is cut to its
// run of words that is on the page, the one holding the value when there is one: shorter, but true.
import { comparable } from "./citation-check";
import type { Fact, FlagCitation } from "./types";

type Cited = Pick<Fact, "page" | "quote"> & { value?: unknown };

/** Maximal runs of consecutive words of `quote` that are on the page, longest first. */
function runsOnPage(words: string[], page: string): string[] {
  const runs: string[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j < words.length && page.includes(comparable(words.slice(i, j + 1).join(" ")))) j++;
    if (j > i) runs.push(words.slice(i, j).join(" "));
    i = Math.max(j, i + 1);
  }
  return runs.sort((a, b) => b.length - a.length);
}

/** Text by which a value shows in its quote: itself, or for an ISO date its year. */
function valueMarks(value: unknown): string[] {
  if (typeof value !== "string" && typeof value !== "number") return [];
  const s = String(value);
  const date = /^(\d{4})-\d{2}-\d{2}$/.exec(s);
  return date ? [date[1]!] : [comparable(s)];
}

/** `quote` itself when it is on `page`, else its run of words that is (preferring one that shows the value). */
export function quoteOnPage(quote: string, page: string, value?: unknown): string {
  const text = comparable(page);
  if (text.includes(comparable(quote))) return quote;
  const runs = runsOnPage(quote.split(/\s+/), text);
  if (runs.length === 0) return quote;
  const marks = valueMarks(value);
  return runs.find((r) => marks.some((m) => m && comparable(r).includes(m))) ?? runs[0]!;
}

/** Rewrites, in place, every fact's and flag's quote that is not on its cited page of `pages` (the page texts). */
export function keepQuotesOnPage(cited: { facts: Record<string, Fact>; flags: FlagCitation[] }, pages: string[]) {
  const fix = (c: Cited) => {
    if (!c.quote || c.page === null || !pages[c.page - 1]) return;
    c.quote = quoteOnPage(c.quote, pages[c.page - 1]!, c.value);
  };
  for (const fact of Object.values(cited.facts)) if (fact && fact.value !== null) fix(fact);
  for (const flag of cited.flags) fix(flag);
}
