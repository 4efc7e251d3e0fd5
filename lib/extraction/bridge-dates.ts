// The date ranges a bridge (gap) letter prints, and what each one is: the referenced report's period, the bridge
// period the letter vouches for, or the next report's period. Real letters say this in many ways ("covers the
// period", a "Report period" row, "between X and Y, there have been no changes", "the twelve-month period ended"),
// so a range is judged by the nearest words before it in its sentence, then the words after it, then chronology.
import { addDays } from "@/lib/dates";
import { DATE_PATTERN, documentSlashOrder, findDates, type SlashOrder } from "./dates";
import type { TextIndex } from "./text-index";
import { searchAll } from "./text-index";
import { NO_CHANGE_CLAIM } from "./bridge-no-change";

export type DateRange = {
  start: string | null;
  end: string;
  /** Where the range's text is in the index, for its citation. */
  index: number;
  length: number;
  role: "report" | "bridge" | "next" | null;
  /** Set when the start is worked out ("twelve-month period ended …") rather than printed. */
  derivedStart?: true;
};

const D = `(${DATE_PATTERN})`;
// What joins a range's two dates: "to", "through", "until", a dash, and the longer ways letters say it: "since X and
// through Y", "from X up to and including Y", "beginning X and ending on Y", "X and continuing through Y".
// Letters in other languages join them with "bis (zum)", "au", "al", "tot (en met)", "till och med", "til og med".
const JOIN = `(?:(?:and\\s+)?(?:up\\s+(?:to|until|through)|to|through|thru|until|till|(?:ending|continuing)(?:\\s+(?:on|through|to|until))?)(?:\\s+and\\s+including)?(?:\\s+the)?|bis(?:\\s+(?:zum|einschlie(?:ß|ss)lich))?|au|al|tot(?:\\s+en\\s+met)?|till\\s+och\\s+med|til\\s+og\\s+med|jusqu['’]au|hasta\\s+el|fino\\s+al|–|—|-)`;
const RANGE = new RegExp(`(?:between\\s+${D}\\s+and\\s+${D})|(?:${D}\\s*,?\\s*${JOIN}\\s*${D})`, "gi");
// "the twelve months ended …", and "the (fiscal) year ended …" (twelve months).
const ENDED =
  /\b(twelve|twelve-|12|nine|9|six|6|three|3|(?:fiscal|financial|calendar)?\s*year)[\s-]*(?:months?\s+)?(?:period\s+)?end(?:ed|ing)\s+/i;
const MONTHS: Record<string, number> = { twelve: 12, "12": 12, nine: 9, "9": 9, six: 6, "6": 6, three: 3, "3": 3 };
/** How many months a period "ended" phrase names: a number of months, or a year. */
const monthsOf = (word: string) => (/year$/i.test(word) ? 12 : MONTHS[word.toLowerCase().replace(/-$/, "")]);
// "covered the period ending September 30, 2026": an end without a start.
const PERIOD_ENDING = /\bperiod\s+end(?:ed|ing)\s+(?:on\s+)?/i;

// Each role's words, in English and in the languages letters are also written in (German, French, Spanish, Dutch,
// Italian, Swedish).
const ROLE_WORDS: [DateRange["role"], RegExp][] = [
  [
    "next",
    /\b(?:next|upcoming|subsequent report|expected|will cover|currently (?:in|under)|observation|n[äa]chste[nr]?|prochain(?:e)?|pr[óo]xim[oa]|volgende|prossim[oa]|n[äa]sta)\b/gi,
  ],
  [
    "bridge",
    /\b(?:bridge|gap letter|this letter|since|no (?:material|significant) changes?|not aware|changes? to (?:the|our)|[üu]berbr[üu]ckung\w*|keine\s+(?:wesentlichen\s+)?[äa]nderungen|seit|cette\s+lettre|aucun(?:e)?\s+(?:changement|modification)|depuis|esta\s+carta|no\s+se\s+han\s+producido|desde|deze\s+(?:brief|verklaring)|geen\s+(?:wezenlijke\s+|materi[ëe]le\s+)?wijzigingen|sinds|questa\s+lettera|nessun[ao]?\s+(?:modifica|cambiamento)|inga\s+v[äa]sentliga)\b/gi,
  ],
  [
    "report",
    /\b(?:report|examination|examined|audit(?:ed)?|review period|reporting period|assessment|opinion|bericht(?:s|es)?|pr[üu]fung(?:szeitraum)?|gepr[üu]ft|rapport|informe|verslag|rapporto|rapport(?:en)?)\b/gi,
  ],
];

