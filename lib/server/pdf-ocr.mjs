// OCR for pages without a usable text layer. Loaded ONLY by the parser child (pdf-worker.mjs), so it runs under
// the same wall-clock, RSS and heap caps as parsing; the web server never renders or recognises a page.
// A page is drawn by pdf.js onto an @napi-rs/canvas canvas (prebuilt, from npm), turned into an 8-bit grey
// image and read by tesseract.js (Wasm) with the LSTM models of the @tesseract.js-data/<code> packages named in
// ocr-languages.mjs: nothing is downloaded (see ocr-thread.cjs).
import { createRequire } from "node:module";
import path from "node:path";
import { CYRILLIC_LANGUAGES, looksLikeMisreadCyrillic, ocrLanguageSpec } from "./ocr-languages.mjs";
import ocrModels from "./ocr-models.cjs";

const require = createRequire(import.meta.url);

/** A page with fewer non-blank characters than this has no usable text layer (same rule as extract-document). */
export const MIN_TEXT_CHARS = 20;
// 200 dpi reads 9–10 pt certificate print well; more costs time and memory for little gain.
const DPI = 200;
// Big page boxes (A3 scans, posters) are scaled down to this many pixels so one page cannot blow the RSS cap.
const MAX_PIXELS = 4_500_000;
// Lines tesseract is less sure of than this are mostly speckle and seals, not words.
const MIN_LINE_CONFIDENCE = 30;
// Page segmentation "single column of text of variable sizes" (tesseract PSM 4). The automatic mode (3) drops
// lines set in large bold type under a rule (a certificate's holder name, the line that matters most) as
// graphics; certificates are one column of centred lines, and a two-column footer still reads as joined lines.
const PAGE_SEGMENTATION = "4";
// A page whose kept text is below this mean confidence (0–100) is treated as unreadable.
const MIN_PAGE_CONFIDENCE = 45;

export function pagesWithoutText(pages) {
  const out = [];
  pages.forEach((text, i) => {
    if (text.replace(/\s/g, "").length < MIN_TEXT_CHARS) out.push(i + 1);
  });
  return out;
}

// A text layer where this share of the words are mangled is itself a failed OCR (a scanner's invisible layer):
// measured on the corpus, such layers mangle 28–32 % of their words; born-digital pages at most 5 % (brand names
// such as "PowerApps" and possessives such as "HackerBay'" count as mangled).
const GARBLED_SHARE = 0.15;
// Below this many words a page's share says nothing.
const GARBLED_MIN_WORDS = 30;

/** A word as a failed OCR leaves it: symbols inside letters, case flipping or digits inside the word, punctuation
 *  between letters (the same word rule as lib/extraction/garbled.ts). */
function mangled(word) {
  if (/[§€@|\\^~{}[\]]/.test(word)) return true;
  if (/\p{Ll}\p{Lu}\p{Ll}|\p{Lu}\p{Ll}\p{Lu}/u.test(word)) return true;
  if (/\p{L}\d+\p{L}/u.test(word)) return true;
  return /\p{L}[!?;,.]\p{L}/u.test(word) && !/\p{L}\.\p{L}\./u.test(word) && !/^www\.|\.\p{L}{2,4}$/u.test(word);
}

/** Pages (1-based) whose text layer reads as a failed OCR of the page image: worth reading again. */
export function pagesWithGarbledText(pages) {
  const out = [];
  pages.forEach((text, i) => {
    const words = text.split(/\s+/).filter((w) => w.length >= 3 && /\p{L}/u.test(w));
    if (words.length < GARBLED_MIN_WORDS) return;
    if (words.filter(mangled).length / words.length >= GARBLED_SHARE) out.push(i + 1);
  });
  return out;
}

async function startTesseract(langs, psm) {
  const { createWorker, OEM } = require("tesseract.js");
  const worker = await createWorker(langs, OEM.LSTM_ONLY, {
    workerPath: path.join(path.dirname(new URL(import.meta.url).pathname), "ocr-thread.cjs"),
    // The npm models' folder; ocr-thread.cjs reads each model from where it is installed (ocr-models.cjs).
    langPath: ocrModels.NPM_MODELS,
    gzip: true,
    // Never read or write a cache file (the default writes eng.traineddata into the working directory).
    cacheMethod: "none",
    errorHandler: () => undefined,
  });
  await worker.setParameters({ tessedit_pageseg_mode: psm ?? PAGE_SEGMENTATION });
  return worker;
}

/** Renders one page as a binary PGM (8-bit grey), the cheapest format tesseract's Leptonica reads. */
async function renderGrey(doc, pageNumber) {
  const page = await doc.getPage(pageNumber);
  try {
    const base = page.getViewport({ scale: 1 });
    let scale = DPI / 72;
    const pixels = base.width * scale * base.height * scale;
    if (pixels > MAX_PIXELS) scale *= Math.sqrt(MAX_PIXELS / pixels);
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.floor(viewport.width));
    const height = Math.max(1, Math.floor(viewport.height));
    const cc = doc.canvasFactory.create(width, height);
    try {
      // White paper: transparent scans otherwise read as black.
      cc.context.fillStyle = "#ffffff";
      cc.context.fillRect(0, 0, width, height);
      await page.render({ canvasContext: cc.context, viewport, canvas: cc.canvas }).promise;
      const rgba = cc.context.getImageData(0, 0, width, height).data;
      const header = Buffer.from(`P5\n${width} ${height}\n255\n`, "latin1");
      const pgm = Buffer.allocUnsafe(header.length + width * height);
      header.copy(pgm);
      for (let i = 0, j = header.length; i < rgba.length; i += 4, j++) {
        pgm[j] = (rgba[i] * 299 + rgba[i + 1] * 587 + rgba[i + 2] * 114) / 1000;
      }
      return pgm;
    } finally {
      doc.canvasFactory.destroy(cc);
    }
  } finally {
    page.cleanup();
  }
}

