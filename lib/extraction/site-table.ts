// A certificate's site schedule printed as a table: a header row with a location column and an activity column
// ("Location | Activities", "Site address | Scope"), then one row per site. Read by position, so a row's cells stay
// together whatever the address looks like (street numbers, postcodes, building names), and an address wrapped onto
// a second line joins its row.
import { isLabel, valueInColumn, type Cell, type CellPart, type Line, type Page } from "./layout";
import { findDates } from "./dates";
import { ACTIVITY_WORDS_MORE, ADDRESS_WORDS_MORE, SITE_WORDS_MORE } from "./site-words";

export type SiteRow = { location: string; activity: string | null; page: number; offset: number; length: number };

// Also the words of the languages certificates print beside English (a bilingual header tries each side).
// And in the rest of Europe's languages (site-words.ts), with their words for an address ("Osoite", "Aadress", "Cím",
// "Adresa", "Naslov", "Διεύθυνση").
const LOCATION_HEADER = new RegExp(
  String.raw`^(?:certified\s+|registered\s+)?(?:locations?|sites?|site\s+address(?:es)?|address(?:es)?|premises|standorte?|anschrift|adresse|emplazamientos?|direcci[oó]n|ubicaci[oó]n|sedi|sede|sit[oi]|indirizzo|locaties?|adres|lieux?|endere[cç]o|instala[çc][õo]es|${SITE_WORDS_MORE}|${ADDRESS_WORDS_MORE})(?:\s*\(s\))?\s*:?$`,
  "i",
);
/** A short label ending in its colon: a form's field, not a site's address. */
const FIELD_LABEL = /^[\p{L} ()/.'’-]{2,50}:$/u;
/** The header of the column that says where a site is, when another names or numbers it ("Site | Address"). */
const ADDRESS_WORD = new RegExp(
  String.raw`address|anschrift|adresse|direcci|indirizzo|adres|endere|${ADDRESS_WORDS_MORE}`,
  "i",
);
/** A column that numbers the rows ("No. | Location | Activities"): its cells are the rows' keys. */
const NUMBER_HEADER = /^(?:no\.?|nr\.?|n[º°o]\.?|#|s\.?\s*no\.?|sr\.?\s*no\.?|item)$/i;
// The activity header may say which activities it lists ("Activities within scope", "Activities covered"): the
// qualifier names the same column.
const ACTIVITY_HEADER = new RegExp(
  String.raw`^(?:activit(?:y|ies)|(?:site\s+)?scope|function(?:s)?|description|services?|processes|operations|t[äa]tigkeit(?:en)?|actividad(?:es)?|activit[ée]s?|attivit[àa]|activiteiten|atividades?|${ACTIVITY_WORDS_MORE})(?:\s*\(s\))?(?:\s+(?:(?:with)?in|under)\s+(?:the\s+)?(?:scope|certification)|\s+(?:covered|performed|in\s+scope))?\s*:?$`,
  "i",
);

function overlaps(a: Cell, x0: number, x1: number): boolean {
  return Math.min(a.x1, x1) - Math.max(a.x0, x0) > 0;
}

/**
 * Header cells set closer than a cell gap read as one cell ("No. Location", "Sito Indirizzo", "Locatie / Site Adres /
 * Address"): split where its drawn parts say, when each run of parts is a header of its own.
 */
function splitHeaderCell(cell: Cell): Cell[] {
  const parts = cell.parts ?? [];
  if (parts.length < 2 || parts.length > 12) return [cell];
  const headerWord = (t: string) => [LOCATION_HEADER, ACTIVITY_HEADER, NUMBER_HEADER].some((h) => h.test(t.trim()));
  // One drawn part is a header when one side of it is (a bilingual label); parts joined into one header must be one
  // in every side, else "Locatie / Site" + "Adres / Address" would pass as one label for its last side alone.
  const isHeader = (qs: CellPart[]) => {
    const text = qs.map((q) => q.text.trim()).join(" ");
    return qs.length === 1
      ? [LOCATION_HEADER, ACTIVITY_HEADER, NUMBER_HEADER].some((h) => isLabel(h, text))
      : text.split(/\s+\/\s+/).every(headerWord);
  };
  // The fewest runs, each a header: a run is tried whole before it is cut.
  const runs = (from: number): CellPart[][] | null => {
    if (from === parts.length) return [];
    for (let to = parts.length; to > from; to--) {
      if (!isHeader(parts.slice(from, to))) continue;
      const rest = runs(to);
      if (rest) return [parts.slice(from, to), ...rest];
    }
    return null;
  };
  const found = runs(0);
  if (!found || found.length < 2) return [cell];
  return found.map((qs) => {
    const text = qs.map((q) => q.text.trim()).join(" ");
    const offset = cell.text.indexOf(qs[0]!.text.trim());
    return {
      ...cell,
      text,
      x0: qs[0]!.x0,
      x1: Math.max(...qs.map((q) => q.x1)),
      parts: qs,
      start: cell.start + Math.max(0, offset),
    };
  });
}

/** Where the table's header row is: its location and activity cells, and a key column left of the location. */
function headerOf(printed: Line): { location: Cell; activity: Cell | null; key: Cell | null } | null {
  const line = { ...printed, cells: printed.cells.flatMap(splitHeaderCell) };
  // Headers may be bilingual ("Standort / Site | Adresse / Address").
  const named = line.cells.filter((c) => isLabel(LOCATION_HEADER, c.text));
  // "Site | Address | Activities": the address column says where the site is; the site column only numbers or names
  // the row (its key).
  const location = named.find((c) => ADDRESS_WORD.test(c.text)) ?? named[0];
  const activity = line.cells.find((c) => isLabel(ACTIVITY_HEADER, c.text)) ?? null;
  if (!location) return null;
  const key =
    named.find((c) => c !== location && c.x1 <= location.x0) ??
    line.cells.find((c) => c.x1 <= location.x0 && NUMBER_HEADER.test(c.text.trim())) ??
    null;
  // "Site | Address" with no activity column: the address is the table's last column, the site its key.
  if (!activity)
    return key && line.cells.at(-1) === location && line.cells.length === 2 ? { location, activity, key } : null;
  if (activity.x0 <= location.x0) return null;
  return { location, activity, key };
}

/**
 * A cell's next printed line joined to the text so far: a word the narrow column broke with a hyphen ("software de-"
 * over "velopment") is one word again; before a capital the hyphen is the name's own ("Baden-" over "Württemberg").
 */
export function joinWrapped(text: string, next: string): string {
  if (!text) return next;
  if (/\p{L}-$/u.test(text) && /^\p{L}/u.test(next))
    return /^\p{Ll}/u.test(next) ? text.slice(0, -1) + next : text + next;
  return `${text} ${next}`;
}

/**
 * A cell that runs over a column's edge, because the table sets its columns closer than a cell gap ("1060" and
 * "Management" a few points apart), split at that edge into the text drawn left of it and right of it.
 */
function splitAtEdge(cell: Cell, edge: number): Cell[] {
  const parts = cell.parts ?? [];
  if (!(cell.x0 < edge && cell.x1 > edge + cell.size) || parts.length < 2) return [cell];
  const left = parts.filter((q) => q.x0 < edge);
  const right = parts.filter((q) => q.x0 >= edge);
  if (left.length === 0 || right.length === 0) return [cell];
  const join = (qs: CellPart[]) =>
    qs.reduce((t, q, i) => (i && q.x0 - qs[i - 1]!.x1 > 0.12 * cell.size ? `${t} ${q.text}` : t + q.text), "").trim();
  const at = (qs: CellPart[]) => ({ x0: qs[0]!.x0, x1: Math.max(...qs.map((q) => q.x1)), parts: qs });
  return [
    { ...cell, ...at(left), text: join(left) },
    { ...cell, ...at(right), text: join(right) },
  ];
}

/**
 * The rows under the first location/activity header of any page. A row is a line with a cell starting in the location
 * column (left of where the activity column starts); a line with text only in one of the columns continues the row
 * above (a wrapped address or activity). The table ends at a line with a cell outside both columns, a larger font (a
 * heading), or a gap of more than two lines.
 */
export function siteTableRows(pages: Page[]): SiteRow[] {
  for (const [p, page] of pages.entries()) {
    let at = -1;
    let header: ReturnType<typeof headerOf> = null;
    while (!header && ++at < page.lines.length) header = headerOf(page.lines[at]!);
    if (!header) continue;
    const { location, activity, key } = header;
    const split = activity ? activity.x0 - 0.5 * activity.size : Infinity;
    // With a key column, a cell wholly left of the location column is the row's key ("1 (HQ)", "Site 2").
    const keyEnd = key ? location.x0 - 0.25 * location.size : -Infinity;
    type BodyLine = { line: Line; key: string; where: string; what: string | null; gap: number };
    const body: BodyLine[] = [];
    let previous = page.lines[at]!;
    // A bilingual header may print its other language on a line of its own under the first ("Standort | Anschrift"
    // over "Site | Address"): a line of header words only is still the header.
    const headerWords = (l: Line) =>
      l.cells.length > 1 &&
      l.cells.every((c) => [LOCATION_HEADER, ACTIVITY_HEADER, NUMBER_HEADER].some((h) => isLabel(h, c.text)));
    while (page.lines[at + 1] && headerWords(page.lines[at + 1]!)) {
      previous = page.lines[++at]!;
    }
    for (const printed of page.lines.slice(at + 1)) {
      // One cell from left of the location column into the activity column that reads as a sentence (eight words or
      // more, ending with a full stop) is prose under the table ("This annex is valid only together with…"), not a
      // row; a row whose key, address and activity run together (closer than a cell gap) has no full stop.
      const only = printed.cells.length === 1 ? printed.cells[0]! : null;
      const sentence = (t: string) => /\.$/.test(t) && t.split(/\s+/).length >= 8;
      if (only && only.x0 < location.x0 - location.size && only.x1 > split && sentence(only.text)) break;
      // A cell drawn across a column's edge (a site's name run into its address, an address into its activity) is
      // split there.
      const line = {
        ...printed,
        cells: printed.cells
          .flatMap((c) => splitAtEdge(c, split))
          .flatMap((c) => (key ? splitAtEdge(c, location.x0 - 0.5 * location.size) : [c])),
      };
      const rowHeight = Math.max(previous.size, line.size);
      // A header row is often set apart from the rows by a rule and its padding: the first row may sit further
      // below it (3.8 lines under a "Site | Address | Activities" header) than a row below the one above.
      const maxGap = body.length === 0 ? 4.5 : 3.2;
      if (line.y - previous.y > maxGap * rowHeight && page.width > 0) break;
      if (line.size > 1.25 * location.size) break;
      const keys = line.cells.filter((c) => c.x1 <= keyEnd);
      const left = line.cells.filter(
        (c) => c.x1 > keyEnd && c.x0 < split && overlaps(c, location.x0 - location.size, split),
      );
      const right = line.cells.filter((c) => c.x0 >= split);
      // Justified text can space one address's words wider than a cell gap: cells within the column are one.
      // A row number before the site's name ("1 | Head office | …") is one key with it.
      const numbered = keys.length === 2 && /^\d{1,3}[.)]?$/.test(keys[0]!.text.trim());
      if (keys.length + left.length + right.length !== line.cells.length || (keys.length > 1 && !numbered)) break;
      // With a key column, a cell from the key column into the address column that cannot be split there is no
      // row's ("Brandt & Keller GmbH, Köln" under the table).
      if (key && left.some((c) => c.x0 < keyEnd - c.size)) break;
      // "Initial certification date: | 14 March 2022": a form's label under the table starts another field.
      if (left.length === 1 && keys.length === 0 && FIELD_LABEL.test(left[0]!.text.trim())) break;
      const what = right.map((c) => c.text.trim()).join(" ") || null;
      body.push({
        line,
        key: keys.map((k) => k.text.trim()).join(" "),
        where: left.map((c) => c.text.trim()).join(" "),
        what,
        gap: line.y - previous.y,
      });
      previous = line;
    }
    // Tables pad their rows: when some lines follow each other closer than others, the close ones are a cell's
    // wrapped lines (an address, an activity, the site's own name) and only a wider gap starts the next row.
    const gaps = body.slice(1).map((b) => b.gap);
    const tight = Math.min(...gaps);
    const padded = page.width > 0 && gaps.length > 0 && Math.max(...gaps) > 1.4 * tight;
    const rows: (SiteRow & { key: string })[] = [];
    for (const [i, { line, key, where, what, gap }] of body.entries()) {
      // With a key column ("Site | Address | Activities"), rows set without padding start where the key has text
      // of its own: a line with no key, or a key that goes on in lower case ("Development" over "centre"), carries
      // the row's wrapped cells.
      const keyed = keyEnd > -Infinity && rows.length > 0 && rows.at(-1)!.key !== "";
      const startsRow = padded
        ? // A wider gap than a text line's step: cells centred in their row interleave their lines at half steps,
          // so the tightest gap alone can be half a line.
          i === 0 || (gap > 1.4 * tight && gap > 1.3 * line.size)
        : keyed
          ? key !== "" && !/^\p{Ll}/u.test(key)
          : where !== "" && (what !== null || rows.length === 0 || key !== "");
      // A line at a row's gap with nothing in the key or address column is under the table (a mark's words).
      if (startsRow && padded && i > 0 && !where && !key) break;
      if (startsRow) {
        rows.push({ location: where, activity: what, key, page: p, offset: line.start, length: line.text.length });
      } else {
        const last = rows.at(-1);
        if (!last) break;
        if (where) last.location = joinWrapped(last.location, where);
        if (what) last.activity = last.activity ? joinWrapped(last.activity, what) : what;
        if (key) last.key = joinWrapped(last.key, key);
      }
    }
    // A site named in the key column ("Head office", "Data centre") keeps its name before the address; a number
    // or "Site 2" only counts the rows.
    const named = (key: string) => /\p{L}{3}/u.test(key) && !/\d/.test(key) && !/^(?:site|location)\b/i.test(key);
    if (rows.length > 0)
      return rows.map(({ key, ...r }) => ({ ...r, location: named(key) ? `${key}: ${r.location}` : r.location }));
  }
  return [];
}

export type SiteBlock = { sites: string[]; page: number; offset: number; length: number };

const SITE_LABEL = new RegExp(
  String.raw`^(?:certified\s+|registered\s+|in-?scope\s+)?(?:sites?|locations?|${SITE_WORDS_MORE})(?:\s*\(s\))?\s*:?$`,
  "i",
);
/** A short line in capitals with no digits is a heading or a label ("CERTIFICATE REGISTRATION NO."), not an address. */
const CAPITALS_LABEL = /^(?=[^a-z\d]*[A-Z]{2})[^a-z\d]{2,60}$/;
/** A line that is a whole address: a number (street, postcode) and a comma between its parts. */
const ADDRESS_LINE = /^(?=[^\n]*\d)(?=[^\n]*,)[^:\n]{6,120}$/;
/** "Certificate number:", "Valid until:": a label with its colon starts another field. */
const COLON_LABEL = /^[\p{L} ()/.-]{2,40}:/u;

/**
 * A site list printed under a label of its own line ("SITES" above "Stuttgart (headquarters), …; Leipzig (…), …"),
 * as forms that put every label above its value do: the lines below, up to the next label (a line in the label's
 * type size, a heading in capitals, a "Label:" line) or a wide gap, split at semicolons into one site each.
 */
export function sitesBelowLabel(pages: Page[]): SiteBlock | null {
  for (const [p, page] of pages.entries()) {
    const at = page.lines.findIndex((l) => l.cells.length === 1 && SITE_LABEL.test(l.text.trim()));
    if (at < 0) continue;
    const label = page.lines[at]!;
    const positioned = page.width > 0;
    // The label's own type (small capitals) marks the next label, when values are set in another size.
    const labelType = (l: Line) => positioned && Math.abs(l.size - label.size) < 0.25;
    const block: Line[] = [];
    let previous = label;
    for (const line of page.lines.slice(at + 1, at + 9)) {
      const text = line.text.trim();
      if (positioned && line.y - previous.y > 2.5 * Math.max(line.size, previous.size)) break;
      // A label set in the values' size (bold only, which the text layer does not say) is told from an address by
      // the address's number and comma.
      if ((labelType(line) && !ADDRESS_LINE.test(text)) || CAPITALS_LABEL.test(text) || COLON_LABEL.test(text)) break;
      // A place and date under the list ("Tallinn, 08.10.2025  Kadri Tamm") is the signature's line: no address holds a date.
      if (findDates(text).length > 0) break;
      block.push(line);
      previous = line;
    }
    // The value's own type differs from the label's (else a label line, not a value, could follow unnoticed).
    if (block.length === 0 || (positioned && labelType(block[0]!) && !ADDRESS_LINE.test(block[0]!.text.trim())))
      continue;
    const texts = block.map((l) => l.text.replace(/\t/g, " ").trim());
    // Without semicolons, lines that are each a whole address (a number and a comma in every one: "Pärnu mnt 139, 11317
    // Tallinn" over "Ringtee 25, 50105 Tartu") are one site each; otherwise the lines are one wrapped value.
    const wholeAddresses =
      texts.length > 1 && !texts.join(" ").includes(";") && texts.every((t) => ADDRESS_LINE.test(t));
    const sites = wholeAddresses
      ? texts.map((t) => t.replace(/\s+/g, " ").replace(/\.$/, "").trim())
      : texts
          .join(" ")
          .split(/\s*;\s*/)
          .map((s) => s.replace(/\s+/g, " ").replace(/\.$/, "").trim())
          .filter(Boolean);
    const last = block.at(-1)!;
    return { sites, page: p, offset: label.start, length: last.start + last.text.length - label.start };
  }
  return null;
}

// A site label cell, also as bilingual certificates print it ("Standorte" over "Sites").
const SITE_LABEL_CELL = new RegExp(
  String.raw`^(?:certified\s+|registered\s+)?(?:sites?|locations?|standorte?|standort\(e\)|sites?\s+certified|${SITE_WORDS_MORE})\s*:?$`,
  "i",
);

export type SiteEntry = { location: string; activity: string | null };

/** "1.", "2)", "(3)", "•", "-": the marker that starts an item of a list. */
export const LIST_MARKER = /^[ \t]*(?:[•·▪‣◦*–-]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]+(?=\S)/u;

/**
 * "Leipzig (head office), Karl-Heine-Straße 88, 04229 Leipzig": the place and address, the activity in brackets. A
 * bracketed code in capitals ("Mestre (VE)", "Bologna (BO)") is the address's province, not an activity.
 */
export function siteEntry(text: string): SiteEntry {
  const bracket = /\((?!\p{Lu}{1,3}\))([^)]{2,80})\)/u;
  const activity = bracket.exec(text)?.[1]?.trim() ?? null;
  const location = text
    .replace(new RegExp(String.raw`\s*${bracket.source}`, "u"), "")
    .replace(/\s+,/g, ",")
    .replace(/\s+/g, " ")
    .replace(/[,;.]\s*$/, "")
    .trim();
  return { location, activity };
}

