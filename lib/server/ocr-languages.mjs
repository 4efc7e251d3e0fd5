// Which tesseract models read a page. Every model ships as an npm package (@tesseract.js-data/<code>, pinned in
// package.json) and is read from disk by ocr-thread.cjs: nothing is downloaded at run time.
//
// One pass with English and Turkish together (ADR 031): tesseract tries the second model on the words the first
// reads badly, so English pages cost little more (~10–15 % CPU measured) while Turkish names and addresses keep
// their letters (İ, Ş, Ğ, Ç, Ö, Ü) instead of becoming "Tiirkiye" or vanishing from a display-type line.
// A second pass only on pages that look Turkish would double the cost of exactly those pages and depend on
// guessing the language from a reading that is already wrong.
export const OCR_LANGUAGES = ["eng", "tur"];

/** The languages as tesseract.js takes them ("eng+tur"). */
export function ocrLanguageSpec(languages = OCR_LANGUAGES) {
  for (const code of languages) {
    if (!/^[a-z]{3}(?:_[a-z]+)?$/.test(code)) throw new Error(`not a tesseract language code: ${code}`);
  }
  return languages.join("+");
}

// Russian (and other Cyrillic) print is read by a second pass with Debian's Russian model plus English (for "ISO/IEC",
// "RU", web addresses), only on pages whose first reading looks like Cyrillic read with Latin letters (ADR 042).
// npm publishes no Russian model; the second pass runs only where `tesseract-ocr-rus` is installed.
export const CYRILLIC_LANGUAGES = ["rus", "eng"];

// Cyrillic capitals whose shapes are Latin letters (А В С Е Н К М О Р Т Х У): a Latin model reads "СООТВЕТСТВИЯ"
// as "COOTBETCTBHUA" and "РОСС" as "POCC". English capitals words spelt only with these are rare ("TEAM", "MOTTO").
const LOOKALIKE_CAPITALS = /^[ABCEHKMOPTXY3]{4,}$/;
// Lower-case Cyrillic в, н, т, к, м look like small capitals, so a Latin reading flips case inside words
// ("ToBapmımecTBy", "PeructpaumnonHbin") or puts digits among letters ("Ka3axcran", "0e3omacHoCTH").
const FLIPPED = /\p{Ll}\p{Lu}|\p{L}\d+\p{L}/u;

/**
 * Whether a page's first OCR reading looks like Cyrillic print read with Latin models: many words flip case or mix
 * digits inside, or several words are spelt only with Cyrillic-lookalike capitals, or "№" was read as "Ne" before a
 * number. A false alarm costs a second reading of the page, never its text: the more confident reading is kept.
 */
export function looksLikeMisreadCyrillic(text) {
  if (/[\u0400-\u04FF]/.test(text)) return false;
  const words = text.split(/[\s,.;:()«»"<>]+/).filter((w) => w.length >= 3 && /\p{L}/u.test(w));
  if (words.length < 8) return false;
  const flipped = words.filter((w) => FLIPPED.test(w)).length / words.length;
  const lookalike = words.filter((w) => LOOKALIKE_CAPITALS.test(w)).length;
  const numberSign = (text.match(/(?:^|\s)Ne\s+[A-Z0-9]/gm) ?? []).length;
  return flipped >= 0.2 || lookalike >= 3 || (numberSign >= 1 && flipped >= 0.1);
}