async function beforeDeadline(promise, deadline) {
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()))));
  const data = promise.then((x) => x.data);
  // A job still running when its thread is terminated rejects later: that must not count as this document's error.
  data.catch(() => undefined);
  try {
    return await Promise.race([data, late]);
  } finally {
    clearTimeout(timer);
  }
}

function keptLines(data) {
  const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  return lines.filter((l) => l.confidence >= MIN_LINE_CONFIDENCE && /[\p{L}\p{N}]{2,}/u.test(l.text));
}

// Words on one recognised line this many line heights apart are in different cells (a table's columns, a label and its
// value): they are joined with a tab, as a text layer's cells are (the layout reader's gap is 1.6 font sizes).
const OCR_CELL_GAP = 1.6;

/** A recognised line's text, its words joined by a space, or by a tab across a gap as wide as a table's columns. */
export function cellsOfLine(line) {
  const words = (line.words ?? []).filter((w) => w.text && w.bbox);
  const height = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0;
  if (words.length < 2 || !(height > 0)) return line.text.replace(/\s+$/, "");
  let text = words[0].text;
  for (let i = 1; i < words.length; i++) {
    const gap = words[i].bbox.x0 - words[i - 1].bbox.x1;
    text += (gap > OCR_CELL_GAP * height ? "\t" : " ") + words[i].text;
  }
  return text.replace(/\s+$/, "");
}

/** Reads one rendered page with the given languages, or null when the deadline passes first (the thread is ended). */
async function readImage(state, image, langs, psm, deadline) {
  if (state.tesseract && state.langs !== langs) {
    // One model set in memory at a time: the parse process's peak stays that of one reading.
    await state.tesseract.terminate().catch(() => undefined);
    state.tesseract = null;
  }
  state.tesseract ??= await startTesseract(langs, psm);
  state.langs = langs;
  // Recognition runs on tesseract's thread, so this thread can stop it at the deadline: a page cut short is
  // skipped instead of running into the parent's hard timeout, which would lose the whole document.
  const data = await beforeDeadline(state.tesseract.recognize(image, {}, { text: false, blocks: true }), deadline);
  if (data === null) {
    await state.tesseract.terminate().catch(() => undefined);
    state.tesseract = null;
    return null;
  }
  const lines = keptLines(data);
  const chars = lines.reduce((n, l) => n + l.text.length, 0);
  const confidence = chars ? lines.reduce((n, l) => n + l.confidence * l.text.length, 0) / chars : 0;
  return { text: lines.map(cellsOfLine).join("\n"), confidence, langs };
}

/** The Cyrillic second pass's languages when its model is installed (ADR 042), else null. */
export function cyrillicLanguages(modelFile = ocrModels.modelFile) {
  return CYRILLIC_LANGUAGES.every((code) => modelFile(code)) ? ocrLanguageSpec(CYRILLIC_LANGUAGES) : null;
}

/**
 * OCRs the given 1-based pages one by one until `deadline` (epoch ms) passes; pages not reached are reported
 * as skipped so the caller can name them instead of losing the whole document to the parent's timeout.
 * A page whose first reading (English + Turkish) looks like Cyrillic print read with Latin letters is read again
 * with the Cyrillic models when they are installed, and the more confident reading is kept (ADR 042).
 * Returns one entry per page: { page, text, confidence (0–1), status: "read" | "unreadable" | "skipped", languages }.
 */
export async function ocrPages(
  doc,
  pageNumbers,
  { deadline, langs = ocrLanguageSpec(), psm, secondLangs = cyrillicLanguages() },
) {
  const results = [];
  const state = { tesseract: null, langs: null };
  try {
    for (const page of pageNumbers) {
      if (Date.now() > deadline) {
        results.push({ page, text: "", confidence: 0, status: "skipped" });
        continue;
      }
      const wall = Date.now();
      const cpu = process.cpuUsage();
      const image = await renderGrey(doc, page);
      // The render leaves ~30 MB of garbage (the scan decoded at its own resolution, the RGBA copy of the canvas)
      // that V8 would collect only later, after tesseract's thread and Wasm heap have grown on top of it: collect
      // it now so the process's peak is tesseract's, not both (the parser process runs with --expose-gc).
      globalThis.gc?.();
      // A page whose pass ran into the deadline keeps nothing from that pass.
      let reading = await readImage(state, image, langs, psm, deadline);
      if (reading && secondLangs && looksLikeMisreadCyrillic(reading.text)) {
        const again = await readImage(state, image, secondLangs, psm, deadline);
        if (again && again.confidence > reading.confidence) reading = again;
      }
      if (reading === null) {
        results.push({ page, text: "", confidence: 0, status: "skipped" });
        continue;
      }
      const { text, confidence } = reading;
      const used = process.cpuUsage(cpu);
      const readable = text.replace(/\s/g, "").length >= MIN_TEXT_CHARS && confidence >= MIN_PAGE_CONFIDENCE;
      results.push({
        page,
        text: readable ? text : "",
        confidence: Math.round(confidence) / 100,
        status: readable ? "read" : "unreadable",
        languages: reading.langs,
        // Render + recognition (both passes when there were two); CPU counts every thread of this process.
        ms: Date.now() - wall,
        cpuMs: Math.round((used.user + used.system) / 1000),
      });
    }
  } finally {
    // The Wasm heap never shrinks: end the thread with the document so the next one starts small.
    await state.tesseract?.terminate().catch(() => undefined);
  }
  return results;
}