/**
 * A site starts on a new line in capitals once the one before holds a number and does not end mid-address, or on a
 * line with a list marker ("1.", "2.", "•"), which only counts the sites and is dropped.
 */
function siteEntries(texts: string[]): SiteEntry[] {
  const entries: string[] = [];
  for (const t of texts) {
    const current = entries.at(-1);
    const marked = LIST_MARKER.test(t);
    // A street number opens an address as a capital does ("1750 Wewatta Street, …" over "600 Congress Avenue, …").
    const startsNew =
      marked ||
      (current !== undefined &&
        /\d/.test(current) &&
        !/[,\-/]$/.test(current) &&
        /^(?:\p{Lu}|\d{1,5}\s+\p{Lu})/u.test(t));
    const text = t.replace(LIST_MARKER, "");
    if (current === undefined || startsNew) entries.push(text);
    else entries[entries.length - 1] = `${current} ${text}`;
  }
  return entries.map(siteEntry);
}

/**
 * Two-column form: "Sites" in the label column, the sites in the value column beside it and on the lines below that
 * hold only a cell in that column (or the label's other-language line beside one). A site starts on a new line in
 * capitals once the one before holds a number (its street number or postcode) and does not end mid-address.
 */
export function sitesInColumn(
  pages: Page[],
): { sites: SiteEntry[]; page: number; offset: number; length: number } | null {
  const found = valueInColumn(pages, SITE_LABEL_CELL, 19);
  if (!found) return null;
  const { line, last, texts } = found;
  return {
    sites: siteEntries(texts),
    page: found.page,
    offset: line.start,
    length: last.start + last.text.length - line.start,
  };
}

