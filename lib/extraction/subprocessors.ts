// Sub-processor lists from Markdown (GFM) tables, HTML tables (rendered as pipe rows), bullet lists, "A > B > C"
// lines (HTML rendered to text), YAML and JSON data files, and CSV.
import { footnoteNumbers, withoutGluedMark } from "./footnote-marks";
import { DATE_PATTERN, findDates } from "./dates";
import { escapeRe, squash } from "./normalize";
import type { KindExtraction } from "./soc-report";
import { cellText, columns, nameCellText, NAME_COL, type Subprocessor } from "./subprocessor-cells";
import { cardsFromText } from "./subprocessor-cards";
import { fromJsonData, fromYaml } from "./subprocessor-data";
import { subprocessorsFromPdfTable } from "./subprocessor-pdf-table";
import { gridSubprocessors, type GridSubprocessor } from "./subprocessor-grid";
import { gridStands } from "./subprocessor-choice";
import { fromChangeLog } from "./subprocessor-changelog";
import { fromDashLines } from "./subprocessor-dash-lines";
import { fromLeaderLines } from "./subprocessor-leader-lines";
import { fromFixedColumns } from "./subprocessor-fixed-columns";
import { OWNER_USES_LISTED } from "./subprocessor-owner-sentence";
import { ownerFromLead } from "./subprocessor-owner-lead";
import { isChangeHeading, isChangeTable } from "./subprocessor-change-sections";
import { ownerFromPageFurniture } from "./subprocessor-owner-title";
import { csvListRows } from "./subprocessor-csv-sections";
import { csvCells, csvSeparator } from "./csv-cells";
import { jsonDateValue, jsonOwner, yamlOwner } from "./data-file-sections";
import { listDate } from "./subprocessor-date-label";
import { LEGAL_FORM } from "./legal-forms";
import { isPlaceList } from "./place-names";
import { SUBPROCESSOR_WORD } from "./subprocessor-words";
import type { Fact, Facts } from "./types";
import { factAt, missing, search, searchAll, type TextIndex } from "./text-index";

export type { Subprocessor } from "./subprocessor-cells";

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

