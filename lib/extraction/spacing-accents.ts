// pdfTeX with its default (OT1) fonts prints an accented letter as a spacing accent glyph and the base letter
// ("Holandsk´a" for "Holandská", "Budˇejovice" for "Budějovice"); pdf.js reports the accent as a character of its own.
// Composing each such accent with its letter gives the word as printed. It runs inside normalizeText, the one
// normalisation both the rules and the citation check read, so a quote holding the composed word is still on its page.

/** Spacing accent → the combining mark it stands for (the grave is ASCII and handled apart). */
const MARK: Record<string, string> = {
  "\u00B4": "\u0301", // ´ acute
  "\u02DD": "\u030B", // ˝ double acute
  "\u02C6": "\u0302", // ˆ circumflex
  "\u02DC": "\u0303", // ˜ tilde
  "\u00A8": "\u0308", // ¨ dieresis
  "\u02C7": "\u030C", // ˇ caron
  "\u02D8": "\u0306", // ˘ breve
  "\u00AF": "\u0304", // ¯ macron
  "\u02DA": "\u030A", // ˚ ring
  "\u00B8": "\u0327", // ¸ cedilla
  "\u02D9": "\u0307", // ˙ dot above
  "\u02DB": "\u0328", // ˛ ogonek
};

export const SPACING_ACCENT = /[\u00B4\u02DD\u02C6\u02DC\u00A8\u02C7\u02D8\u00AF\u02DA\u00B8\u02D9\u02DB]/;
const BEFORE_LETTER = /([\u00B4\u02DD\u02C6\u02DC\u00A8\u02C7\u02D8\u00AF\u02DA\u00B8\u02D9\u02DB])(\p{L})/gu;
/** TeX's grave (ASCII "`") counts only inside a word, before a vowel ("tr`es"): elsewhere it is a backtick. */
const GRAVE = /(?<=\p{L})`([aeiouAEIOU])/gu;
export const GRAVE_IN_WORD = /[A-Za-z]`[aeiouAEIOU]/;

/**
 * Each spacing accent printed right before a letter becomes that letter's combining mark ("´a" → "á"; TeX draws the
 * accent first). A dotless i under an accent ("´ı", TeX's \'\i) is an i. The result is composed (NFC).
 */
export function composeSpacingAccents(text: string): string {
  if (!SPACING_ACCENT.test(text) && !GRAVE_IN_WORD.test(text)) return text;
  return (
    text
      // "company´s": an acute typed for an apostrophe before a word-final s stays as printed (no "ś" at a word's end).
      .replace(BEFORE_LETTER, (whole: string, accent: string, letter: string, at: number, all: string) =>
        accent === "\u00B4" && letter === "s" && !/\p{L}/u.test(all[at + 2] ?? "") ? whole : letter + MARK[accent]!,
      )
      .replace(GRAVE, "$1\u0300")
      .replace(/ı(?=\p{M})/gu, "i")
      .normalize("NFC")
  );
}

type Positioned = [string, number, number, number, number, number];

const ENDS_IN_ACCENT = new RegExp("(?:" + SPACING_ACCENT.source + "|(?<=\\p{L})`)$", "u");
const ONLY_ACCENT = new RegExp("^(?:" + SPACING_ACCENT.source + "|`)$");
const SPACE_BEFORE_END_ACCENT = new RegExp("(?<=\\p{L}) (?=" + SPACING_ACCENT.source + "$)", "u");

/**
 * pdf.js ends a text item at the accent ("Holandsk´" then "a 10, …"), and draws a capital's accent as an item of its
 * own, raised over the letter ("ˇ" over "Cesk´…"). Before items are normalised one by one, an item ending in an
 * accent is joined with the next item on its baseline that starts where the accent stands, and a lone accent is put
 * into the item under it before the letter it stands over, so each accent meets its letter.
 */
export function attachAccentItems<T extends Positioned>(items: readonly T[]): T[] {
  if (!items.some((it) => SPACING_ACCENT.test(it[0]) || it[0].includes("`"))) return [...items];
  const rest = [...items];
  const out: T[] = [];
  for (let i = 0; i < rest.length; i++) {
    let item = rest[i]!;
    const size = item[4] > 0 ? item[4] : 10;
    const beside = (next: T | undefined): next is T =>
      !!next && !item[5] && !next[5] && Math.abs(next[2] - item[2]) <= 0.45 * size && /^\p{L}/u.test(next[0]);
    const next = rest[i + 1];
    if (ONLY_ACCENT.test(item[0]) && beside(next) && next[1] <= item[1] + item[3] && item[1] < next[1] + next[3]) {
      // A capital's accent: into the next item before the letter under its centre (letters taken as equally wide).
      const chars = [...next[0]];
      const centre = item[1] + item[3] / 2;
      const at = Math.max(0, Math.min(chars.length - 1, Math.floor(((centre - next[1]) / next[3]) * chars.length)));
      if (/\p{L}/u.test(chars[at]!)) {
        rest[i + 1] = withText(next, [...chars.slice(0, at), item[0], ...chars.slice(at)].join(""));
        continue;
      }
    }
    // An item ending in an accent goes on in the next item that starts where it ends ("Budˇ" + "ejovice").
    while (
      ENDS_IN_ACCENT.test(item[0]) &&
      beside(rest[i + 1]) &&
      Math.abs(rest[i + 1]![1] - (item[1] + item[3])) <= size
    ) {
      const n = rest[++i]!;
      // "Els ˝" + "o tanúsítás": a space pdf.js put before an accent drawn over the next item's first letter (a virtual
      // font's composed "ő") is no word break.
      item = withText(item, item[0].replace(SPACE_BEFORE_END_ACCENT, "") + n[0], n[1] + n[3] - item[1]);
    }
    out.push(item);
  }
  return out;
}

function withText<T extends Positioned>(item: T, text: string, width = item[3]): T {
  const copy = [...item] as unknown as T;
  copy[0] = text;
  copy[3] = width;
  return copy;
}
