import { extensionOf } from "./display-filename";

export type AcceptedType = {
  format: "pdf" | "markdown" | "html" | "csv" | "text" | "yaml" | "json";
  mimeType: string;
};
export type SniffResult = ({ ok: true } & AcceptedType) | { ok: false; message: string };

const ACCEPTED = "Assay accepts PDF, Markdown (and MDX), HTML, CSV, YAML, JSON and plain-text files.";

const TEXT_EXTENSIONS: Record<string, AcceptedType> = {
  md: { format: "markdown", mimeType: "text/markdown; charset=utf-8" },
  markdown: { format: "markdown", mimeType: "text/markdown; charset=utf-8" },
  mdx: { format: "markdown", mimeType: "text/markdown; charset=utf-8" },
  html: { format: "html", mimeType: "text/html; charset=utf-8" },
  htm: { format: "html", mimeType: "text/html; charset=utf-8" },
  csv: { format: "csv", mimeType: "text/csv; charset=utf-8" },
  txt: { format: "text", mimeType: "text/plain; charset=utf-8" },
  yaml: { format: "yaml", mimeType: "application/yaml; charset=utf-8" },
  yml: { format: "yaml", mimeType: "application/yaml; charset=utf-8" },
  json: { format: "json", mimeType: "application/json; charset=utf-8" },
};

// Signatures of formats we refuse, so the message can say what the file really is.
const SIGNATURES: Array<{ name: string; test: (b: Uint8Array) => boolean }> = [
  { name: "a PNG image", test: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { name: "a JPEG image", test: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { name: "a GIF image", test: (b) => ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a") },
  { name: "a WebP image", test: (b) => ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP") },
  { name: "a TIFF image", test: (b) => starts(b, [0x49, 0x49, 0x2a, 0x00]) || starts(b, [0x4d, 0x4d, 0x00, 0x2a]) },
  {
    name: "a ZIP archive (Word and Excel files are ZIP archives too)",
    test: (b) =>
      starts(b, [0x50, 0x4b, 0x03, 0x04]) || starts(b, [0x50, 0x4b, 0x05, 0x06]) || starts(b, [0x50, 0x4b, 0x07, 0x08]),
  },
  { name: "a legacy Office document", test: (b) => starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { name: "a gzip archive", test: (b) => starts(b, [0x1f, 0x8b]) },
  { name: "a 7-Zip archive", test: (b) => starts(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { name: "a RAR archive", test: (b) => starts(b, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]) },
  // A DOS/PE header has NUL bytes early on; without that check a text file starting "MZ" would be refused.
  { name: "a Windows program", test: (b) => ascii(b, 0, "MZ") && b.subarray(0, 64).includes(0) },
  { name: "a Linux program", test: (b) => starts(b, [0x7f, 0x45, 0x4c, 0x46]) },
  {
    name: "a macOS program",
    test: (b) =>
      [
        [0xcf, 0xfa, 0xed, 0xfe],
        [0xce, 0xfa, 0xed, 0xfe],
        [0xca, 0xfe, 0xba, 0xbe],
      ].some((s) => starts(b, s)),
  },
];

/**
 * Decides from the bytes, not the name or the browser's Content-Type, what a file is. A PDF must
 * start with `%PDF-` (readers tolerate leading junk, which is exactly how image/PDF polyglots are
 * built, so we do not). Text formats must be valid UTF-8 without NUL bytes and carry one of the
 * text extensions. Everything else is refused with a message saying what was found.
 */
export function sniffUpload(bytes: Uint8Array, filename: string): SniffResult {
  if (bytes.length === 0) return { ok: false, message: "The file is empty (0 bytes). Choose the file again." };
  const ext = extensionOf(filename);

  if (ascii(bytes, 0, "%PDF-")) {
    if (hasZipTrailer(bytes)) {
      return {
        ok: false,
        message: "This file is both a PDF and a ZIP archive (a polyglot file). Upload the plain PDF.",
      };
    }
    return { ok: true, format: "pdf", mimeType: "application/pdf" };
  }

  const known = SIGNATURES.find((s) => s.test(bytes));
  if (known) {
    const named = ext ? ` It is named .${ext}, but it is ${known.name}.` : ` It is ${known.name}.`;
    return { ok: false, message: `This file type is not accepted.${named} ${ACCEPTED}` };
  }

  const isText = !bytes.includes(0) && isUtf8(bytes);
  if (!isText) {
    const named = ext === "pdf" ? " It is named .pdf but is not a PDF (it does not start with %PDF-)." : "";
    return { ok: false, message: `This file type is not accepted.${named} ${ACCEPTED}` };
  }
  const textType = TEXT_EXTENSIONS[ext];
  if (textType) return { ok: true, ...textType };
  if (ext === "pdf")
    return {
      ok: false,
      message:
        "This file is named .pdf but is not a PDF (it is plain text). Rename it to .txt or .md, or upload the real PDF.",
    };
  return {
    ok: false,
    message: `Text files must end in .md, .mdx, .html, .htm, .csv, .yaml, .json or .txt.${ext ? ` This one ends in .${ext}.` : ""} ${ACCEPTED}`,
  };
}

/** A ZIP's end-of-central-directory record sits in the last 64 KB; a real PDF has no reason to carry one in the clear. */
function hasZipTrailer(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + from, bytes.length - from);
  return tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function starts(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

function ascii(b: Uint8Array, at: number, s: string): boolean {
  if (b.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
}
