// Isolated PDF text-layer reader. Runs ONLY as a forked child process (never in the web server):
// pdf.js is hostile-input code, so a crash, hang or memory blow-up here must not take the caller down.
// Protocol (IPC, serialization "advanced"): parent sends { bytes: Uint8Array, maxPages: number, maxChars: number };
// child replies { ok: true, pages: string[], total, info } or { ok: false, code, message } and exits.
import { PDFParse } from "pdf-parse";

function fail(code, message) {
  process.send?.({ ok: false, code, message }, () => process.exit(0));
}

function classify(error) {
  const name = error?.name ?? "";
  const message = String(error?.message ?? error);
  if (name === "PasswordException" || /password/i.test(message)) return "encrypted";
  if (/out of memory|allocation failed|Array buffer allocation|Invalid array length|Invalid typed array length/i.test(message)) {
    return "memory";
  }
  return "corrupt";
}

async function readPdf({ bytes, maxPages, maxChars }) {
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
    const info = await parser.getInfo();
    if (info.total > maxPages) {
      return { ok: false, code: "too_many_pages", message: String(info.total) };
    }
    const text = await parser.getText({ pageJoiner: "" });
    const pages = text.pages.map((p) => p.text);
    const chars = pages.reduce((n, p) => n + p.length, 0);
    if (chars > maxChars) return { ok: false, code: "too_large", message: `text layer has ${chars} characters` };
    const raw = info.info ?? {};
    return {
      ok: true,
      // Peak resident set of this process (kB on Linux): the parse process's real high-water mark.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      total: info.total,
      pages,
      info: {
        title: typeof raw.Title === "string" ? raw.Title : null,
        producer: typeof raw.Producer === "string" ? raw.Producer : null,
        creator: typeof raw.Creator === "string" ? raw.Creator : null,
        creationDate: typeof raw.CreationDate === "string" ? raw.CreationDate : null,
        modDate: typeof raw.ModDate === "string" ? raw.ModDate : null,
        // Owner-password (copy-protected) files open without a password and still have a text layer.
        permissionsRestricted: Array.isArray(info.permission),
      },
    };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

process.on("uncaughtException", (e) => fail(classify(e), String(e?.message ?? e)));
process.on("unhandledRejection", (e) => fail(classify(e), String(e?.message ?? e)));

process.once("message", (msg) => {
  readPdf(msg)
    .then((result) => process.send?.(result, () => process.exit(0)))
    .catch((e) => fail(classify(e), String(e?.message ?? e)));
});