// A GFM table's delimiter row: dashes (with optional alignment colons) between pipes; the outer pipes are optional.
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** A GFM row's cells: outer pipes are optional, "\|" is a pipe inside a cell. */
function rowCells(line: string): string[] {
  let t = line.trim();
  if (t.startsWith("|")) t = t.slice(1);
  if (t.endsWith("|") && !t.endsWith("\\|")) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/).map((c) => c.trim());
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
    // GFM: a header line and a delimiter row, each with a pipe; the rows go on to the first blank or pipe-less line.
    if (!lines[i]!.includes("|") || !lines[i + 1]!.includes("|") || !DELIMITER_ROW.test(lines[i + 1]!)) continue;
    let header = rowCells(lines[i]!).map(cellText);
    let first = i + 2;
    // A converted table can have an empty header row and its real header as the first body row.
    if (header.every((h) => !h) && lines[first]?.includes("|")) {
      header = rowCells(lines[first]!).map(cellText);
      first++;
    }
    if (!header.some((h) => NAME_COL.test(h)) || AFFILIATE_HEADING.test(headingBefore(lines, i))) continue;
    // A change log's table names providers added or removed, not the current list.
    if (isChangeTable(header) || isChangeHeading(headingBefore(lines, i))) continue;
    const col = columns(header);
    // A table without a location column under a region heading, on a page that says its headings are the regions.
    const region =
      col.location < 0 && HEADING_GIVES_LOCATION.test(index.text)
        ? stripLinks(
            headingBefore(lines, i)
              .replace(/^#{1,6}\s+/, "")
              .replace(/<[^>]+>/g, ""),
          ) || null
        : null;
    for (let j = first; j < lines.length && lines[j]!.includes("|") && lines[j]!.trim(); j++) {
      const cells = rowCells(lines[j]!);
      const name = nameCellText(cells[col.name] ?? "");
      if (!name) continue;
      if (offset < 0) offset = offsets[j]!;
      const cell = (k: number) => (k >= 0 ? cellText(cells[k] ?? "") || null : null);
      rows.push({ name, purpose: cell(col.purpose), location: cell(col.location) ?? region });
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

// A bullet or a list number: "-", "*", "•", "1.", "1)", "(1)", "a)", "(a)", "i." (a numbered list of providers is
// read as a bulleted one).
const BULLET = /^\s*(?:[*\-•▪◦·]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+/;

/** The first sentence: a bullet's purpose is often followed by remarks ("All data is encrypted ..."). */
function firstSentence(text: string): string {
  return text.split(/(?<=[a-z0-9)])\.\s+(?=[A-Z])/)[0]!;
}

const LOCATION_AFTER_PURPOSE =
  /\s+(?:Locations?|Regions?|Country|Countries|(?:Processing|Hosting|Data)\s+locations?|Where\s+data\s+is\s+processed):\s*(\S.*)$/;

/** One bullet: its name, purpose and trailing "(Country, Country)" list. */
function bulletRow(item: string, placeInBrackets = true): Subprocessor {
  let text = squash(item);
  // "**Name** - Purpose (Country, Country)": bold name, dash, purpose, trailing location list.
  const bold = /^\*\*([^*]+)\*\*\s*(?:[-:]\s*)?(.*)$/.exec(text);
  if (bold) text = `${bold[1]} - ${bold[2]}`;
  // "**Name** - Purpose" over an indented "Location: Germany (Frankfurt)": the labelled place is the location, its
  // brackets included, without a footnote mark ("USA[^2]").
  const labelled = LOCATION_AFTER_PURPOSE.exec(text);
  if (labelled && text.includes(" - ")) {
    text = text.slice(0, labelled.index);
    return { ...bulletRow(text, false), location: squash(labelled[1]!.replace(/\[\^\w+\]/g, "")).replace(/\.$/, "") };
  }
  const loc = /\s*\(((?:[A-Z][\w.'’ -]+)(?:,\s*[A-Z][\w.'’ -]+)*)\)\s*\.?$/.exec(text);
  // Not when the place is labelled: the brackets then hold a product ("Managed database (Atlas DB)").
  const location = placeInBrackets && loc && !/\d/.test(loc[1]!) && text.includes(" - ") ? loc[1]! : null;
  if (location) text = text.slice(0, loc!.index);
  // "[Name](url) for purpose", "[Name](url). Purpose.", "[Name](url) (ABBR), for purpose. Remarks."
  const linked = /^\[([^\]]+)\]\([^)]*\)\s*(?:\([^)]*\)\s*)?(?:for\b|[-–:,.](?=\s|$))?\s*(.*)$/.exec(text);
  const [name, rest] = linked
    ? [linked[1]!, linked[2]!]
    : (() => {
        const m = /^(.+?)(?:\s+(?:for|-|–|:)|(?<=\))\s*:)\s+(.+)$/.exec(text);
        return m ? [m[1]!, m[2]!] : [text, ""];
      })();
  const purpose = firstSentence(rest)
    .replace(/^for\s+/i, "")
    .replace(/\.$/, "")
    .trim();
  return withPlaceApart({ name: stripLinks(name), purpose: purpose || null, location });
}

/**
 * A place told apart from the purpose in a bullet: "Acme Inc. - Hosting - United States" (the last dash-separated
 * part), "Acme Inc. - United States" (the whole value a place), "Acme Inc. (Germany): Hosting" (a place in brackets
 * after the name).
 */
function withPlaceApart(row: Subprocessor): Subprocessor {
  if (row.location) return row;
  const bracketed = /^(.+?)\s*\(([^()]+)\)\s*[:\-–]?$/.exec(row.name);
  if (bracketed && isPlaceList(bracketed[2]!)) return { ...row, name: bracketed[1]!, location: bracketed[2]! };
  if (!row.purpose) return row;
  if (isPlaceList(row.purpose)) return { ...row, purpose: null, location: row.purpose };
  const parts = row.purpose.split(/\s+[-–|]\s+/);
  if (parts.length >= 2 && isPlaceList(parts.at(-1)!))
    return { ...row, purpose: parts.slice(0, -1).join(" - "), location: parts.at(-1)! };
  return row;
}

/**
 * Bullet lists of sub-processors. A list counts when sub-processors are named just before it, or when its items
 * start with a linked or bold name (a list of vendors), and when most items name someone (a list of what a
 * cookie collects does not). Every such list counts: a page may list core and optional sub-processors apart.
 */
// "Where a bullet gives no city or country, the sub-processor processes data in the region named in its heading."
// "Each provider processes data only in the region under which it is listed" says the same of every entry.
// "Each sub-processor is grouped under the region in which it stores and processes …" says it too.
const HEADING_GIVES_LOCATION =
  /(?:no|without)\s+(?:a\s+)?(?:city|country|location|region)[^.]{0,160}(?:region|country|location)\s+(?:named|given|shown)\s+in\s+(?:its|the)\s+(?:section\s+)?heading|(?:region|country|location)\s+(?:under|in)\s+which\s+(?:it|they)\s+(?:is|are)\s+listed|(?:grouped|listed|organi[sz]ed|sorted|arranged)\s+(?:under|by)\s+(?:the\s+)?(?:region|country|location)s?\b(?:\s+(?:in\s+which|where)\s+(?:it|they)\s+(?:stores?|process(?:es)?|hosts?))?/i;