const ADDITIONAL_SITE_CELL =
  /^(?:additional|further|other|second(?:ary)?)\s+(?:sites?|locations?|premises)(?:\s*\(s\))?\s*:?$/i;
const ADDRESS_CELL = /^(?:registered\s+|head\s+office\s+)?address\s*:?$/i;

/**
 * Two-column form with the holder's "Address:" and an "Additional site:" label: the address is the first site and the
 * additional value the next (sites it separates with semicolons are one each). A value's wrapped lines are one site.
 */
export function formSites(pages: Page[]): SiteBlock | null {
  const additional = valueInColumn(pages, ADDITIONAL_SITE_CELL, 6);
  if (!additional) return null;
  const address = valueInColumn(pages, ADDRESS_CELL, 4);
  const value = (texts: string[]) =>
    texts
      .join(" ")
      .split(/\s*;\s*/)
      .map((x) => x.replace(/\s+/g, " ").replace(/\.$/, "").trim())
      .filter(Boolean);
  const sites = [
    ...(address && address.page === additional.page ? value(address.texts) : []),
    ...value(additional.texts),
  ];
  const first =
    address && address.page === additional.page && address.line.start < additional.line.start ? address : additional;
  const end = additional.last.start + additional.last.text.length;
  return { sites, page: additional.page, offset: first.line.start, length: Math.max(0, end - first.line.start) };
}

