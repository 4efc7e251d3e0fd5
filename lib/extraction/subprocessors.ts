// Sub-processor lists from Markdown tables, bullet lists, "A > B > C" lines (HTML rendered to text), YAML and CSV.
import { DATE_PATTERN, findDates } from "./dates";
import { squash } from "./normalize";
import type { KindExtraction } from "./soc-report";
import type { Fact, Facts } from "./types";
import { factAt, missing, search, searchAll, type TextIndex } from "./text-index";

export type Subprocessor = { name: string; purpose: string | null; location: string | null };

const NAME_COL = /name|entity|sub-?\s*processor|vendor|provider|company|party|processor/i;
const PURPOSE_COL = /purpose|description|service|activit|function|nature|role/i;
const LOCATION_COL = /location|country|region|where|jurisdiction/i;
const AFFILIATE_HEADING = /subsidiar|affiliate|group\s*compan|intra-?group/i;

function stripLinks(cell: string): string {
  return squash(cell.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]/g, ""));
}

function headingBefore(lines: string[], at: number): string {
  for (let i = at; i >= 0; i--) {
    if (/^#{1,6}\s|^\*\*[^*]+\*\*\s*$|^<h\d/i.test(lines[i]!)) return lines[i]!;
  }
  return "";
}

function columns(header: string[]): { name: number; purpose: number; location: number } {
  const find = (re: RegExp, skip: number[] = []) => header.findIndex((h, i) => !skip.includes(i) && re.test(h));
  const name = Math.max(0, find(NAME_COL));
  const location = find(LOCATION_COL, [name]);
  const purpose = find(PURPOSE_COL, [name, location]);
  return { name, purpose, location };
}

function fromPipeTables(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const lines = index.text.split("\n");
  const rows: Subprocessor[] = [];
  let offset = -1;
  let pos = 0;
  const offsets = lines.map((l) => {
    const o = pos;
    pos += l.length + 1;
    return o;
  });
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\s*\|.*\|\s*$/.test(lines[i]!) || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1]!)) continue;
    const header = lines[i]!.split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    if (!header.some((h) => NAME_COL.test(h)) || AFFILIATE_HEADING.test(headingBefore(lines, i))) continue;
    const col = columns(header);
    for (let j = i + 2; j < lines.length && /^\s*\|/.test(lines[j]!); j++) {
      const cells = lines[j]!.split("|").slice(1, -1).map(stripLinks);
      const name = cells[col.name];
      if (!name) continue;
      if (offset < 0) offset = offsets[j]!;
      rows.push({
        name,
        purpose: col.purpose >= 0 ? cells[col.purpose] || null : null,
        location: col.location >= 0 ? cells[col.location] || null : null,
      });
    }
  }
  return rows.length ? { rows, offset } : null;
}

function fromArrowLines(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const header = search(index, /^[^\n]*\bName\s*>\s*([^\n]+)$/im);
  if (!header) return null;
  const headerCells = ["name", ...header[1]!.split(">").map((c) => c.trim())];
  const col = columns(headerCells);
  const rows: Subprocessor[] = [];
  let pos = header.index + header[0].length + 1;
  for (const line of index.text.slice(pos).split("\n")) {
    if (!line.trim()) continue;
    if (!line.includes(">")) break;
    const cells = line.split(">").map((c) => squash(c));
    // A sentence-final period belongs to the row, not to the last value ("United States.").
    cells[cells.length - 1] = cells[cells.length - 1]!.replace(/\.$/, "");
    rows.push({
      name: cells[col.name]!,
      purpose: col.purpose >= 0 ? cells[col.purpose] || null : null,
      location: col.location >= 0 ? cells[col.location] || null : null,
    });
    pos += line.length + 1;
  }
  return rows.length ? { rows, offset: header.index } : null;
}

