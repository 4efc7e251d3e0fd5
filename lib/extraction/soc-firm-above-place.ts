// A service auditor signs its report with its name, its place and the date, one under the other ("Sterling Vale" /
// "Leeds, United Kingdom" / "May 22, 2026"). Many firms' names carry no legal form and read as ordinary words or a
// person's name ("Fieldstone", "Brightline Attest"), so the name is known by where it stands: the line right above
// the place that is right above the date, opening the block (a blank line or a finished sentence above it).
import { firstDate } from "./dates";
import { squash } from "./normalize";

type Line = { text: string; offset: number };

// One to five capitalised words (a joining "&", "and" or "of" between them), abbreviations with full stops allowed
// ("Revision P.S."); no digits, no closing colon or comma.
const TITLE_CASE_NAME = /^[A-Z][\p{L}'’.-]*(?:[ \t]+(?:&|and|of|[A-Z][\p{L}'’.-]*)){0,4}$/u;
// Words that open a heading or a closing line rather than a firm's name.
const NOT_A_FIRM =
  /^(?:Section|Part|Appendix|Opinion|Restricted|Other|Basis|Description|Management|Signed|Sincerely|Dated?|Page|Report|Independent|To|The)\b/;
// "Leeds, United Kingdom", "Denver, Colorado", "Austin, TX 78701".
const PLACE = /^[A-Z][\p{L}.' -]{1,40},[ \t]*[A-Z][\p{L}.' ]{1,30}?(?:[ \t]+\d{5}(?:-\d{4})?)?\.?$/u;

// "Leeds, United Kingdom, May 22, 2026": a place, then a comma or full stop, then the date (which opens with a month
// name or a day's number).
const PLACE_BEFORE_DATE = /^[A-Z][\p{L}.' -]{1,40},[ \t]*[A-Z][\p{L}.' ]{1,30}?[.,][ \t]+(?:\d|[A-Z][a-z]+[ \t]+\d)/u;

const clean = (s: string) => squash(s.replace(/[_*]/g, "")).replace(/^\/s\/\s*/i, "");

/** The firm's name above the place above the date line (`here`), or above a date line that opens with the place. */
export function firmAbovePlace(lines: Line[], here: number): Line | null {
  // Blank lines may part the block's lines.
  const up = (from: number) => {
    let i = from - 1;
    while (i >= 0 && !lines[i]!.text.trim()) i--;
    return i;
  };
  // The place on the date's own line ("Leeds, United Kingdom. May 22, 2026") or on the line above it.
  const placeAt = PLACE_BEFORE_DATE.test(clean(lines[here]!.text)) ? here : up(here);
  const nameAt = placeAt >= 0 ? up(placeAt) : -1;
  if (nameAt < 0 || !(placeAt === here || PLACE.test(clean(lines[placeAt]!.text)))) return null;
  const name = clean(lines[nameAt]!.text);
  if (!TITLE_CASE_NAME.test(name) || NOT_A_FIRM.test(name) || name.length > 60 || firstDate(name)) return null;
  const above = nameAt > 0 ? clean(lines[nameAt - 1]!.text) : "";
  // The name opens the block: nothing, or a sentence that has ended, is printed right above it.
  if (above && !/[.!?:"”)]$/.test(above)) return null;
  return lines[nameAt]!;
}
