// Isolated PDF text-layer reader. Runs ONLY as a forked child process (never in the web server):
// pdf.js is hostile-input code, so a crash, hang or memory blow-up here must not take the caller down.
// Protocol (IPC, serialization "advanced"): parent sends { id, bytes: Uint8Array, maxPages, maxChars, ocr? };
// child replies { id, ok: true, pages: string[], layouts, total, info, maxRssMb, cpuMs, ocr? } or { id, ok: false, code, message }
// (layouts: positioned text items per page for short documents, see pdf-text-items.mjs).
// With `ocr: { maxPages, budgetMs }` the pages without a usable text layer are rendered and OCR'd here
// (pdf-ocr.mjs); `ocr` in the reply lists them ({ page, confidence, status, ms, cpuMs }) and `pages` carries their text.
// The parent may send several documents one after another (it recycles the process after a few, and kills it on
// any error, timeout or memory breach); documents are never parsed concurrently.
import "./ignore-group-signals.mjs"; // first: before pdf.js loads
import { PDFParse } from "pdf-parse";
// pdf.js's own worker code runs in this process (Node has no web worker for it) and is otherwise imported when the
// first document is opened: load it with pdf.js, before this spare process says it is ready, so that document does
// not pay for compiling 2 MB of module (it sets globalThis.pdfjsWorker, which pdf.js then uses).
import "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { guardAgainstOrphaning } from "./orphan-guard.mjs";
import { readTextPages } from "./pdf-text-items.mjs";
import { ocrPages, pagesWithGarbledText, pagesWithoutText } from "./pdf-ocr.mjs";

guardAgainstOrphaning();
// The parser reads bytes it is handed and needs no network: make any attempt fail instead of leaving the box.
globalThis.fetch = () => Promise.reject(new Error("network access is disabled in the parser process"));

let currentId = null;

function send(message) {
  process.send?.(message);
}

function classify(error) {
  const name = error?.name ?? "";
  const message = String(error?.message ?? error);
  if (name === "PasswordException" || /password/i.test(message)) return "encrypted";
  if (
    /out of memory|allocation failed|Array buffer allocation|Invalid array length|Invalid typed array length/i.test(
      message,
    )
  ) {
    return "memory";
  }
  return "corrupt";
}

async function readPdf({ bytes, maxPages, maxChars, ocr }) {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const parser = new PDFParse({
    data: bytes,
    // CVE-2024-4367 defence in depth: pdf.js 5.4 still compiles Type-4 functions with new Function() otherwise.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    maxImageSize: 16_000_000,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await parser.load();
    const total = doc.numPages;
    if (total > maxPages) {
      return { ok: false, code: "too_many_pages", message: String(total) };
    }
    // Same page text as parser.getText(), plus positioned items for the layout reader, from one read of each page.
    const { pages, layouts } = await readTextPages(doc);
    const chars = pages.reduce((n, p) => n + p.length, 0);
    if (chars > maxChars) return { ok: false, code: "too_large", message: `text layer has ${chars} characters` };
    // The two parts of parser.getInfo() used here, without the outline and page labels it also reads (unused).
    const raw = (await doc.getMetadata()).info ?? {};
    const permission = await doc.getPermissions();
    const activeContent = await catalogueActiveContent(parser);
    const ocrResults = ocr ? await ocrBlankPages(parser, pages, ocr, started) : undefined;
    return {
      ok: true,
      // Peak resident set of this process (kB on Linux): the parse process's real high-water mark.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      // CPU time this process spent on the document, every thread included (pdf.js, GC, the OCR thread): the
      // parse's one-core cost, which a busy machine's wall clock cannot show (bench/extraction/run.ts).
      cpuMs: cpuMs(process.cpuUsage(cpu)),
      total,
      pages,
      ...(layouts ? { layouts } : {}),
      ...(ocrResults ? { ocr: ocrResults } : {}),
      info: {
        title: typeof raw.Title === "string" ? raw.Title : null,
        producer: typeof raw.Producer === "string" ? raw.Producer : null,
        creator: typeof raw.Creator === "string" ? raw.Creator : null,
        creationDate: typeof raw.CreationDate === "string" ? raw.CreationDate : null,
        modDate: typeof raw.ModDate === "string" ? raw.ModDate : null,
        // Owner-password (copy-protected) files open without a password and still have a text layer.
        permissionsRestricted: Array.isArray(permission),
        activeContent,
      },
    };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function cpuMs({ user, system }) {
  return (user + system) / 1000;
}

/**
 * Replaces the text of blank pages, and of pages whose text layer is a garbled OCR, by their OCR text in place;
 * returns what happened to each blank page and to each garbled page OCR read (a garbled page OCR cannot read
 * keeps its own text layer and is not listed).
 */
async function ocrBlankPages(parser, pages, { maxPages, budgetMs }, started) {
  const blank = pagesWithoutText(pages);
  const garbled = new Set(pagesWithGarbledText(pages));
  const wanted = [...blank, ...garbled].sort((a, b) => a - b);
  if (wanted.length === 0 || !parser.doc) return [];
  const chosen = wanted.slice(0, maxPages);
  const results = await ocrPages(parser.doc, chosen, { deadline: started + budgetMs });
  for (const r of results) {
    // The replaced garbled layer goes back too: what the file's own text says is a finding about the file.
    if (r.status === "read" && garbled.has(r.page)) r.ownLayer = pages[r.page - 1];
    if (r.status === "read") pages[r.page - 1] = r.text;
    delete r.text;
  }
  const over = wanted.slice(maxPages).map((page) => ({ page, confidence: 0, status: "skipped" }));
  return [...results, ...over].filter((r) => !garbled.has(r.page) || r.status === "read");
}

/**
 * Document-level JavaScript and embedded files as pdf.js sees them (also inside compressed object
 * streams, which a byte scan cannot see). Only read, never run: scripting stays off. pdf-parse keeps
 * its pdf.js document in a private field (`doc`, pdf-parse 2.4.5, pinned), loaded by getInfo().
 */
async function catalogueActiveContent(parser) {
  const doc = parser.doc;
  if (!doc) return [];
  const found = [];
  const js = await doc.getJSActions().catch(() => null);
  if (js && Object.keys(js).length > 0) found.push("javascript");
  const files = await doc.getAttachments().catch(() => null);
  if (files && Object.keys(files).length > 0) found.push("embedded_files");
  return found;
}

// An error outside the awaited chain still belongs to the current document; after it the parent kills this process.
process.on("uncaughtException", (e) =>
  send({ id: currentId, ok: false, code: classify(e), message: String(e?.message ?? e) }),
);
process.on("unhandledRejection", (e) =>
  send({ id: currentId, ok: false, code: classify(e), message: String(e?.message ?? e) }),
);

process.on("message", (msg) => {
  currentId = msg.id ?? null;
  readPdf(msg)
    .then((result) => send({ id: currentId, ...result }))
    .catch((e) => send({ id: currentId, ok: false, code: classify(e), message: String(e?.message ?? e) }));
});
// Tell the parent the modules (pdf.js and its worker code) are loaded, so a pre-started process is known to be
// ready, and what loading them cost (CPU of every thread so far: bench/extraction/run.ts reports it).
send({ ready: true, startCpuMs: cpuMs(process.cpuUsage()) });
// The parent went away (exit or crash): nothing more to do.
process.on("disconnect", () => process.exit(0));
