// The fast paths of the text normalisers (ASCII text left as it is, only non-ASCII runs folded) must give exactly
// what the plain definitions give, for any text: the rules were written on that output.
import { describe, expect, it } from "vitest";
import { foldLetters, normalizeText } from "./normalize";
import { composeSpacingAccents } from "./spacing-accents";
import { buildTextIndex, findMatch, search, searchAll, searchEach } from "./text-index";

/** The definitions the fast paths replace, applied to the whole string. */
const plainFold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ı/g, "i");
const plainNormalize = (s: string) =>
  composeSpacingAccents(s)
    .normalize("NFKC")
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\u200B\u200C\u200D\uFEFF\u00AD]/g, "")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, "-")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n");

// Characters that decompose, compose, are marks (before and after an ASCII base), or are replaced.
const SAMPLES = [
  "e\u0301",
  "I\u0307",
  "\u0301",
  "İstanbul Şişli",
  "ıi",
  "Ǆ",
  "ﬁnal",
  "½",
  "\u00A0",
  "a\u0327\u0301",
  "\u1E9B\u0323",
  "한국",
  "\uD835\uDC00",
  "\uD800",
  "сертификат",
  "\u2019\u201C\u2013",
  "\u200B\u00AD",
  "x \t\r\ny",
];

function mixes(): string[] {
  const out: string[] = [];
  for (const a of SAMPLES) for (const b of SAMPLES) out.push(a + b, `${a} ASCII text\n${b}`, `A${a}e\u0301${b}z`);
  // Every Latin-1 and Latin Extended character and every combining mark of the main block, after an ASCII letter.
  for (let cp = 0x80; cp < 0x370; cp++) out.push(`a${String.fromCodePoint(cp)}b`, `${String.fromCodePoint(cp)}\u0301`);
  return out;
}

describe("text normalisers", () => {
  it("foldLetters folds only non-ASCII runs and gives what folding the whole text gives", () => {
    for (const s of mixes()) expect(foldLetters(s), JSON.stringify(s)).toBe(plainFold(s));
    const ascii = "Plain ASCII report text.\n".repeat(50);
    expect(foldLetters(ascii)).toBe(ascii);
  });

  it("normalizeText gives what the full chain gives, ASCII pages included", () => {
    for (const s of [...mixes(), "ASCII only \r\n with trailing \t \nspaces", "no change"])
      expect(normalizeText(s), JSON.stringify(s)).toBe(plainNormalize(s));
  });
});

describe("text index", () => {
  const doc = { pages: ["First page\nTo the Board", "", "Second • page\nperiod 1 to 2"], filename: "x.pdf" };

  it("joins the pages with a page break after each, at the offsets it records", () => {
    const index = buildTextIndex(doc as never);
    expect(index.text).toBe(doc.pages.map((p) => `${p}\n\n`).join(""));
    expect(index.starts).toEqual([0, 25, 27]);
    expect(buildTextIndex({ ...doc, pages: [] } as never).text).toBe("");
  });

  it("searchEach and findMatch give searchAll's matches in order, lazily", () => {
    const index = buildTextIndex(doc as never);
    const re = /\b\w*page\b/gi;
    expect([...searchEach(index, re)].map((m) => [m.index, m[0]])).toEqual(
      searchAll(index, re).map((m) => [m.index, m[0]]),
    );
    expect(findMatch(index, /page/i, (m) => m.index > 10)?.index).toBe(search(index, /page/, 11)?.index);
  });
});
