// A site list printed as numbered or bulleted items under its label ("Locations:" over "1. 1200 Market Street, … –
// Headquarters", "Emplazamientos:" over "• Calle de Alcalá 265, 28027 Madrid"): one site per item. The marker only
// counts the items; an item's wrapped lines are one site; an activity set off by a spaced dash (the reader turns an en dash into a hyphen) is kept apart.
import type { Line, Page } from "./layout";
import { joinWrapped, LIST_MARKER, siteEntry, type SiteEntry } from "./site-table";
import { SITE_WORDS_MORE } from "./site-words";

/** The site label, also in the languages certificates print beside English, alone or bilingual ("Sedi / Sites"). */
const SITE_LIST_LABEL = new RegExp(
  String.raw`^[ \t]*(?:certified\s*|registered\s*|in-?scope\s*)?(?:sites?|locations?|emplazamientos?|ubicaciones|standorte?|sedi|siti|locaties|vestigingen|lieux|locais|instala[çc][õo]es|${SITE_WORDS_MORE})(?:\s*\(s\))?(?:\s*\/\s*[\p{L} ]{2,20}?)?[ \t]*:?[ \t]*(?:\t|$)`,
  "gimu",
);

/** "Original Registration Date:", "Fecha de emisión:": another field's label ends the list. */
const COLON_LABEL = /^[ \t]*[\p{L} ()/.'’-]{2,50}:/u;

export type SiteList = { sites: SiteEntry[]; offset: number; length: number };

export function markedSiteList(text: string): SiteList | null {
  for (const label of text.matchAll(SITE_LIST_LABEL)) {
    const start = label.index + label[0].length;
    const rest = text.slice(start).split("\n").slice(0, 24);
    const items: string[] = [];
    let used = 0;
    for (const [i, raw] of rest.entries()) {
      // The label's own line holds the first item, or nothing (then the items start on the next line).
      if (i === 0 && !raw.trim()) {
        used += raw.length + 1;
        continue;
      }
      const line = raw.replace(/\t+/g, " ");
      if (LIST_MARKER.test(line)) items.push(line.replace(LIST_MARKER, "").trim());
      else {
        const last = items.at(-1);
        // A wrapped line goes on with its item: after a hyphen or comma, or in lower case.
        const wraps = last !== undefined && (/[-,]$/.test(last) || /^\s*\p{Ll}/u.test(line));
        if (!wraps || COLON_LABEL.test(line) || !line.trim()) break;
        items[items.length - 1] = joinWrapped(last, line.trim());
      }
      used += raw.length + 1;
    }
    if (items.length === 0) continue;
    const sites = items.map((item) => {
      const [where, what] = item.split(/\s+[-–—]\s+/, 2);
      return what
        ? { location: where!.replace(/[,;.]\s*$/, ""), activity: what.replace(/[;.]\s*$/, "") }
        : siteEntry(item);
    });
    return { sites, offset: label.index, length: label[0].length + used - 1 };
  }
  return null;
}

/** "Site 1", "Location 2:", "Standort 3": a form's label that numbers a site. */
const NUMBERED_SITE_LABEL =
  /^(?:sites?|locations?|standort|sede|sito|emplazamiento|locatie|lieu|premises)\s*(?:no\.?\s*|n[º°o]\.?\s*|#\s*)?\d{1,2}\s*:?$/i;

export type PlacedSiteList = SiteList & { page: number };

/**
 * A form that gives each site a numbered label of its own ("Site 1 | Level 9, 120 Collins Street …" over "Site 2 |
 * 18 Hunter Street …"): one site per label, with the value's wrapped lines under it in its column.
 */
export function numberedSiteRows(pages: Page[]): PlacedSiteList | null {
  for (const [p, page] of pages.entries()) {
    const texts: string[] = [];
    let first: Line | null = null;
    let last: Line | null = null;
    let valueX: number | null = null;
    for (const line of page.lines) {
      const [label, ...values] = line.cells;
      if (label && values.length > 0 && NUMBERED_SITE_LABEL.test(label.text.trim())) {
        texts.push(values.map((c) => c.text.trim()).join(" "));
        valueX = values[0]!.x0;
        first ??= line;
        last = line;
        continue;
      }
      const only = line.cells.length === 1 ? line.cells[0]! : null;
      // A wrapped value: a line with one cell in the value's column, right under the site before it.
      if (
        last &&
        only &&
        valueX !== null &&
        Math.abs(only.x0 - valueX) < only.size &&
        line.y - last.y < 1.8 * line.size
      ) {
        texts[texts.length - 1] = joinWrapped(texts.at(-1)!, only.text.trim());
        last = line;
        continue;
      }
      if (first) break;
    }
    if (first && last)
      return {
        sites: texts.map(siteEntry),
        page: p,
        offset: first.start,
        length: last.start + last.text.length - first.start,
      };
  }
  return null;
}
