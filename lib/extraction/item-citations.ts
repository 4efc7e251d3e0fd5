// Gives every item of a cited list (exceptions, CUECs, subservice organisations, sub-processors) its
// own page and quote. A rule that already knows where it read an item sets `page` and `quote` on it and is left
// alone; for the others the item's own words are looked up in the text, starting at the list's cited page (lists
// are read in order from there), so a CUEC on page 20 of a table that starts on page 19 cites page 20.
import { CITED_LISTS } from "./citation-check";
import { quoteAt, pageAt, type TextIndex } from "./text-index";
import type { Facts } from "./types";

/** The words of an item that identify it in the text. */
function itemWords(item: unknown): string | null {
  if (!item || typeof item !== "object") return null;
  const o = item as Record<string, unknown>;
  for (const key of ["deviation", "text", "name", "criterion", "control"]) {
    if (typeof o[key] === "string" && (o[key] as string).trim()) return o[key] as string;
  }
  return null;
}

// The text is normalised (normalize.ts): these are the only white space left in it.
const BLANKS = "[ \\t\\n\\r\\f\\v]*";

/**
 * An item's key (its words with the white space taken out) as a pattern that allows white space between any two of
 * its characters: a match is where the key's characters follow each other in the text, across line and page breaks,
 * as if the text had no white space. Searched by the regex engine, a long report's text is never copied or mapped.
 */
export function looseKey(key: string): RegExp {
  return new RegExp(
    key
      .split("")
      .map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
      .join(BLANKS),
    "g",
  );
}

/** The first place at or after `from` where the key's characters follow each other, white space apart. */
export function findLoose(text: string, key: RegExp, from: number): { start: number; end: number } | null {
  key.lastIndex = from;
  const m = key.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function needsCitation(item: unknown): boolean {
  return !!item && typeof item === "object" && !("page" in item && "quote" in item) && itemWords(item) !== null;
}

// Long items (a CUEC, a deviation) are found by their opening words; enough to be unique, short enough to stay on
// one page when the item runs over a page break.
const KEY_CHARS = 60;

export function citeListItems(index: TextIndex, facts: Facts): void {
  for (const field of CITED_LISTS) {
    const fact = facts[field];
    if (!fact || !Array.isArray(fact.value) || !fact.value.some(needsCitation)) continue;
    let cursor = fact.page ? index.starts[fact.page - 1]! : 0;
    fact.value = fact.value.map((item: unknown) => {
      // Plain strings (codes, names) keep their shape: their list's own citation stands for them.
      if (!needsCitation(item)) return item;
      const words = itemWords(item)!;
      const key = words.replace(/\s+/g, "").slice(0, KEY_CHARS);
      if (!key) return item;
      const pattern = looseKey(key);
      const hit = findLoose(index.text, pattern, cursor) ?? findLoose(index.text, pattern, 0);
      if (!hit) return item;
      cursor = hit.start + 1;
      const page = pageAt(index, hit.start);
      const quote = quoteAt(index, hit.start, hit.end - hit.start);
      return { ...(item as object), page, quote };
    });
  }
}
