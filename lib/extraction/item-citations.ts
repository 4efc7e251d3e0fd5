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

/** Shortest word prefix an item is still cited by when its whole words are not in the text. */
const MIN_PREFIX_CHARS = 8;

/**
 * The item's words, then shorter prefixes of whole words (the last word or two dropped, then halves, down to a few
 * characters), longest first: each key not found costs two searches of the whole text, so only a few are tried.
 */
function keysOf(words: string): string[] {
  const parts = words.trim().split(/\s+/);
  const len = parts.length;
  const counts = [len, len - 1, len - 2, Math.ceil(len / 2), Math.ceil(len / 4), 3, 2, 1];
  const keys: string[] = [];
  for (const n of [...new Set(counts)].filter((n) => n > 0 && n <= len).sort((a, b) => b - a)) {
    const key = parts.slice(0, n).join("").slice(0, KEY_CHARS);
    if (keys.length && key.length < MIN_PREFIX_CHARS) break;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Where the item's words are, from the cursor on and then anywhere; failing that, its longest word prefix found. */
function locate(text: string, words: string, cursor: number): { start: number; end: number } | null {
  // A list reader may join words that the page prints apart (two wrapped cells' lines in the wrong order, a merged
  // row): the item is still cited where its opening words are, so every item points at the page it was read from.
  for (const key of keysOf(words)) {
    const pattern = looseKey(key);
    const hit = findLoose(text, pattern, cursor) ?? findLoose(text, pattern, 0);
    if (hit) return hit;
  }
  return null;
}

export function citeListItems(index: TextIndex, facts: Facts): void {
  for (const field of CITED_LISTS) {
    const fact = facts[field];
    if (!fact || !Array.isArray(fact.value) || !fact.value.some(needsCitation)) continue;
    let cursor = fact.page ? index.starts[fact.page - 1]! : 0;
    fact.value = fact.value.map((item: unknown) => {
      // Plain strings (codes, names) keep their shape: their list's own citation stands for them.
      if (!needsCitation(item)) return item;
      const words = itemWords(item)!;
      if (!words.replace(/\s+/g, "")) return item;
      const hit = locate(index.text, words, cursor);
      if (!hit) return item;
      cursor = hit.start + 1;
      const page = pageAt(index, hit.start);
      const quote = quoteAt(index, hit.start, hit.end - hit.start);
      return { ...(item as object), page, quote };
    });
  }
}