function fromBullets(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const lines = index.text.split("\n");
  let pos = 0;
  for (let i = 0; i < lines.length; i++) {
    const context = lines.slice(Math.max(0, i - 6), i).join(" ");
    const isBullet = /^\s*[*\-•]\s+\S/.test(lines[i]!);
    if (isBullet && /sub-?\s*processors?/i.test(context) && !AFFILIATE_HEADING.test(headingBefore(lines, i))) {
      const rows: Subprocessor[] = [];
      const start = pos;
      let item = "";
      const flush = () => {
        if (!item) return;
        let text = squash(item);
        // "**Name** - Purpose (Country, Country)": bold name, dash, purpose, trailing location list.
        const bold = /^\*\*([^*]+)\*\*\s*(?:[-:]\s*)?(.*)$/.exec(text);
        if (bold) text = `${bold[1]} - ${bold[2]}`;
        const loc = /\s*\(((?:[A-Z][\w.'’ -]+)(?:,\s*[A-Z][\w.'’ -]+)*)\)\s*\.?$/.exec(text);
        const location = loc && !/\d/.test(loc[1]!) && text.includes(" - ") ? loc[1]! : null;
        if (location) text = text.slice(0, loc!.index);
        const linked = /^\[([^\]]+)\]\([^)]*\)\s*(?:for|-|–|:)?\s*(.*)$/.exec(text);
        const [name, rest] = linked
          ? [linked[1]!, linked[2]!]
          : (() => {
              const m = /^(.+?)\s+(?:for|-|–|:)\s+(.+)$/.exec(text);
              return m ? [m[1]!, m[2]!] : [text, ""];
            })();
        const purpose = rest
          .replace(/^for\s+/i, "")
          .replace(/\.$/, "")
          .trim();
        rows.push({ name: stripLinks(name), purpose: purpose || null, location });
        item = "";
      };
      for (let j = i; j < lines.length; j++) {
        const line = lines[j]!;
        if (/^\s*[*\-•]\s+/.test(line)) {
          flush();
          item = line.replace(/^\s*[*\-•]\s+/, "");
        } else if (/^\s{2,}\S/.test(line) && item) item += ` ${line.trim()}`;
        else if (line.trim() === "" && j + 1 < lines.length && /^\s*[*\-•]\s+/.test(lines[j + 1]!)) continue;
        else break;
      }
      flush();
      if (rows.length) return { rows, offset: start };
    }
    pos += lines[i]!.length + 1;
  }
  return null;
}

/**
 * One heading per sub-processor ("### Exoscale" then "Exoscale is running the datacenters ..."), as card layouts
 * render: consecutive same-level headings under a sub-processor heading, each followed by a sentence that begins
 * with the heading's name. A higher-level heading (a changelog, the footer) ends the list.
 */
