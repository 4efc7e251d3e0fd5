// Date reading for the formats real reports print: "January 26, 2024", "26th January 2024", "26thJanuary2024",
// "26.01.2024", "26/01/2024", "2024-01-26". Spaces may be missing (justified text loses them).
import { OTHER_MONTH_NAMES } from "./month-names";

const MONTH_NAMES: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Russian month names in the genitive, as dates print them ("5 февраля 2024 г.").
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
  ...OTHER_MONTH_NAMES,
};

// Longest names first, so that "marzo" is not read as "mar" and "juni" not as "jun".
const MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
// A single digit fused after the year is a footnote marker ("20182" = 2018 + footnote 2), never part of the year.
const YEAR = "((?:19|20)\\d{2})(?:\\d(?!\\d))?";
// "May, 15, 2025": some pages put a comma after the month too.
const MDY = `${MONTH}\\.?,?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*${YEAR}`;
// "15, July, 2024" (a comma after the day) is printed on some certificates.
// Other languages: "28. März 2019" (a dot after the day), "9 de junio de 2022", "1er janvier 2024". A deed's
// "the 30th day of November, 2026" names the day and month the same way.
const DMY = `(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*,?\\s*(?:day\\s+of\\s+|of\\s*|-|de\\s+)?${MONTH}\\.?\\s*,?\\s*-?(?:de\\s+)?${YEAR}`;
// Year first with slashes or dots too ("2026/11/03", "2026.11.03"), as Japanese, Chinese, Korean and Hungarian pages
// print it, and without a leading zero ("2026/1/5").
const ISO = "((?:19|20)\\d{2})(?:-(\\d{2})-|[/.](\\d{1,2})[/.])(\\d{1,2})(?![\\d/.]\\d)";
// Dashes as well as slashes ("15-06-2026"): read like slashes (a part above 12, else the document's order).
// Czech and Slovak put a space after each dot ("3. 11. 2020").
const NUMERIC = "(\\d{1,2})([./-]|\\.\\s)(\\d{1,2})(?:[./-]|\\.\\s)((?:19|20)\\d{2})";
// Year first, as Hungarian and Lithuanian print dates: "2025. március 14.", "2025. 03. 14.", "2025.03.14.", "2025 m. kovo
// 14 d."; the year's dot (or "m.") is required, so a year that merely precedes a month name ("27001:2022 May 3") is not
// one, nor is "2022. March 10, 2025" (a day followed by its own year). Latvian puts the day before the month: "2025. gada 14. martā".
const YMD_WORD = `((?:19|20)\\d{2})(?:\\.|\\s*m\\.)\\s*${MONTH}\\.?\\s*(\\d{1,2})(?!\\d)(?!,?\\s*(?:19|20)\\d{2})\\.?(?:\\s*d\\.)?`;
const YMD_DOTS = "((?:19|20)\\d{2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})(?!\\d)\\.?";
// Year first with slashes, as East Asian bodies print English certificates: "2025/03/14".
const YMD_SLASH = "((?:19|20)\\d{2})\\/(\\d{1,2})\\/(\\d{1,2})(?![\\d/])";
const Y_GADA = `((?:19|20)\\d{2})\\.?\\s*gada\\s*(\\d{1,2})\\.\\s*${MONTH}`;

