// Non-PDF uploads (Markdown and MDX, HTML, CSV, YAML, JSON, plain text) become a one-page TextDocument.
import { normalizeText } from "./normalize";
import type { TextDocument } from "./types";
import { labelPairs } from "./html-labels";

export type TextFormat = TextDocument["format"];

export function detectTextFormat(filename: string, mimeType: string | undefined, head: string): TextFormat | null {
  const name = filename.toLowerCase();
  // MDX is Markdown with JSX components; the components' tags are read past like HTML's.
  if (/\.(md|mdx|markdown)$/.test(name) || mimeType === "text/markdown") return "markdown";
  if (/\.(html?|ejs|xhtml)(\.\w+)?$/.test(name) || /html/.test(mimeType ?? "") || /^\s*<(!doctype|html)/i.test(head))
    return "html";
  if (/\.csv$/.test(name) || mimeType === "text/csv") return "csv";
  if (/\.ya?ml$/.test(name) || /yaml/.test(mimeType ?? "")) return "yaml";
  if (/\.json$/.test(name) || /json/.test(mimeType ?? "")) return "json";
  if (/\.txt$/.test(name) || mimeType?.startsWith("text/")) return "text";
  return null;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  ndash: "-",
  mdash: "-",
  // A footer's "&copy; 2026 Acme Ltd &middot; 1 Main Street" names the owner (subprocessor-owner-title.ts).
  copy: "©",
  reg: "®",
  trade: "™",
  middot: "·",
  bull: "•",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  euro: "€",
  pound: "£",
  sect: "§",
  szlig: "ß",
  shy: "",
};

/** "&eacute;", "&Ouml;", "&ccedil;": a letter and its accent, composed. */
const ACCENTS: Record<string, string> = {
  acute: "\u0301",
  grave: "\u0300",
  circ: "\u0302",
  uml: "\u0308",
  tilde: "\u0303",
  cedil: "\u0327",
  ring: "\u030a",
};
function entity(name: string): string | undefined {
  const known = ENTITIES[name.toLowerCase()];
  if (known !== undefined) return known;
  const accented = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(name);
  return accented ? `${accented[1]}${ACCENTS[accented[2]!]}`.normalize("NFC") : undefined;
}

/**
 * Stands for a line break inside a table cell until the tags are gone; it becomes "<br>", the way Markdown tables
 * write one, so the table reader treats both formats alike (a name cell's first line is the name; see
 * subprocessors.ts).
 */
const CELL_BREAK = "\u2063";

