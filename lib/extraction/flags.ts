// A flag (authenticity, consistency) is cited like a fact: the page and quote of the printed text it rests on. A
// rule raises it either at a match in the text, or on the fact whose value it questions (that fact's own citation).
import type { Fact, FlagCitation } from "./types";
import { factAt, type TextIndex } from "./text-index";

/** A flag cited at [offset, offset + length) of the index's text. */
export function flagAt(index: TextIndex, flag: string, offset: number, length: number): FlagCitation {
  const f = factAt(index, null, offset, length, 1);
  return { flag, page: f.page, quote: f.quote };
}

/**
 * A flag cited where the first of `facts` that has a page is printed (the value the flag questions). A flag whose
 * facts have no page (a value read from an absence) says so in its note.
 */
export function flagOn(flag: string, ...facts: (Fact | null | undefined)[]): FlagCitation {
  const cited = facts.find((f) => f && f.page !== null && f.quote);
  return cited
    ? { flag, page: cited.page, quote: cited.quote }
    : { flag, page: null, quote: null, note: "no printed value to cite: the flag is about what the document omits" };
}

/** The plain texts of cited flags (what readers of the result's flag lists see). */
export function flagTexts(flags: FlagCitation[]): string[] {
  return flags.map((f) => f.flag);
}
