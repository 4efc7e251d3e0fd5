// A site list printed as numbered or bulleted items under its label ("Locations:" over "1. 1200 Market Street, … –
// Headquarters", "Emplazamientos:" over "• Calle de Alcalá 265, 28027 Madrid"): one site per item. The marker only
// counts the items; an item's wrapped lines are one site; an activity set off by a spaced dash (the reader turns an en dash into a hyphen) is kept apart.
import { joinWrapped, LIST_MARKER, siteEntry, type SiteEntry } from "./site-table";

/** The site label, also in the languages certificates print beside English, alone or bilingual ("Sedi / Sites"). */
const SITE_LIST_LABEL =
  /^[ \t]*(?:certified\s*|registered\s*|in-?scope\s*)?(?:sites?|locations?|emplazamientos?|ubicaciones|standorte?|sedi|siti|locaties|vestigingen|lieux|locais)(?:\s*\(s\))?(?:\s*\/\s*[\p{L} ]{2,20}?)?[ \t]*:?[ \t]*(?:\t|$)/gimu;

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