/** An inline element styled as a badge, tag, pill or chip (by its class). */
const BADGE =
  /<(?:span|small|em|mark|sup|div)\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:badge|tag|pill|chip|label)\b[^"']*["'][^>]*>/gi;

/**
 * One table as pipe rows: one line per <tr> however the source is laid out (pretty-printed HTML puts each cell on its
 * own line, <thead> and <tbody> leave blank lines between rows), then a "|---|" line after the first row, which is
 * the header row.
 */
function tableToPipes(table: string): string {
  // A cell with rowspan="n" fills its column in the next n-1 rows too, as the browser draws it ("Ireland (EU)"
  // beside two providers); colspan="n" fills n columns.
  const spanning = new Map<number, { text: string; left: number }>();
  const rows = (table.match(/<tr[\s\S]*?<\/tr>/gi) ?? []).map((row) => {
    const cells: string[] = [];
    const take = () => {
      for (let span = spanning.get(cells.length); span; span = spanning.get(cells.length)) {
        cells.push(span.text);
        if (--span.left === 0) spanning.delete(cells.length - 1);
      }
    };
    for (const c of row.matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/gi)) {
      take();
      const text = c[2]!
        .replace(/<br\s*\/?>|<\/(?:p|div|li)>/gi, ` ${CELL_BREAK} `)
        // A badge beside a value ("Sentry <span class="badge">Rolling out in v1.0</span>") is a note about the
        // entry, drawn apart from it: on a line of its own, so a name cell's first line stays the name.
        .replace(BADGE, ` ${CELL_BREAK} `)
        .replace(/<[^>]+>/g, "")
        .replace(/\s+/g, " ")
        .trim()
        .replace(new RegExp(`^(?:${CELL_BREAK}\\s*)+|(?:\\s*${CELL_BREAK})+$`, "g"), "");
      const rowspan = Number(/\browspan\s*=\s*["']?(\d+)/i.exec(c[1]!)?.[1] ?? 1);
      const colspan = Math.min(20, Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(c[1]!)?.[1] ?? 1));
      for (let k = 0; k < Math.max(1, colspan); k++) {
        if (rowspan > 1) spanning.set(cells.length, { text, left: Math.min(rowspan, 1000) - 1 });
        cells.push(text);
      }
    }
    take();
    return `| ${cells.join(" | ")} |`;
  });
  if (rows.length === 0) return "\n";
  return `\n${[rows[0]!, `|${"---|".repeat(Math.max(1, rows[0]!.split("|").length - 2))}`, ...rows.slice(1)].join("\n")}\n`;
}

/** Tags to line structure: cells become "| a | b |" rows, <br>/<p>/<li> become lines, so one table parser serves both formats. */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<(script|style|noscript|svg)[\s\S]*?<\/\1>/gi, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<%[\s\S]*?%>/g, "")
      // A footnote's mark in superscript ("Transactional email<sup>1</sup>", "<sup>*</sup>") is no part of the cell.
      .replace(/<sup\b[^>]*>\s*(?:<a\b[^>]*>)?\s*[\d*†‡§,\s]{1,6}\s*(?:<\/a>)?\s*<\/sup>/gi, "")
      .replace(/<table[\s\S]*?<\/table>/gi, tableToPipes)
      .replace(/[\s\S]+/, labelPairs)
      // Rows outside a closed <table> (a template's fragment): one line each, line breaks in HTML source being spaces.
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
        return entity(e) ?? m;
      })
      .replace(/[ \t]+/g, " ")
      .replace(/\n\s*\n\s*\n+/g, "\n\n")
      .replaceAll(CELL_BREAK, "<br>")
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

/**
 * Markdown written as HTML paragraphs ("<p>Acme uses the following …</p>", "<div class=…>") reads as its text: a
 * paragraph or block tag is a line break, an inline emphasis tag is nothing. Line breaks (<br>) stay, as a table
 * cell's line break means something (subprocessor-cells.ts), and so do MDX components (capitalised: <Note>).
 */
function withoutLayoutTags(markdown: string): string {
  return markdown
    .replace(/<\/?(?:p|div|section|article|header|footer|main)\b[^>]*>/g, "\n")
    .replace(/<\/?(?:span|em|strong|b|i|u|small)\b[^>]*>/g, "");
}

export function textDocumentFrom(bytes: Uint8Array, filename: string, format: TextFormat): TextDocument {
  const raw = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const text =
    format === "html"
      ? markHeaderRows(htmlToText(raw))
      : format === "markdown"
        ? // Markdown may embed HTML tables: read them as pipe tables like the rest of the file.
          withoutLayoutTags(
            raw.replace(
              /<table[\s\S]*?<\/table>/gi,
              (table) =>
                `\n${markHeaderRows(
                  htmlToText(table)
                    .trim()
                    .replace(/\n\s*\n/g, "\n"),
                )}\n`,
            ),
          )
        : raw;
  const doc: TextDocument = { pages: [normalizeText(text)], filename, format };
  if (format === "json") {
    // Parsed from the raw text: normalisation turns curly quotes inside strings into straight ones, which would end
    // the string. A file that does not parse is still read as text.
    try {
      doc.data = JSON.parse(raw) as unknown;
    } catch {
      // not JSON after all
    }
  }
  return doc;
}
