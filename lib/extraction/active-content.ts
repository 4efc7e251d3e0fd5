// Active content in a PDF (§9 C 28): JavaScript, Launch actions, embedded files, rich media, XFA.
// Assay never runs any of it (pdf.js reads text with scripting off; downloads are attachments with
// `CSP: sandbox`), but a reviewer who opens the file in a desktop reader might, so it is flagged.
// Two sources: pdf.js's own view of the document catalogue (sees inside compressed object streams;
// lib/server/pdf-worker.mjs) and this scan of the raw bytes, pdfid-style, which sees every uncompressed
// object, including page and annotation actions pdf.js does not report.

import type { FlagCitation } from "./types";

export const ACTIVE_KINDS = ["javascript", "launch", "embedded_files", "rich_media", "xfa"] as const;
export type ActiveKind = (typeof ACTIVE_KINDS)[number];

const NAME_KINDS: Record<string, ActiveKind> = {
  JavaScript: "javascript",
  JS: "javascript",
  Launch: "launch",
  EmbeddedFiles: "embedded_files",
  EmbeddedFile: "embedded_files",
  FileAttachment: "embedded_files",
  RichMedia: "rich_media",
  XFA: "xfa",
};

const MESSAGES: Record<ActiveKind, string> = {
  javascript:
    "The PDF contains JavaScript (for example run when it is opened). Assay never runs it; open the file only in a viewer with JavaScript turned off.",
  launch: "The PDF contains a Launch action, which asks the reader to start a program or open another file.",
  embedded_files: "The PDF carries embedded files (attachments inside the PDF); they are not read or checked.",
  rich_media: "The PDF contains rich media (Flash, video or 3D content).",
  xfa: "The PDF contains an XFA form, which can hold scripts.",
};

// The characters of a PDF name. Only the names that can be one of NAME_KINDS are matched: a key spelled out, or a
// name with a "#xx" escape (decoded below). A file's other names (thousands, in binary streams too) are passed over
// inside the regex; names cannot overlap (each starts at a "/", which ends the one before), so the names matched
// are the same.
const NAME_CHAR = "[^\\s/<>[\\]()%{}]";
const CANDIDATE_NAME = new RegExp(
  `\\/(${NAME_CHAR}*#${NAME_CHAR}*|(?:${Object.keys(NAME_KINDS).join("|")})(?!${NAME_CHAR}))`,
  "g",
);

/** Kinds of active content named in the uncompressed parts of the file. */
export function scanActiveContent(bytes: Uint8Array): Set<ActiveKind> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const found = new Set<ActiveKind>();
  // A PDF name runs from "/" to a delimiter or white space; "#xx" escapes spell any byte, so
  // "/J#61vaScript" is "/JavaScript" to every reader and must be to us.
  for (const m of text.matchAll(CANDIDATE_NAME)) {
    const name = m[1].includes("#")
      ? m[1].replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      : m[1];
    const kind = NAME_KINDS[name];
    if (kind) found.add(kind);
  }
  return found;
}

/** One authenticity flag per kind found, in a fixed order. */
export function activeContentFlags(kinds: Iterable<ActiveKind>): string[] {
  const set = new Set(kinds);
  return ACTIVE_KINDS.filter((k) => set.has(k)).map((k) => MESSAGES[k]);
}

/**
 * Where each active-content flag's evidence is: in the file's structure (document catalogue, an action or an
 * annotation object), never printed on a page, so the citation names no page and says why.
 */
export function activeContentCitations(flags: string[]): FlagCitation[] {
  return flags.map((flag) => ({
    flag,
    page: null,
    quote: null,
    note: "found in the PDF's structure (catalogue, action or annotation objects), not in the text of a page",
  }));
}
