// Text a failed OCR leaves (a scanner's invisible text layer, or Cyrillic read by a Latin model): words with symbols
// inside letters, case flipping inside a word, punctuation between letters. The parser child applies the same word
// rule to decide which text layers to OCR again (lib/server/pdf-ocr.mjs, pagesWithGarbledText).

export function mangledWord(word: string): boolean {
  if (/[§€@|\\^~{}[\]]/.test(word)) return true;
  if (/\p{Ll}\p{Lu}\p{Ll}|\p{Lu}\p{Ll}\p{Lu}/u.test(word)) return true;
  // Digits inside a word ("0e3omacHoOCTH", "Irpy30BbIX"): letters a model read as digits.
  if (/\p{L}\d+\p{L}/u.test(word)) return true;
  return /\p{L}[!?;,.]\p{L}/u.test(word) && !/\p{L}\.\p{L}\./u.test(word) && !/^www\.|\.\p{L}{2,4}$/u.test(word);
}

/** Below this many words a share says nothing (a name such as "HackerBay, Inc." is one odd word of two). */
const MIN_WORDS = 4;

/** Share (0–1) of a text's words of three or more characters that are mangled; 0 for a text with few such words. */
export function mangledShare(text: string): number {
  const words = text.split(/\s+/).filter((w) => w.length >= 3 && /\p{L}/u.test(w));
  return words.length >= MIN_WORDS ? words.filter(mangledWord).length / words.length : 0;
}

/** A value whose words are this mangled is not a reading of the page, whatever read it. */
export const MANGLED_VALUE_SHARE = 0.3;
