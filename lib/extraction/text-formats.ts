// Non-PDF uploads (Markdown, HTML, CSV, YAML, plain text) become a one-page TextDocument.
import { normalizeText } from "./normalize";
import type { TextDocument } from "./types";

export type TextFormat = TextDocument["format"];

export function detectTextFormat(filename: string, mimeType: string | undefined, head: string): TextFormat | null {
  const name = filename.toLowerCase();
  if (/\.(md|markdown)$/.test(name) || mimeType === "text/markdown") return "markdown";
  if (/\.(html?|ejs|xhtml)(\.\w+)?$/.test(name) || /html/.test(mimeType ?? "") || /^\s*<(!doctype|html)/i.test(head))
    return "html";
  if (/\.csv$/.test(name) || mimeType === "text/csv") return "csv";
  if (/\.ya?ml$/.test(name) || /yaml/.test(mimeType ?? "")) return "yaml";
  if (/\.txt$/.test(name) || mimeType?.startsWith("text/")) return "text";
  return null;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Tags to line structure: cells become "| a | b |" rows, <br>/<p>/<li> become lines, so one table parser serves both formats. */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<(script|style|noscript|svg)[\s\S]*?<\/\1>/gi, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<%[\s\S]*?%>/g, "")
      // A table row is one line however its source is laid out (pretty-printed HTML puts each cell on its own line;
      // line breaks in HTML source are only spaces).
      .replace(/<tr[\s\S]*?<\/tr>/gi, (row) => row.replace(/\s+/g, " "))
      .replace(/<h([1-6])[^>]*>/gi, (_m, n) => `\n${"#".repeat(Number(n))} `)
      .replace(/<\/h[1-6]>/gi, "\n")
      .replace(/<tr[^>]*>/gi, "\n|")
      .replace(/<\/t[dh]>/gi, " |")
      .replace(/<li[^>]*>/gi, "\n* ")
      .replace(/<br\s*\/?>|<\/p>|<p[^>]*>|<\/div>|<\/li>|<\/tr>/gi, "\n")
      .replace(/<[^>]+>/g, "")
      .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
        if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
        if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
        return ENTITIES[e.toLowerCase()] ?? m;
      })
      .replace(/[ \t]+/g, " ")
      .replace(/\n\s*\n\s*\n+/g, "\n\n")
  );
}

/** HTML tables rendered by htmlToText have no "|---|" line; add one after the first row of each table. */
function markHeaderRows(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    const isRow = /^\s*\|.*\|\s*$/.test(lines[i]!);
    const prevRow = i > 0 && /^\s*\|.*\|\s*$/.test(lines[i - 1]!);
    if (
      isRow &&
      !prevRow &&
      i + 1 < lines.length &&
      /^\s*\|/.test(lines[i + 1]!) &&
      !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1]!)
    ) {
      out.push(`|${"---|".repeat(Math.max(1, lines[i]!.split("|").length - 2))}`);
    }
  }
  return out.join("\n");
}

export function textDocumentFrom(bytes: Uint8Array, filename: string, format: TextFormat): TextDocument {
  const raw = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const text =
    format === "html"
      ? markHeaderRows(htmlToText(raw))
      : format === "markdown"
        ? // Markdown may embed HTML tables: read them as pipe tables like the rest of the file.
          raw.replace(
            /<table[\s\S]*?<\/table>/gi,
            (table) =>
              `\n${markHeaderRows(
                htmlToText(table)
                  .trim()
                  .replace(/\n\s*\n/g, "\n"),
              )}\n`,
          )
        : raw;
  return { pages: [normalizeText(text)], filename, format };
}