/** Entries without a location take their heading's region, when the page says that is what it means. */
function withHeadingRegion(group: Subprocessor[], heading: string): Subprocessor[] {
  const region = stripLinks(heading.replace(/^#{1,6}\s+/, "").replace(/<[^>]+>/g, ""));
  if (!region) return group;
  return group.map((r) => (r.location ? r : { ...r, location: region }));
}

/** A Markdown heading's level ("## Hosting" is 2), 0 for no heading. */
function headingLevel(heading: string): number {
  return /^(#{1,6})\s/.exec(heading)?.[1]!.length ?? 0;
}

function fromBullets(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const lines = index.text.split("\n");
  const rows: Subprocessor[] = [];
  let readLevel = 0;
  let readHeading = "";
  let offset = -1;
  let pos = 0;
  const offsets = lines.map((l) => {
    const o = pos;
    pos += l.length + 1;
    return o;
  });
  for (let i = 0; i < lines.length; i++) {
    if (!BULLET.test(lines[i]!) || !/\S/.test(lines[i]!.replace(BULLET, ""))) continue;
    const items: string[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (BULLET.test(line)) items.push(line.replace(BULLET, ""));
      else if (/^\s{2,}\S/.test(line) && items.length) items[items.length - 1] += ` ${line.trim()}`;
      else if (line.trim() === "" && j + 1 < lines.length && BULLET.test(lines[j + 1]!)) continue;
      else break;
    }
    const context = lines.slice(Math.max(0, i - 6), i).join(" ");
    const group = items.map((item) => bulletRow(item));
    const vendorShaped = items.filter((t) => /^(?:\[[^\]]+\]\(|\*\*[^*]+\*\*)/.test(t)).length >= 0.8 * items.length;
    const named = group.filter((r) => looksLikeName(r.name)).length >= 0.6 * group.length;
    // A list of vendor-shaped items under the next heading of a register already being read (one list per region)
    // goes on with it, even with a single item.
    const heading = headingBefore(lines, i);
    // A list under the next heading of the same level as the register's last list (one list per purpose or region,
    // "## Hosting" then "## Email") goes on with it, whatever its items look like.
    const sibling = rows.length > 0 && !!readLevel && headingLevel(heading) === readLevel && heading !== readHeading;
    const introduced =
      /sub-?\s*processors?/i.test(context) || ((items.length >= 2 || rows.length > 0) && vendorShaped) || sibling;
    if (introduced && named && !AFFILIATE_HEADING.test(heading) && !isChangeHeading(heading)) {
      if (offset < 0) offset = offsets[i]!;
      readLevel = headingLevel(heading);
      readHeading = heading;
      // "These subprocessors are located in the EU:" just above a list gives that list's entries their place; a
      // page may group its lists by place, one such sentence each.
      const lead = lines
        .slice(0, i)
        .filter((l) => l.trim())
        .at(-1);
      const place = lead && /:\s*$/.test(lead) ? STATED_LOCATION.exec(lead)?.[1] : undefined;
      const placed = place ? group.map((r) => (r.location ? r : { ...r, location: place })) : group;
      rows.push(...(HEADING_GIVES_LOCATION.test(index.text) ? withHeadingRegion(placed, heading) : placed));
    }
    i = j - 1;
  }
  return rows.length ? { rows, offset } : null;
}

/**
 * A page written as prose, one section per kind of service, each naming its providers in bold ("## Payment
 * processing" then "… stored with our payment processor **Stripe** directly."): every bold name in a section's
 * paragraphs is an entry, and the section's heading (the nearest one) is its purpose. Read only when no table or list
 * is found, and only when at least three sections name someone this way.
 */
function fromBoldProse(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const lines = index.text.split("\n");
  const rows: Subprocessor[] = [];
  const sections = new Set<string>();
  let heading = "";
  let offset = -1;
  let pos = 0;
  for (const line of lines) {
    const at = pos;
    pos += line.length + 1;
    const h = /^#{1,6}\s+(.+)$/.exec(line);
    if (h) {
      heading = squash(h[1]!.replace(/^\d+[.)]\s*/, ""));
      continue;
    }
    // Paragraphs only: a list, a table or a quote is read by its own rules.
    if (!heading || !line.trim() || /^\s*(?:[*\-•>|]|\d+\.)\s/.test(line)) continue;
    for (const m of line.matchAll(/\*\*([^*\n]{2,60})\*\*/g)) {
      const name = squash(m[1]!);
      // A product name may go on in lower case ("Google forms"); a brand may be one lower-case word with a digit or
      // a dot ("page2images", "kie.ai"). Emphasis ("**not**", "**subscribe**") is neither.
      const words = name.split(/\s+/);
      const brand = (words.length <= 4 && looksLikeName(words[0]!)) || /^[a-z]+[\d.][\w.]*$/.test(name);
      if (!brand || /[:!?]$/.test(name)) continue;
      if (offset < 0) offset = at + (m.index ?? 0);
      sections.add(heading);
      rows.push({ name, purpose: heading, location: null });
    }
  }
  return sections.size >= 3 ? { rows, offset } : null;
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
      // A note in brackets after the name ("Bunny (Limited to legacy … endpoints)") is no part of it; a short one
      // ("Amazon Web Services (AWS)", "Fillout (by Zite)") is.
      const name = stripLinks(h[2]!).replace(/\s*\((?:[^()\s]+\s+){2,}[^()]*\)\s*$/, "");
      const body = squash(lines.slice(j + 1, j + 4).find((l) => l.trim()) ?? "");
      // The card's text names the entry: it opens with the name (and then says what it does), or names it as whose
      // practices it links to ("For more information on the privacy practices of Cloudflare, …").
      const core = name.replace(/\s*\([^)]*\)/g, "").trim();
      const opens = body.startsWith(name) ? name : body.startsWith(core) ? core : null;
      if (!core || (!opens && !new RegExp(`(?<!\\w)${escapeRe(core)}(?!\\w)`).test(body))) continue;
      const purpose = !opens
        ? ""
        : body
            .slice(opens.length)
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

/** "Name - purpose" lines grouped under headings (`subprocessor-dash-lines.ts`); cited at the first entry. */
function fromDashed(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const list = fromDashLines(index.text, looksLikeName, HEADING_GIVES_LOCATION.test(index.text));
  return list ? { rows: list.rows, offset: Math.max(0, index.text.indexOf(list.first)) } : null;
}

/** "Name ..... place" lines grouped under headings (`subprocessor-leader-lines.ts`); cited at the first entry. */
function fromLeaders(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const list = fromLeaderLines(index.text, looksLikeName, HEADING_GIVES_LOCATION.test(index.text));
  return list ? { rows: list.rows, offset: Math.max(0, index.text.indexOf(list.first)) } : null;
}

/** A plain-text table in fixed-width columns (`subprocessor-fixed-columns.ts`); cited at the first entry. */
function fromFixed(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const table = fromFixedColumns(index.text);
  return table ? { rows: table.rows, offset: Math.max(0, index.text.indexOf(table.first)) } : null;
}

/** Cards of labelled lines under each name (`subprocessor-cards.ts`); cited at the first card's name. */
function fromLabelledCards(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const cards = cardsFromText(index.text);
  return cards ? { rows: cards.rows, offset: Math.max(0, index.text.indexOf(cards.first)) } : null;
}

function fromCsv(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const sep = csvSeparator(index.text);
  const lines = csvListRows(index.text.split("\n"), sep);
  if (lines.length < 2 || !lines[0]!.includes(sep)) return null;
  const split = (l: string) => csvCells(l, sep);
  // An export may open with a title row and blank rows, and close with a note in one cell: the header is the first
  // row of several cells that names the provider column; an entry fills at least two cells.
  const filled = (cells: string[]) => cells.filter(Boolean).length >= 2;
  const at = lines.findIndex((l) => {
    const cells = split(l);
    return filled(cells) && cells.some((h) => NAME_COL.test(h));
  });
  if (at < 0) return null;
  const header = split(lines[at]!);
  const col = columns(header);
  const rows = lines
    .slice(at + 1)
    .map(split)
    .filter((c) => c[col.name] && filled(c))
    .map((c) => ({
      name: c[col.name]!,
      purpose: col.purpose >= 0 ? c[col.purpose] || null : null,
      location: col.location >= 0 ? c[col.location] || null : null,
    }));
  return rows.length ? { rows, offset: 0 } : null;
}

/** A proper name: capitalised words, connectors and legal suffixes only ("Kandra Labs, Inc."), never a clause ("To support ... we"). */
function looksLikeName(name: string): boolean {
  // A parenthetical ("Fillout (by Zite)") qualifies the name; the words before it are the name.
  const words = name
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/[,.]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (/^(the|this|our|we|to|a|an|following|list|these|it)$/i.test(words[0]!)) return false;
  // A legal form alone ("Inc.") is the tail of a name, not a name.
  if (words.every((w) => /^(Inc|LLC|Ltd|Limited|GmbH|Corp|Co|PLC|AG|SA|BV|LLP|LP)$/i.test(w))) return false;
  // A brand may start in lower case when a capital follows ("stampHQ", "iOS").
  return words.every(
    (w) => /^[A-Z0-9&]/.test(w) || /^[a-z]+[A-Z]/.test(w) || /^(of|and|de|d\/b\/a|du|la|le|von|van|der)$/.test(w),
  );
}

const CATEGORY =
  /^(?:infrastructure|other|third|current|additional|optional|core|ai|internal|external|our|all|list|hosting|analytics|communications?|payments?|marketing|support|miscellaneous|cloud|data|services?|product|new|previous|former|eu|us|uk|european|global|general|approved|authori[sz]ed|key|main|primary|secondary|technical|operational|engineering|sales|finance|security|email|customer|business|platform)\b/i;

/** A lower heading's name is the owner's when it is no category and the page uses it again. */
function ownerHeading(index: TextIndex, name: string): boolean {
  const core = name.replace(/\s*\([^)]*\)/g, "").trim();
  if (CATEGORY.test(core)) return false;
  const uses = index.text.split(core).length - 1;
  return uses >= 3;
}

/** A title's qualifier, not a name: every word a category word ("Approved Sub-Processors", "Current Subprocessors"). */
function qualifierOnly(name: string): boolean {
  return name.split(/\s+/).every((w) => CATEGORY.test(w) && new RegExp(`^${CATEGORY.exec(w)![0]}$`, "i").test(w));
}

/** A legal name after another language's word for sub-processors and its "of" (der, von, de, van, di, till, …). */
const FOREIGN_OWNER = new RegExp(
  `(?:${SUBPROCESSOR_WORD.source})\\s+(?:der|des|von|de(?:\\s+la)?|du|d['’]|van|di|del(?:la)?|da|do|af|till|f[öo]r|fra|hos|(?:eingesetzt|beauftragt)\\s+(?:von|durch)(?:\\s+der)?)\\s*([A-Z][\\w&.,' -]{1,50}?\\s${LEGAL_FORM})(?=[\\s.,;:)]|$)`,
  "im",
);

/** "# Sub-processors of Acme", "# Subprocessors for Acme" */
const OF_TITLE = /^\s*#\s*sub-?\s*processors?\s*(?:for|of)\s+([^\n]{2,60})$/im;

const FOR_OWNER =
  /sub-?\s*processors\b[^.\n]{0,60}?\bfor\s+([A-Za-z][\w&.' -]{1,40}?)(?=\s+(?:within|in|across)\b|\s*[.,;:\n])/;

function findVendor(index: TextIndex, entries: string[], listAt = -1): Fact<string> {
  const patterns: RegExp[] = [
    // "a list of subprocessors that Embrace may engage"
    /[Ss]ub-?\s*processors\s*(?:that|which|whom)?\s+([A-Z][\w&.' -]{1,40}?)\s+(?:may\s*)?(?:engages?|uses?|has\s*engaged|currently\s*uses)\b/,
    // "Acme AB (Gothenburg, Sweden) engages the sub-processors below": a bracketed seat or short name may follow.
    /(?:^|\.\s+|\n)[ \t]*([A-Z][\w&.,' -]{1,60}?)\s*(?:\("[^"]+"\)\s*)?(?:\(or\s*one\s*of\s*its\s*affiliates[^)]*\)\s*|\([^()\n]{1,60}\)\s*)?(?:may\s*engage|uses\s*certain|engages|currently\s*uses)/,
    /sub-?\s*processors\s*(?:used|engaged)\s*by\s*([A-Z][\w&.,' -]{1,60}?)\s*[:.\n]/i,
    // "Acme ApS publishes changes to its sub-processors here", "Acme Ltd maintains a list of its sub-processors".
    // A leading clause may come first: "In accordance with §4.1 of its addendum, Acme maintains a list of …".
    /(?:^|\.\s+|\n|,\s+)[ \t]*([A-Z][\w&.,' -]{1,60}?)\s+(?:publishes|maintains|keeps|lists)\b[^.\n]{0,40}?\bsub-?\s*processors/,
    /^\s*(?:#\s*|title:\s*)([A-Z][\w&.' -]{1,40}?)\s+sub-?\s*processors?\s*$/im,
    OF_TITLE,
    // "Acme uses the following third-party service providers", "stampHQ uses third party subprocessors"
    /(?:^|\.\s+|\n)[ \t]*([A-Za-z][\w&.,' -]{1,60}?)\s+uses\s+(?:the\s+following|third[- ]party)\b/,
    // "Acme Ltd uses the third parties below / listed below to process …", also with its short name in brackets and
    // "third-party" before the noun ("Acme, Inc. ("Acme") uses the third-party sub-processors listed below").
    /(?:^|\.\s+|\n)[ \t]*([A-Z][\w&.,' -]{1,60}?)\s*(?:\(["“][^"”()]{1,40}["”]\))?\s+(?:uses|engages)\s+the\s+(?:third[- ]part(?:y|ies)\s+)?(?:(?:sub-?\s*)?processors\s+|service\s+providers\s+|vendors\s+|companies\s+|providers\s+)?(?:below|listed)\b/,
    // "Acme Ltd ("Acme", "we") relies on the companies below", "Acme GmbH (the "Processor") has engaged the
    // sub-processors listed below" (subprocessor-owner-sentence.ts).
    OWNER_USES_LISTED,
    // A page title: "Acme - Sub-processors", also as a Markdown heading ("# Acme Ltd — Subprocessors"), "Subprocessors - Acme" (dashes are normalised to "-")
    /^\s*(?:#{1,2}\s*)?([A-Z][\w&.' ]{1,40}?)\s+[-|:]\s+(?:(?:the\s+)?list\s+of\s+)?sub-?\s*processors?(?:\s+list)?\s*$/im,
    // A title over two lines at the top of the page: "Acme GmbH" above "Sub-processors".
    /^\s*(?:[^\n]{0,80}\n){0,2}?[ \t]*([A-Z][\w&.,' -]{1,50}?)[ \t]*\n[ \t]*(?:[Ll]ist\s+of\s+|LIST\s+OF\s+)?(?:[Ss]ub-?\s*[Pp]rocessors?|SUB-?\s*PROCESSORS?)(?:\s+(?:[Ll]ist|LIST))?[ \t]*(?:\n|$)/,
    // A title cell: "Acme Ltd - Sub-processor register (last updated …)".
    /^["'\s]*([A-Z][\w&.' ]{1,40}?)\s+[-|:]\s+sub-?\s*processors?\s+(?:list|register)\b/im,
    // "Sub-processors - Acme", "Sub-processor & Provider List | Acme"
    /^\s*sub-?\s*processors?(?:\s*(?:&|and)\s*(?:service\s+)?(?:providers?|vendors?))?(?:\s+list)?\s+[-|:]\s+([A-Za-z][\w&.' ]{1,40}?)\s*$/im,
    // "... third party subprocessors, such as cloud computing providers, to run Acme."
    /sub-?\s*processors?\b[^.\n]{0,120}?\bto\s+run\s+([A-Za-z][\w&.' -]{1,40}?)\s*(?=[.,;:(\n])/i,
    // "the approved sub-processors and their locations for Acme within each hosting region": the page names Acme
    // again (checked below), so "for Customer Data" is not taken for an owner.
    FOR_OWNER,
    // "This page lists the sub-processors of Acme Robotics GmbH", "# Authorised sub-processors of Acme Ltd": a legal
    // name after "of" / "used by" / "engaged by" is the owner wherever the sentence stands.
    new RegExp(
      `sub-?\\s*processors?\\s+(?:of|used\\s+by|engaged\\s+by)\\s+([A-Z][\\w&.,' -]{1,50}?\\s${LEGAL_FORM})(?=[\\s.,;:)]|$)`,
      "m",
    ),
    // The same in another language: "Liste der Unterauftragsverarbeiter der Acme GmbH", "Sous-traitants ultérieurs
    // de Acme SAS", "Subencargados de Acme S.L.", "Subverwerkers van Acme B.V.", "Underbiträden till Acme AB".
    FOREIGN_OWNER,
    // "A list of Acme's data subprocessors" (capitalised words only, so "A list of" is not part of the name)
    /((?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)['’]s\s+(?:data\s+|third[- ]party\s+|current\s+)?sub-?\s*processors/,
    // "A sub-processor is a third party that Acme engages to process customer data": the one who engages is the owner.
    /\b(?:that|which|whom)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:engages|uses|has\s+engaged)\s+to\b/,
    // "## Acme (by Parent) Subprocessors": a lower heading names the owner when its name is used elsewhere too and
    // is not a category of sub-processors ("## Infrastructure Subprocessors").
    /^#{2,3}\s+(?:list\s+of\s+)?([A-Z][\w&.' ()-]{1,40}?)\s+sub-?\s*processors?\s*$/im,
  ];
  for (const re of patterns) {
    for (const m of searchAll(index, re)) {
      // Drop a leading clause ("To support our Services, Acme, Inc."), keeping a legal form after a comma.
      const name = squash(m[1]!).replace(
        /^.*?,\s*(?!(?:Inc|LLC|Ltd|L\.P|LP|Corp|Co)\.?$)(?=[A-Z][\w&.' -]*(?:,\s*(?:Inc|LLC|Ltd|L\.P|LP|Corp|Co)\.?)?$)/,
        "",
      );
      // A title "Sub-processors of acme" names its owner even in lower case, when the page names it again.
      const lowerOwner = re === OF_TITLE && /^[a-z][\w-]{2,30}$/.test(name) && index.text.split(name).length - 1 >= 3;
      if ((!looksLikeName(name) && !lowerOwner) || qualifierOnly(name)) continue;
      if (/^#{2,3}\s/.test(m[0]) && !ownerHeading(index, name)) continue;
      if (re === FOR_OWNER && index.text.split(name).length - 1 < 2) continue;
      return factAt(index, name, m.index, m[0].length, 0.75);
    }
  }
  // A data file may name its owner under a key of its own, outside its records ("meta: / company: Acme B.V.").
  const keyed = ownerFromDataKeys(index);
  if (keyed) return keyed;
  // A list whose text never names its owner may carry it in the page's letterhead, header or footer.
  const furniture = ownerFromPageFurniture(index, entries);
  if (furniture) return furniture;
  // A legal name in the introduction, in a line about processing or services, or standing as a title.
  const lead = ownerFromLead(index, listAt, entries, looksLikeName);
  if (lead) return lead;
  // A register that never names its owner in a heading still names its own product: "the Acme platform", "Acme's
  // single-page application", twice or more (a sub-processor's product is named once per entry), and the owner is
  // none of the entries.
  const own = new Map<string, RegExpExecArray[]>();
  for (const m of searchAll(
    index,
    /\b(?:the\s+([A-Z][\w&-]{2,40})|([A-Z][\w&-]{2,40})['’]s(?:\s+[\w-]+){0,2}?)\s+(?:platform|service|website|site|app|application)\b/g,
  )) {
    const name = (m[1] ?? m[2])!;
    own.set(name, [...(own.get(name) ?? []), m]);
  }
  const entry = (name: string) => entries.some((e) => e.split(/[\s,(]/)[0] === name);
  const product = [...own.entries()]
    .filter(([name, ms]) => ms.length >= 2 && !entry(name))
    .sort((a, b) => b[1].length - a[1].length)[0];
  if (product && looksLikeName(product[0])) {
    const m = product[1][0]!;
    return factAt(index, product[0], m.index, m[0].length, 0.5, "the product the list is for; no legal entity named");
  }
  return missing();
}

/** The owner a YAML or JSON register names under an owner key outside its records (data-file-sections.ts). */
function ownerFromDataKeys(index: TextIndex): Fact<string> | null {
  if (index.doc.format === "yaml") {
    const found = yamlOwner(index.text);
    return found ? factAt(index, found.name, found.at, found.name.length, 0.7, "named under an owner key") : null;
  }
  if (index.doc.format !== "json" || index.doc.data === undefined) return null;
  const name = jsonOwner(index.doc.data);
  const at = name ? index.text.indexOf(name) : -1;
  return name && at >= 0 ? factAt(index, name, at, name.length, 0.7, "named under an owner key") : null;
}

/** A JSON register's own date under a date key (data-file-sections.ts), cited where its value is printed. */
function jsonDate(index: TextIndex): { match: RegExpExecArray; confidence: number } | null {
  if (index.doc.format !== "json" || index.doc.data === undefined) return null;
  const value = jsonDateValue(index.doc.data);
  if (!value || !findDates(value)[0]) return null;
  const at = index.text.indexOf(`"${value}"`);
  if (at < 0) return null;
  const match = Object.assign([value, value], { index: at + 1, input: index.text, groups: undefined });
  return { match: match as RegExpExecArray, confidence: 0.85 };
}

/** "These subprocessors are all located in the United States": where the entries it speaks of are. */
const STATED_LOCATION =
  /sub-?\s*processors?\s+(?:listed\s+(?:below|above|here)\s+)?are\s+(?:all\s+)?(?:located|based|headquartered|hosted|established)\s+in\s+(?:the\s+)?([A-Z][\w .'-]{1,40}?)(?=\s+and\b|\s*[.:;,\n])/i;

/**
 * A sentence that gives every entry's location ("These subprocessors are all located in the United States") fills
 * the entries that give none.
 */
function withStatedLocation(index: TextIndex, rows: Subprocessor[]): Subprocessor[] {
  if (rows.every((r) => r.location)) return rows;
  const stated = search(index, STATED_LOCATION);
  if (!stated) return rows;
  return rows.map((r) => (r.location ? r : { ...r, location: stated[1]! }));
}

/** A table laid out on PDF pages, read by position; cited at its first entry's name. */
function fromPdfTable(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const table = index.doc.format === "pdf" ? subprocessorsFromPdfTable(index.doc) : null;
  if (!table) return null;
  const start = index.starts[table.page]!;
  const at = index.text.indexOf(table.rows[0]!.name, start);
  return { rows: table.rows, offset: at >= 0 ? at : start };
}

/** The grid's entries, each cited where its own name is printed; the list cited at its first entry. */
function gridReading(index: TextIndex, grid: GridSubprocessor[]): { rows: Subprocessor[]; offset: number } {
  const first = grid[0]!;
  const start = index.starts[first.page - 1] ?? 0;
  const at = index.text.indexOf(first.quote, start);
  return { rows: grid, offset: at >= 0 ? at : start };
}

/** Rows whose name, purpose or location ends in a footnote's number glued to it (footnote-marks.ts), without it. */
function withoutFootnoteMarks(index: TextIndex, rows: Subprocessor[]): Subprocessor[] {
  const footnotes = footnoteNumbers(index.text);
  if (footnotes.size === 0) return rows;
  const clean = (v: string | null | undefined) => (v ? withoutGluedMark(v, footnotes) : v);
  return rows.map((r) => ({
    ...r,
    name: clean(r.name)!,
    purpose: clean(r.purpose) ?? null,
    location: clean(r.location) ?? null,
  }));
}

export function extractSubprocessorList(index: TextIndex): KindExtraction {
  const log = fromChangeLog(index.text);
  const changeLog = log ? { rows: log.rows, offset: Math.max(0, index.text.indexOf(log.first)) } : null;
  const read =
    (index.doc.data !== undefined ? fromJsonData(index) : null) ??
    fromPdfTable(index) ??
    fromPipeTables(index) ??
    (index.doc.format === "pdf" ? null : fromFixed(index)) ??
    fromArrowLines(index) ??
    fromYaml(index) ??
    fromHeadingCards(index) ??
    fromLabelledCards(index) ??
    changeLog ??
    fromBullets(index) ??
    fromDashed(index) ??
    fromLeaders(index) ??
    (index.doc.format === "csv" ? fromCsv(index) : null) ??
    (index.doc.format === "markdown" || index.doc.format === "html" ? fromBoldProse(index) : null);
  // A PDF's table read by position stands over the text reading where the evidence says so (subprocessor-choice.ts).
  const grid = index.doc.format === "pdf" ? gridSubprocessors(index.doc) : null;
  const chosen = gridStands(grid, read?.rows ?? null) ? gridReading(index, grid) : read;
  const found = chosen
    ? { ...chosen, rows: withoutFootnoteMarks(index, withStatedLocation(index, chosen.rows)) }
    : null;
  const dated = jsonDate(index) ?? listDate(index);
  const updated = dated?.match ?? null;
  const updatedIso = updated ? findDates(updated[1]!)[0]?.iso : undefined;
  // A change log's last change dates the list when no date is labelled.
  const lastChange =
    !updatedIso && log?.lastChange && read === changeLog
      ? search(index, new RegExp(`^#{1,6}[^\\n]*${log.lastChange}[^\\n]*$`, "m"))
      : null;
  const facts: Facts = {
    vendor: findVendor(
      index,
      (found?.rows ?? []).map((r) => r.name),
      found?.offset ?? -1,
    ),
    last_updated:
      updated && updatedIso
        ? factAt(index, updatedIso, updated.index, updated[0].length, dated!.confidence)
        : lastChange
          ? factAt(index, log!.lastChange!, lastChange.index, lastChange[0].length, 0.7, "date of the latest change")
          : missing(),
    subprocessors: found ? factAt(index, found.rows, found.offset, 80, 0.8, `${found.rows.length} entries`) : missing(),
    count: found ? factAt(index, found.rows.length, found.offset, 80, 0.8) : missing(),
  };
  return { facts, notInTextLayer: [], consistency: [], authenticity: [] };
}
