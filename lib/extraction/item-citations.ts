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

/** `text` without white space, with a map back to offsets in `text`. */
function compact(text: string): { flat: string; at: Int32Array } {
  // The text is normalised (normalize.ts): these are the only white space left in it.
  const flat = text.replace(/[ \t\n\r\f\v]+/g, "");
  const at = new Int32Array(flat.length);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11) continue;
    at[j++] = i;
  }
  return { flat, at };
}

/** First index in the sorted `at` whose offset is at or after `offset`. */
function firstAtOrAfter(at: Int32Array, offset: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function needsCitation(item: unknown): boolean {
  return !!item && typeof item === "object" && !("page" in item && "quote" in item) && itemWords(item) !== null;
}

// Long items (a CUEC, a deviation) are found by their opening words; enough to be unique, short enough to stay on
// one page when the item runs over a page break.
const KEY_CHARS = 60;

export function citeListItems(index: TextIndex, facts: Facts): void {
  let flat: { flat: string; at: Int32Array } | null = null;
  for (const field of CITED_LISTS) {
    const fact = facts[field];
    if (!fact || !Array.isArray(fact.value) || !fact.value.some(needsCitation)) continue;
    flat ??= compact(index.text);
    const listStart = fact.page ? index.starts[fact.page - 1]! : 0;
    let cursor = firstAtOrAfter(flat.at, listStart);
    fact.value = fact.value.map((item: unknown) => {
      // Plain strings (codes, names) keep their shape: their list's own citation stands for them.
      if (!needsCitation(item)) return item;
      const words = itemWords(item)!;
      const key = words.replace(/\s+/g, "").slice(0, KEY_CHARS);
      if (!key) return item;
      let hit = flat!.flat.indexOf(key, cursor);
      if (hit < 0) hit = flat!.flat.indexOf(key);
      if (hit < 0) return item;
      const start = flat!.at[hit]!;
      const end = flat!.at[hit + key.length - 1]! + 1;
      cursor = hit + 1;
      const page = pageAt(index, start);
      const quote = quoteAt(index, start, end - start);
      return { ...(item as object), page, quote };
    });
  }
}
