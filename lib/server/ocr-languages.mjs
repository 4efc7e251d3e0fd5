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