const SITE_HEADING =
  /^(?:certified\s+|registered\s+)?(?:sites?|locations?)(?:\s*\(s\))?(?:\s+(?:covered|included|certified))?$/i;
/** A heading of a block beside the sites ("Certificate details"): a few words, no number, comma or colon. */
const BLOCK_HEADING = /^\p{Lu}[\p{L} &/-]{1,40}$/u;

/**
 * Side-by-side blocks under headings of their own ("Sites covered" beside "Certificate details"): the sites are the
 * cells under the site heading, in its column (left of the next block), one or more lines each, up to a line with
 * nothing in that column, a "Label:" line or a gap of more than two lines. Beside a value, not another heading, the
 * site label is a form's label and its value is read by `sitesInColumn`.
 */
export function sitesUnderHeading(
  pages: Page[],
): { sites: SiteEntry[]; page: number; offset: number; length: number } | null {
  for (const [p, page] of pages.entries()) {
    if (page.width === 0) continue;
    for (const [li, line] of page.lines.entries()) {
      const at = line.cells.findIndex((c) => SITE_HEADING.test(c.text.trim()));
      if (at < 0 || line.cells.length < 2 || !line.cells.every((c) => BLOCK_HEADING.test(c.text.trim()))) continue;
      const heading = line.cells[at]!;
      const nextBlock = line.cells[at + 1]?.x0 ?? Infinity;
      const texts: string[] = [];
      let last = line;
      for (const next of page.lines.slice(li + 1, li + 20)) {
        const cell = next.cells.find((c) => Math.abs(c.x0 - heading.x0) < 0.5 * heading.size);
        if (!cell || cell.x1 > nextBlock || next.y - last.y > 2 * Math.max(next.size, last.size)) break;
        if (COLON_LABEL.test(cell.text.trim()) || CAPITALS_LABEL.test(cell.text.trim())) break;
        texts.push(cell.text.trim());
        last = next;
      }
      // An address (a number or a comma) under the heading, not another label of a form.
      if (!/[\d,]/.test(texts[0] ?? "")) continue;
      return {
        sites: siteEntries(texts),
        page: p,
        offset: heading.start,
        length: last.start + last.text.length - heading.start,
      };
    }
  }
  return null;
}

const SITE_NOUN =
  "(?:service\\s+|operations\\s+|data\\s+|delivery\\s+|support\\s+|development\\s+|distribution\\s+)?(?:centres|centers|offices|sites|facilities|premises|plants|warehouses|locations)";

/**
 * A scope that names its sites in the sentence ("… from the Sheffield and Leeds service centres", "at the Porto,
 * Braga and Lisbon offices"): one site per place, each with the kind of site in the singular.
 */
export const SITES_IN_SCOPE = new RegExp(
  `\\b(?:from|at|in)\\s+(?:the|its|our)\\s+((?:[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?,\\s+)*[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?\\s+and\\s+[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?)\\s+(${SITE_NOUN})\\b`,
  "u",
);

export function sitesNamedInScope(m: RegExpExecArray): string[] {
  const noun = m[2]!.replace(/\s+/g, " ");
  const kind = /premises$/.test(noun) ? noun : noun.replace(/ies$/, "y").replace(/s$/, "");
  return m[1]!.split(/\s*,\s*|\s+and\s+/).map((place) => `${place.replace(/\s+/g, " ")} ${kind}`);
}
