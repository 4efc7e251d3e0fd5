// What OCR changes in an extraction: facts cited on an OCR'd page are marked as read by OCR with a lower
// confidence, and the fields a page OCR could not read may hold stay named as not in the text layer.
import type { Facts, OcrPage } from "./types";

// Recognised text is less certain than a text layer even when tesseract is sure of every glyph.
const OCR_CONFIDENCE_CAP = 0.8;

/** Pages whose text came from OCR. */
export function ocrReadPages(ocr: OcrPage[]): Map<number, OcrPage> {
  return new Map(ocr.filter((p) => p.status === "read").map((p) => [p.page, p]));
}

/** Text layer state judged on the PDF's own text (OCR'd pages do not count as a text layer). */
export function textLayerState(pages: string[], ocrRead: Map<number, OcrPage>): "present" | "partial" | "none" {
  const own = pages.filter((_, i) => !ocrRead.has(i + 1));
  let textChars = 0;
  for (const p of own) if ((textChars += nonBlankChars(p, MIN_CHARS - textChars)) >= MIN_CHARS) break;
  const emptyPages = pages.length - own.length + own.filter((p) => nonBlankChars(p, MIN_CHARS) < MIN_CHARS).length;
  return textChars < MIN_CHARS ? "none" : emptyPages > pages.length / 2 ? "partial" : "present";
}

/** Fewer non-blank characters than this: no text layer (a page, or the whole document). */
const MIN_CHARS = 20;

/** Non-blank characters of `text`, counted up to `cap` only: a long report's pages are not copied to say "enough". */
function nonBlankChars(text: string, cap: number): number {
  const re = /\S/g;
  let n = 0;
  while (n < cap && re.exec(text)) n++;
  return n;
}

/** Marks, in place, every fact whose cited page was OCR'd: source "ocr" and confidence scaled by OCR's own. */
export function markOcrFacts(facts: Facts, ocrRead: Map<number, OcrPage>): void {
  if (ocrRead.size === 0) return;
  for (const fact of Object.values(facts)) {
    const page = fact.page === null ? undefined : ocrRead.get(fact.page);
    if (!page) continue;
    fact.source = "ocr";
    fact.confidence = Math.round(fact.confidence * Math.min(OCR_CONFIDENCE_CAP, page.confidence) * 100) / 100;
  }
}

/** Fields still null when some page could be neither read from the text layer nor by OCR. */
export function unreadFields(facts: Facts, fields: string[], ocr: OcrPage[]): string[] {
  if (!ocr.some((p) => p.status !== "read")) return [];
  return fields.filter((f) => (facts[f]?.value ?? null) === null);
}
