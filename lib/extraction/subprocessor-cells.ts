// What a sub-processor list's columns and cells mean, shared by its table, list and data-file readers.
import { squash } from "./normalize";
import {
  FOREIGN_ACTIVITY,
  FOREIGN_NAME_HEADER,
  FOREIGN_PLACE,
  FOREIGN_PROCESSING_PLACE,
  FOREIGN_PURPOSE,
  SUBPROCESSOR_WORD,
} from "./subprocessor-words";

export type Subprocessor = { name: string; purpose: string | null; location: string | null };

/** A header naming the provider, in English or another language ("Unterauftragsverarbeiter", "Nom", "Proveedor"). */
export const NAME_COL = new RegExp(
  `name|entity|sub-?\\s*processor|vendor|provider|company|party|processor|${FOREIGN_NAME_HEADER.source}|${SUBPROCESSOR_WORD.source}`,
  "i",
);

/**
 * Headers that say where, most specific first: a list with a provider's (corporate) location and a processing
 * location gives the processing one, where the data is.
 */
const LOCATION_COLS = [
  /process\w*\s*(?:location|region|country)|(?:location|region|country)\s*of\s*(?:the\s*)?process|data\s*location|hosting\s*(?:location|region)/i,
  FOREIGN_PROCESSING_PLACE,
  // Where the data sits: "Server location", "Data storage location", "Hosting country", "Data centre", "Where data is
  // stored".
  /(?:server|storage|stored|hosting|hosted|data\s*(?:cent(?:er|re)|storage|residency))\b[^|]{0,20}?\b(?:location|region|country|countries)|where\s+(?:the\s+)?(?:customer\s+|personal\s+)?data\s+is\s+(?:stored|processed|hosted|located)|data\s*(?:cent(?:er|re)s?|residency)/i,
  // A place, but not the company's own seat ("Corporate location", "Entity country", "Headquarters") while another
  // column names one.
  /^(?!.*\b(?:corporate|headquarter|hq|entity|registered|legal|company|seat|office|incorporat|address|domicile)).*(?:location|country|region|where|jurisdiction)/i,
  FOREIGN_PLACE,
  /location|country|region|where|jurisdiction|headquarter/i,
];

/**
 * Headers that say why, most specific first: a "Relevant services" column beside "Purpose of processing" names the
 * customer's products the sub-processor serves, not its purpose. A column headed "Processing" (or "Processing
 * performed") says what processing the entry does; "Processing location" is taken as the location first. A plain-words
 * header ("What they do for us") says why too.
 */
const PURPOSE_COLS = [
  /purpose/i,
  FOREIGN_PURPOSE,
  /description|activit|function|nature|reason|^\W*uses?\W*$|\bwhat\s+(?:they|it)\s+(?:do|does|process|processes|provides?)\b/i,
  FOREIGN_ACTIVITY,
  /service|role/i,
  /^\W*(?:type\s*of\s*)?processing(?:\s*(?:performed|activities|operations))?\W*$/i,
];

/** The first header (not taken yet) that the most specific pattern matches. */
function findColumn(header: string[], patterns: RegExp[], skip: number[]): number {
  for (const re of patterns) {
    const i = header.findIndex((h, j) => !skip.includes(j) && re.test(h));
    if (i >= 0) return i;
  }
  return -1;
}

export function columns(header: string[]): { name: number; purpose: number; location: number } {
  // "Provider location" names a place, not the provider.
  const named = header.findIndex((h) => NAME_COL.test(h) && !LOCATION_COLS.some((re) => re.test(h)));
  const name = Math.max(0, named >= 0 ? named : header.findIndex((h) => NAME_COL.test(h)));
  const location = findColumn(header, LOCATION_COLS, [name]);
  const purpose = findColumn(header, PURPOSE_COLS, [name, location]);
  return { name, purpose, location };
}

/**
 * A cell's text as a reader sees it: link text without its address, no emphasis or code marks, no Markdown escapes
 * ("\*" is a footnote mark, not part of the value), no inline HTML; a line break is a space.
 */
export function cellText(cell: string): string {
  return squash(
    cell
      .replace(/<br\s*\/?>/gi, " ")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1")
      .replace(/[*_`]/g, ""),
  );
}

/** A name cell's first line is the name; what follows a line break there is links or notes ("Privacy terms"). */
export function nameCellText(cell: string): string {
  const first = cellText(cell.split(/<br\s*\/?>/i)[0]!);
  // A trailing note in lower case ("Cloud Co, Inc. (primary)", "(backup)") is about the entry, not its name; a
  // parenthesis with a capital ("Google (Workspace)", "Fillout (by Zite)") is part of the name.
  return (first || cellText(cell)).replace(/(?<=\S)\s*\((?:[a-z]+\s?){1,2}\)$/, "");
}