/** Source of a regex matching one date in any supported format, without capture groups (safe to embed twice). */
/** The month names dates are read with (English, Russian and the other languages), as a regex alternation. */
export const MONTH_ALTERNATION = MONTH;
export const DATE_PATTERN =
  `(?:${MDY}|${DMY}|${ISO}|${NUMERIC}|${YMD_WORD}|${YMD_DOTS}|${Y_GADA}|${YMD_SLASH})`.replace(/\((?!\?)/g, "(?:");

export type FoundDate = { iso: string; index: number; text: string; ambiguous: boolean };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function toIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const DATE_RE = new RegExp(
  `(?<![\\w])(?:${MDY}|${DMY}|${ISO}|${NUMERIC}|${YMD_WORD}|${YMD_DOTS}|${Y_GADA}|${YMD_SLASH})`,
  "gi",
);

/** Which way a document writes numeric dates: "dmy" or "mdy" from its unambiguous ones (a part above 12), else null. */
export type SlashOrder = "dmy" | "mdy" | null;

/**
 * A document keeps one date order: when every slashed or dashed date with a part above 12 ("20/11/2018",
 * "14-09-2020") puts the day first, an ambiguous one on the same document ("10/12/2025", "12-06-2026") does too. Mixed or no evidence: null (month-first default).
 */
const DOCUMENT_ORDERS = new WeakMap<object, SlashOrder>();

/**
 * A document's slash order (`slashOrder` of its whole text), worked out once per document: every reader of a
 * certificate or a letter asks for it (keyed by the document's text index).
 */
export function documentSlashOrder(doc: { text: string }): SlashOrder {
  if (!DOCUMENT_ORDERS.has(doc)) DOCUMENT_ORDERS.set(doc, slashOrder(doc.text));
  return DOCUMENT_ORDERS.get(doc)!;
}

export function slashOrder(text: string): SlashOrder {
  let dmy = 0;
  let mdy = 0;
  // Dashes as well as slashes ("14-09-2020"): both are read by the same numeric rule below.
  for (const m of text.matchAll(/(?<![\w/.-])(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d{2}(?![\w/-])/g)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy > 0 && mdy === 0) return "dmy";
  if (mdy > 0 && dmy === 0) return "mdy";
  if (dmy > 0 || mdy > 0) return null;
  // No slashed date tells: the dates the document writes out do ("12 September 2025" day first, "September 12, 2025"
  // month first), when all of them agree.
  const dayFirst = DAY_MONTH_WORD.test(text);
  const monthFirst = MONTH_WORD_DAY.test(text);
  if (dayFirst !== monthFirst) return dayFirst ? "dmy" : "mdy";
  // Nothing in the dates tells: a text that labels its dates in a language that writes the day first (Spanish
  // "Fecha de emisión", Italian "Scadenza", German "gültig bis", …) writes its slashed dates day first too.
  if (DAY_FIRST_LANGUAGE.test(text)) return "dmy";
  return null;
}

const DAY_FIRST_LANGUAGE =
  /(?<!\p{L})(?:fecha|v[áa]lid[oa]\s+hasta|emisi[óo]n|scadenza|emissione|valido\s+fino|g[üu]ltig|ausstellungsdatum|erstzertifizierung|datum|valable|d['’]\s*[ée]mission|geldig|validade|emiss[ãa]o|tarihi|wydania|wa[żz]ny|platnost|vyd[áa]n[íi])(?!\p{L})/iu;

const MONTH_WORD = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const DAY_MONTH_WORD = new RegExp(`\\b\\d{1,2}\\.?\\s+${MONTH_WORD}\\s+(?:19|20)\\d{2}\\b`);
const MONTH_WORD_DAY = new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b`);

/**
 * Every date in `text`, in order. Numeric D/M order: dots mean day-first; slashes are decided by values >12, else by
 * the document's own order when known (`order`), else month-first and flagged ambiguous.
 */
export function findDates(text: string, order: SlashOrder = null): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    let iso: string | null = null;
    let ambiguous = false;
    if (m[1]) iso = toIso(Number(m[3]), MONTH_NAMES[m[1].toLowerCase()]!, Number(m[2]));
    else if (m[4]) iso = toIso(Number(m[6]), MONTH_NAMES[m[5]!.toLowerCase()]!, Number(m[4]));
    else if (m[7]) iso = toIso(Number(m[7]), Number(m[8] ?? m[9]), Number(m[10]));
    else if (m[11]) {
      const a = Number(m[11]);
      const b = Number(m[13]);
      const y = Number(m[14]);
      if (m[12] === ".") iso = toIso(y, b, a);
      else if (a > 12) iso = toIso(y, b, a);
      else if (b > 12) iso = toIso(y, a, b);
      else if (order === "dmy") iso = toIso(y, b, a);
      else if (order === "mdy") iso = toIso(y, a, b);
      else {
        iso = toIso(y, a, b);
        ambiguous = a !== b;
      }
      // Groups by DATE_RE's order: MDY 1–3, DMY 4–6, ISO 7–10, NUMERIC 11–14, YMD_WORD 15–17, YMD_DOTS 18–20,
      // Y_GADA 21–23, YMD_SLASH 24–26 (two branches each added groups in one merge: keep this in step).
    } else if (m[15]) iso = toIso(Number(m[15]), MONTH_NAMES[m[16]!.toLowerCase()]!, Number(m[17]));
    else if (m[18]) iso = toIso(Number(m[18]), Number(m[19]), Number(m[20]));
    else if (m[21]) iso = toIso(Number(m[21]), MONTH_NAMES[m[23]!.toLowerCase()]!, Number(m[22]));
    else if (m[24]) iso = toIso(Number(m[24]), Number(m[25]), Number(m[26]));
    if (iso) out.push({ iso, index: m.index ?? 0, text: m[0], ambiguous });
  }
  return out;
}

export function firstDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null;
}

/** Parses "D:20260326115442-04'00'" (PDF date) to YYYY-MM-DD. */
export function pdfDateToIso(value: string | null | undefined): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})/.exec(value ?? "");
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