function fromHeadingCards(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const lines = index.text.split("\n");
  let pos = 0;
  const offsets = lines.map((l) => {
    const o = pos;
    pos += l.length + 1;
    return o;
  });
  for (let i = 0; i < lines.length; i++) {
    const intro = /^(#{1,5})\s+.*sub-?\s*processors?/i.exec(lines[i]!);
    if (!intro) continue;
    const level = intro[1]!.length;
    const rows: Subprocessor[] = [];
    let first = -1;
    let entryLevel = 7;
    for (let j = i + 1; j < lines.length; j++) {
      const h = /^(#{1,6})\s+(.+)$/.exec(lines[j]!);
      if (!h) continue;
      if (h[1]!.length <= level || h[1]!.length < entryLevel) {
        if (rows.length > 0 || h[1]!.length <= level) break;
      }
      const name = stripLinks(h[2]!);
      const body = lines.slice(j + 1, j + 4).find((l) => l.trim()) ?? "";
      if (!squash(body).startsWith(name)) continue;
      const purpose = squash(body)
        .slice(name.length)
        .replace(/^\s*(?:is|are)\s+(?:an?\s+)?|^\s*provides\s+|^\s*[-:,]\s*/i, "")
        .replace(/\.$/, "");
      if (first < 0) first = offsets[j]!;
      entryLevel = Math.min(entryLevel, h[1]!.length);
      rows.push({ name, purpose: purpose || null, location: null });
    }
    if (rows.length >= 2) return { rows, offset: first };
  }
  return null;
}

function fromYaml(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const blocks = searchAll(index, /^\s*-\s*name:\s*([^\n]+)((?:\n\s{2,}\w+:[^\n]*)*)/gm);
  if (blocks.length === 0) return null;
  const field = (body: string, key: string) => {
    const m = new RegExp(`^\\s+${key}:\\s*([^\\n]*)`, "m").exec(body);
    return m && m[1]!.trim() ? m[1]!.trim().replace(/^["']|["']$/g, "") : null;
  };
  // An independent controller listed "for transparency" is not a sub-processor.
  const rows = blocks
    .filter((b) => !/^\s*independent/i.test(field(b[2] ?? "", "role") ?? ""))
    .map((b) => {
      const name = b[1]!.trim().replace(/^["']|["']$/g, "");
      return {
        name,
        purpose: field(b[2] ?? "", "purpose"),
        location: field(b[2] ?? "", "location"),
      };
    });
  return { rows, offset: blocks[0]!.index };
}

function fromCsv(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const lines = index.text.split("\n").filter((l) => l.trim());
  if (lines.length < 2 || !lines[0]!.includes(",")) return null;
  const split = (l: string) =>
    [...l.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
      .map((m) => m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"').trim())
      .slice(0, -1);
  const header = split(lines[0]!);
  if (!header.some((h) => NAME_COL.test(h))) return null;
  const col = columns(header);
  const rows = lines
    .slice(1)
    .map(split)
    .filter((c) => c[col.name])
    .map((c) => ({
      name: c[col.name]!,
      purpose: col.purpose >= 0 ? c[col.purpose] || null : null,
      location: col.location >= 0 ? c[col.location] || null : null,
    }));
  return rows.length ? { rows, offset: 0 } : null;
}

/** A proper name: capitalised words, connectors and legal suffixes only ("Kandra Labs, Inc."), never a clause ("To support ... we"). */
function looksLikeName(name: string): boolean {
  const words = name.replace(/[,.]/g, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (/^(the|this|our|we|to|a|an|following|list|these|it)$/i.test(words[0]!)) return false;
  // A legal form alone ("Inc.") is the tail of a name, not a name.
  if (words.every((w) => /^(Inc|LLC|Ltd|Limited|GmbH|Corp|Co|PLC|AG|SA|BV|LLP|LP)$/i.test(w))) return false;
  return words.every((w) => /^[A-Z0-9&]/.test(w) || /^(of|and|de|d\/b\/a|du|la|le|von|van|der)$/.test(w));
}

function findVendor(index: TextIndex): Fact<string> {
  const patterns: RegExp[] = [
    // "a list of subprocessors that Embrace may engage"
    /[Ss]ub-?\s*processors\s*(?:that|which|whom)?\s+([A-Z][\w&.' -]{1,40}?)\s+(?:may\s*)?(?:engages?|uses?|has\s*engaged|currently\s*uses)\b/,
    /(?:^|\.\s+|\n)[ \t]*([A-Z][\w&.,' -]{1,60}?)\s*(?:\("[^"]+"\)\s*)?(?:\(or\s*one\s*of\s*its\s*affiliates[^)]*\)\s*)?(?:may\s*engage|uses\s*certain|engages|currently\s*uses)/,
    /sub-?\s*processors\s*(?:used|engaged)\s*by\s*([A-Z][\w&.,' -]{1,60}?)\s*[:.\n]/i,
    /^\s*(?:#\s*|title:\s*)([A-Z][\w&.' -]{1,40}?)\s+sub-?\s*processors?\s*$/im,
    /^\s*#\s*sub-?\s*processors?\s*(?:for|of)\s+([^\n]{2,60})$/im,
  ];
  for (const re of patterns) {
    for (const m of searchAll(index, re)) {
      // Drop a leading clause ("To support our Services, Acme, Inc."), keeping a legal form after a comma.
      const name = squash(m[1]!).replace(
        /^.*?,\s*(?!(?:Inc|LLC|Ltd|L\.P|LP|Corp|Co)\.?$)(?=[A-Z][\w&.' -]*(?:,\s*(?:Inc|LLC|Ltd|L\.P|LP|Corp|Co)\.?)?$)/,
        "",
      );
      if (looksLikeName(name)) return factAt(index, name, m.index, m[0].length, 0.75);
    }
  }
  // A register that never names its owner in a heading still names its own product: "the Acme platform", twice
  // or more (a sub-processor's product is named once per entry).
  const own = new Map<string, RegExpExecArray[]>();
  for (const m of searchAll(
    index,
    /\bthe\s+([A-Z][\w&-]{2,40})\s+(?:platform|service|website|site|app|application)\b/g,
  ))
    own.set(m[1]!, [...(own.get(m[1]!) ?? []), m]);
  const product = [...own.entries()].filter(([, ms]) => ms.length >= 2).sort((a, b) => b[1].length - a[1].length)[0];
  if (product && looksLikeName(product[0])) {
    const m = product[1][0]!;
    return factAt(index, product[0], m.index, m[0].length, 0.5, "the product the list is for; no legal entity named");
  }
  return missing();
}

export function extractSubprocessorList(index: TextIndex): KindExtraction {
  const found =
    fromPipeTables(index) ??
    fromArrowLines(index) ??
    fromYaml(index) ??
    fromHeadingCards(index) ??
    fromBullets(index) ??
    (index.doc.format === "csv" ? fromCsv(index) : null);
  const updated = search(
    index,
    new RegExp(
      `(?:(?<=^|\\n)[*_ \\t]*date|last\\s*updated|updated|effective\\s*(?:date|as\\s*of)|last\\s*modified|as\\s*of|\\bversion\\s*v?[\\d.]+\\s*,)\\s*:?\\s*(?:on\\s*)?(${DATE_PATTERN})`,
      "i",
    ),
  );
  const updatedIso = updated ? findDates(updated[1]!)[0]?.iso : undefined;
  const facts: Facts = {
    vendor: findVendor(index),
    last_updated: updated && updatedIso ? factAt(index, updatedIso, updated.index, updated[0].length, 0.85) : missing(),
    subprocessors: found ? factAt(index, found.rows, found.offset, 80, 0.8, `${found.rows.length} entries`) : missing(),
    count: found ? factAt(index, found.rows.length, found.offset, 80, 0.8) : missing(),
  };
  return { facts, notInTextLayer: [], consistency: [], authenticity: [] };
}