/** The text of the range's sentence before it, and after it up to the sentence end. */
function sentenceAround(text: string, at: number, length: number): { before: string; after: string } {
  const head = text.slice(Math.max(0, at - 240), at);
  // A sentence ends at ". " before a capital, or at the very end of `head` (the range opens the next sentence).
  // A subject line ("Re: SOC 2 bridge letter", "Subject: …") is a sentence of its own though no stop ends it.
  const subject = [...head.matchAll(/(?:^|\n)[ \t]*(?:re|subject|sub|ref)[ \t]*[:.][^\n]*\n/gi)].at(-1);
  const cut = Math.max(
    head.search(/[.!?]\s+(?:(?=[A-Z"“(])[^.!?]*)?$/),
    head.lastIndexOf("\n\n"),
    subject ? subject.index! + subject[0].length - 1 : -1,
  );
  const before = cut >= 0 ? head.slice(cut + 1) : head;
  const tail = text.slice(at + length, at + length + 240);
  const end = tail.search(/[.!?](?:\s|$)|\n\s*\n/);
  return { before, after: end >= 0 ? tail.slice(0, end) : tail };
}

/** The role named by the nearest words before the range; else by the first words after it. */
function roleFromWords(before: string, after: string): DateRange["role"] {
  // A table row ("Report period  01/01/2024 – 12/31/2024", "Bridge period: …") is named by its label alone.
  // A row's label may end with what it is the period of: "Period covered by report", "Period of the examination".
  const label =
    /(?:^|\n)[ \t]*((?:[A-Za-z’']+[ \t]+){0,3}(?:period|dates?|coverage|window)(?:[ \t]+(?:covered\s+)?(?:by|of)[ \t]+(?:the[ \t]+)?(?:[\w’'®]+[ \t]+){0,3}(?:report|examination|audit|letter))?)[ \t]*:?[ \t]*$/i.exec(
      before,
    );
  if (label) {
    for (const [role, re] of ROLE_WORDS) if (new RegExp(re.source, "i").test(label[1]!)) return role;
  }
  // "next"/"expected" anywhere in the sentence marks the period a future report will cover.
  if (/\b(?:next|upcoming|will cover|expected)\b/i.test(before)) return "next";
  // A sentence saying nothing material changed in the range is the letter's own claim, whatever report it mentions.
  if (
    /\b(?:no|not aware of any)\s+(?:material|significant)\s+changes?\b/i.test(`${before} ${after}`) ||
    NO_CHANGE_CLAIM.test(`${before} ${after}`)
  )
    return "bridge";
  let best: { role: DateRange["role"]; at: number } | null = null;
  for (const [role, re] of ROLE_WORDS) {
    for (const m of before.matchAll(re)) {
      if (!best || m.index! > best.at) best = { role, at: m.index! };
    }
  }
  if (best) return best.role;
  let first: { role: DateRange["role"]; at: number } | null = null;
  for (const [role, re] of ROLE_WORDS) {
    const m = new RegExp(re.source, "i").exec(after);
    if (m && (!first || m.index < first.at)) first = { role, at: m.index };
  }
  return first?.role ?? null;
}

function monthsBefore(endIso: string, months: number): string {
  const [y, m, d] = endIso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  // The day after the same date `months` earlier: a period ended 2024-06-30 began 2023-07-01.
  return addDays(`${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`, 1);
}

/**
 * The order the letter writes its slashed dates in: a letter keeps one, so "01/04/2025" beside "31/03/2026" is the
 * 1st of April (dates.ts).
 */
export function letterDateOrder(index: TextIndex): SlashOrder {
  return documentSlashOrder(index);
}

/** Every date range the letter prints, each with the role its words (or, failing those, its dates) give it. */
export function dateRanges(index: TextIndex): DateRange[] {
  const ranges: DateRange[] = [];
  const order = letterDateOrder(index);
  for (const m of searchAll(index, RANGE)) {
    const dates = findDates(m[0], order);
    if (dates.length < 2 || dates[0]!.iso > dates[1]!.iso) continue;
    const { before, after } = sentenceAround(index.text, m.index, m[0].length);
    ranges.push({
      start: dates[0]!.iso,
      end: dates[1]!.iso,
      index: m.index,
      length: m[0].length,
      role: roleFromWords(before, after),
    });
  }
  for (const m of searchAll(index, new RegExp(`${ENDED.source}${D}`, "gi"))) {
    const end = findDates(m[0], order)[0];
    const months = monthsOf(m[1]!.trim());
    if (!end || !months) continue;
    const { before, after } = sentenceAround(index.text, m.index, m[0].length);
    ranges.push({
      start: monthsBefore(end.iso, months),
      end: end.iso,
      index: m.index,
      length: m[0].length,
      role: roleFromWords(before, after) ?? "report",
      derivedStart: true,
    });
  }
  for (const m of searchAll(index, new RegExp(`${PERIOD_ENDING.source}${D}`, "gi"))) {
    // Not the "twelve months' period ending" read above, nor a date inside a range read above.
    if (ranges.some((r) => m.index < r.index + r.length && r.index < m.index + m[0].length)) continue;
    const end = findDates(m[0], order)[0];
    if (!end) continue;
    const { before, after } = sentenceAround(index.text, m.index, m[0].length);
    ranges.push({
      start: null,
      end: end.iso,
      index: m.index,
      length: m[0].length,
      role: roleFromWords(before, after) ?? "report",
    });
  }
  ranges.sort((a, b) => a.index - b.index);
  // Chronology decides what words did not: the earliest-ending range is the report's, a later one the bridge's.
  const unnamed = ranges.filter((r) => r.role === null);
  if (!ranges.some((r) => r.role === "report") && unnamed.length > 0) {
    unnamed.sort((a, b) => a.end.localeCompare(b.end))[0]!.role = "report";
  }
  const report = ranges.find((r) => r.role === "report");
  if (report && !ranges.some((r) => r.role === "bridge")) {
    const later = ranges.filter((r) => r.role === null && r.start && r.start > report.end);
    if (later.length > 0) later.sort((a, b) => a.end.localeCompare(b.end))[0]!.role = "bridge";
  }
  return ranges;
}

/** A Type 1 report's point in time: "… the design of its controls as of August 31, 2024". */
export function pointInTimeReport(index: TextIndex): RegExpExecArray | null {
  for (const m of searchAll(index, new RegExp(`as\\s*of\\s*${D}`, "gi"))) {
    const { before, after } = sentenceAround(index.text, m.index, m[0].length);
    if (/\btype\s*(?:1|I)\b|\bdesign\b/i.test(before) && !/\b(?:changes?|not aware)\b/i.test(before + after)) return m;
  }
  return null;
}

/**
 * "As of February 18, 2025, we are not aware of any material changes": an "as of" in a sentence about changes; a
 * British letter writes "as at" ("as at the 30th day of November, 2026").
 */
export function noChangeAsOf(index: TextIndex): RegExpExecArray | null {
  for (const m of searchAll(index, new RegExp(`as\\s*(?:of|at)\\s*(?:the\\s+)?${D}`, "gi"))) {
    const { before, after } = sentenceAround(index.text, m.index, m[0].length);
    if (/\bchanges?\b|\bnot aware\b/i.test(before + after) && !/\btype\s*(?:1|I)\b|\bdesign of\b/i.test(before)) {
      return m;
    }
  }
  return null;
}
