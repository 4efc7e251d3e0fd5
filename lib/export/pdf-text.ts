// pdfkit's 14 standard fonts (which need no font files and no network) only cover
// WinAnsi. pdfkit does not check this: a character outside it is written as its raw
// code point and comes out as garbage or breaks text extraction. So every string
// is folded to WinAnsi first: é, ü, “quotes”, € survive; full-width Latin becomes
// ASCII; accents WinAnsi lacks are dropped (ő → o); anything else (CJK, emoji) → "?".

// The WinAnsi code points above U+00FF (cp1252's 0x80–0x9F block).
const WIN_ANSI_EXTRAS = new Set(
  [
    0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018,
    0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
  ].map((cp) => String.fromCodePoint(cp)),
);

const LOOKALIKES: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
  "\u2028": "\n",
  "\u2029": "\n",
  "\t": " ",
  // Arrows (the CUEC → buyer-control mapping, history's old → new) have no WinAnsi glyph.
  "\u2192": "->",
  "\u2190": "<-",
  // Letters with a stroke have no Unicode decomposition, so NFKD cannot strip them.
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0131": "i",
};

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

function isWinAnsi(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return char === "\n" || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}

function foldChar(char: string): string {
  if (isWinAnsi(char)) return char;
  if (char in LOOKALIKES) return LOOKALIKES[char];
  if (INVISIBLE.test(char)) return "";
  const compat = char.normalize("NFKC");
  if ([...compat].every(isWinAnsi)) return compat;
  const stripped = char.normalize("NFKD").replace(/\p{M}/gu, "");
  if (stripped && [...stripped].every(isWinAnsi)) return stripped;
  // Other control characters carry no meaning on paper.
  if (/\p{Cc}/u.test(char)) return "";
  return "?";
}

/** Folds text to what the standard PDF fonts can draw; CRLF/CR become LF. */
export function toPdfText(value: string | null | undefined): string {
  if (!value) return "";
  const normalised = value.normalize("NFC").replace(/\r\n?/g, "\n");
  let out = "";
  for (const char of normalised) out += foldChar(char);
  return out;
}

/** Caps very long free text so one table row can never be taller than a page. */
export function clampText(value: string, maxChars: number): string {
  return value.length <= maxChars ? value : `${value.slice(0, maxChars - 1).trimEnd()}…`;
}
