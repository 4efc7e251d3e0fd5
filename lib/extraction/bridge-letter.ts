// Bridge (gap) letter facts. Dates are kept as printed; an impossible chronology becomes a consistency flag.
// Which printed range is the report's and which the bridge's is decided in bridge-dates.ts; the letter's own parts
// (date, signer, organisation names) in letter-parts.ts.
import { addDays, daysBetween } from "@/lib/dates";
import { DATE_PATTERN, findDates } from "./dates";
import { escapeRe, squash } from "./normalize";
import type { KindExtraction } from "./soc-report";
import { flagOn } from "./flags";
import type { Fact, Facts, FlagCitation } from "./types";
import { factAt, missing, search, type TextIndex } from "./text-index";
import { exceptedChange } from "./bridge-change-sentence";
import { changeDescribedBelow } from "./bridge-change-below";
import { periodEndPhraseThrough } from "./bridge-period-end-phrase";
import { countedChange } from "./bridge-counted-change";
import { noChangeClaim } from "./bridge-no-change";
import { LEGAL_FORM } from "./legal-forms";
import { dateRanges, letterDateOrder, noChangeAsOf, pointInTimeReport, type DateRange } from "./bridge-dates";
import { HAS_LEGAL_FORM, letterDateLine, NOT_AN_ORG, ORG_NAME, signerLine } from "./letter-parts";

const D = `(${DATE_PATTERN})`;
/** DATE_PATTERN for a regex without the "i" flag: month names in any case. */
const CASELESS_DATE = `(${DATE_PATTERN.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)})`;

function dateAt(index: TextIndex, m: RegExpExecArray | null, confidence: number, note?: string): Fact<string> {
  if (!m) return missing();
  const d = findDates(m[0], letterDateOrder(index)).at(-1);
  return d ? factAt(index, d.iso, m.index, m[0].length, confidence, note) : missing();
}

function firstMatch(index: TextIndex, patterns: RegExp[]): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const re of patterns) {
    const m = search(index, re);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}

/**
 * The auditor's report or opinion date, in the phrasings letters use; only when none is printed, a date between two
 * mentions of the report ("the Opinion reached in the June 11, 2025 report").
 */
function reportDate(index: TextIndex): RegExpExecArray | null {
  return (
    firstMatch(index, [
      // "issued by Prescient Assurance LLC on August 9, 2024": the name needs case, the date does not (no "i" flag).
      // "issued by Ashdown Pryce LLP, Chartered Accountants, on 12 June 2026": its designation between.
      new RegExp(
        `issued\\s+by\\s+${ORG_NAME}(?:,\\s*(?:Chartered|Certified|Registered)\\s+(?:Public\\s+)?Accountants,?)?\\s+on\\s+${CASELESS_DATE}`,
        "u",
      ),
      // "report was dated …", also without the verb and with "as of": "report issued on …", "report, dated as of …".
      new RegExp(
        `(?:report|opinion)\\s*,?\\s*(?:(?:is|was)\\s*)?(?:dated|issued|signed|released|delivered)(?:\\s*(?:on|as\\s*of))?\\s*${D}`,
        "i",
      ),
      // "issued its report on …", also with words naming the report between: "issued its unqualified opinion on …".
      new RegExp(
        `(?:issued|released|signed|delivered)\\s*(?:its|the|our|their)?\\s*(?:[\\w®-]+\\s+){0,4}?(?:report|opinion)\\s*(?:on|dated)\\s*${D}`,
        "i",
      ),
      new RegExp(`(?:report|opinion)[^.]{0,120}?\\bdated\\s*${D}`, "i"),
      // Other languages: "der Bericht ist datiert auf den 2. November 2026", "a émis le 2 novembre 2026", "emitió el 2
      // de noviembre de 2026", "gedateerd 2 november 2026".
      new RegExp(
        `(?:datiert\\s+(?:auf\\s+den|am)|ausgestellt\\s+am|erstellt\\s+am|[ée]mis\\s+le|dat[ée]\\s+du|emiti[óo]\\s+el|emitido\\s+el|de\\s+fecha|gedateerd(?:\\s+op)?|uitgebracht\\s+op|datato|emesso\\s+il|daterad|utf[äa]rdad\\s+den)\\s*${D}`,
        "i",
      ),
      // A label row: "Date of service auditor's report  19/05/2026" (its label may wrap after the date), "Report
      // date: …", "Date of the opinion …".
      new RegExp(
        `^[ \\t]*(?:date\\s+of\\s+(?:the\\s+)?(?:service\\s+)?auditor['’]?s(?:\\s+(?:report|opinion))?|date\\s+of\\s+(?:the\\s+)?(?:report|opinion)|(?:report|opinion)\\s+(?:issue\\s+)?date)[ \\t]*:?\\s*${D}`,
        "im",
      ),
      // The date before the verb: "…, which on 06.11.2026 issued a SOC 2 Type 2 report on …".
      new RegExp(
        `\\bon\\s+${D}\\s*,?\\s+(?:issued|released|signed|delivered)\\s+(?:its|the|our|their|a|an)\\s+(?:[\\w®-]+\\s+){0,5}?(?:report|opinion)\\b`,
        "i",
      ),
      // "Their SOC 2 Type 2 report covers the period … and was issued on May 22, 2026."
      new RegExp(`report[^.]{0,160}?\\s(?:was|is)\\s+(?:issued|signed|released|delivered)(?:\\s+on)?\\s*${D}`, "i"),
      // "Report date: …", "with an opinion date of …".
      new RegExp(`(?:report|opinion)\\s*date\\s*(?::|of)?\\s*${D}`, "i"),
      // A label/value row: "Date of the service auditor's report | 6 March 2026", "Date of opinion: …".
      new RegExp(
        `date\\s+of\\s+(?:the\\s+)?(?:(?:service\\s+|independent\\s+)?auditor(?:['’]s|s['’]?)?\\s+)?(?:report|opinion)[ \\t]*:?[ \\t]*${D}`,
        "i",
      ),
    ]) ?? search(index, new RegExp(`(?:opinion|report)[^.]{0,80}?${D}\\s*(?:report|opinion)`, "i"))
  );
}

function cleanOrg(name: string): string {
  // A name wrapped after its "&" is one name on one line.
  const s = name.trim().replace(/\s+/g, " ");
  return /\b(?:Inc|Co|Corp|Ltd|S\.A|S\.L|S\.L\.P|B\.V|N\.V|P\.C|L\.L\.C|L\.L\.P)\.$/.test(s)
    ? s
    : s.replace(/[.,]+$/, "");
}

/** The service auditor, named as the firm that engaged, prepared, performed or issued the report. */
const LEGAL_FORM_INSIDE = new RegExp(`[ ,]${LEGAL_FORM}[ \\t]+\\p{Lu}\\p{Ll}+$`, "u");

// "M/s." or "Messrs." (the firm's honorific in Indian and older British letters) is no part of its name.
const O = `(?:M\\/s\\.?[ \\t]*|Messrs\\.?[ \\t]+)?(${ORG_NAME})`;
const LABEL_ROW = new RegExp(
  `^[ \\t]*(?:Service\\s+auditor|Independent\\s+auditor|Auditor|Audit\\s+firm|CPA\\s+firm|Auditing\\s+firm)\\s*:?[ \\t]+${O}`,
  "mu",
);

function auditorName(index: TextIndex): { match: RegExpExecArray; name: string } | null {
  const patterns = [
    new RegExp(
      `(?:prepared|performed|issued|conducted|completed|audited|examined|signed)\\s+by\\s+(?:the\\s+)?(?:independent\\s+)?(?:service\\s+)?(?:auditors?,?\\s+)?${O}`,
      "u",
    ),
    new RegExp(`[Ee]ngage[sd]\\s+(?:the\\s+)?(?:independent\\s+)?(?:CPA\\s+)?(?:firm\\s+(?:of\\s+)?)?${O}`, "u"),
    new RegExp(`(?:report|opinion)\\s+from\\s+${O}`, "u"),
    new RegExp(`[Aa]uditors?,\\s+${O}`, "u"),
    LABEL_ROW,
    new RegExp(
      `${O}\\s+(?:prepared|performed|issued|conducted)\\s+(?:the|a|an|its|our)\\s+(?:latest\\s+|most\\s+recent\\s+)?SOC`,
      "u",
    ),
    // "Bell & Crane LLP examined our controls for the period …": a firm (by its legal form) that examined or audited.
    new RegExp(`${O}\\s+(?:examined|audited|tested)\\s+(?:the|our|its|[\\p{Lu}])`, "u"),
    // Letters in other languages: "die X GmbH Wirtschaftsprüfungsgesellschaft hat unseren Bericht … erstellt", "le
    // cabinet X SAS a émis …", "X S.L.P. emitió …", "X B.V. heeft … uitgebracht" (checked for a legal form below).
    new RegExp(
      `${O}\\s+(?:(?:hat|a|ha|heeft|har)\\s+(?:(?:[^.\\n]|(?<=\\d)\\.){0,160}?\\s)?)?(?:erstellt|gepr[üu]ft|ausgestellt|[ée]mis|[ée]tabli|audit[ée]|emiti[óo]|emitido|elaborado|uitgebracht|opgesteld|gecontroleerd|emesso|redatto|utf[äa]rdat|granskat)(?!\\p{L})`,
      "u",
    ),
  ];
  let best: { match: RegExpExecArray; name: string } | null = null;
  // A row labelled as the auditor ("Service auditor  Acme LLP") names it, whatever a sentence above says ("To our
  // customers and their auditors, …").
  const row = search(index, LABEL_ROW);
  if (row && !NOT_AN_ORG.test(cleanOrg(row[1]!))) return { match: row, name: cleanOrg(row[1]!) };
  for (const re of patterns) {
    const g = new RegExp(re.source, `${re.flags}g`);
    for (const m of index.text.matchAll(g)) {
      const name = cleanOrg(m[1]!);
      if (NOT_AN_ORG.test(name) || name.length < 2) continue;
      if (/(?:examined|audited|tested)\s+\S+$/.test(m[0]) && !HAS_LEGAL_FORM.test(name)) continue;
      // A German firm puts its profession after its legal form ("X GmbH Wirtschaftsprüfungsgesellschaft").
      if (re === patterns.at(-1) && !HAS_LEGAL_FORM.test(name) && !LEGAL_FORM_INSIDE.test(name)) continue;
      if (!best || m.index < best.match.index) best = { match: m as RegExpExecArray, name };
      break;
    }
  }
  return best;
}

/** The company writing the letter: its letterhead, a defined term ("X, Inc. ("X")"), or the first legal name. */
function issuerName(index: TextIndex, auditor: string | null): { match: RegExpExecArray; name: string } | null {
  const head = search(
    index,
    new RegExp(
      `^[ \\t]*(?:(?:Issued\\s+by|From|Company|Service\\s+organi[sz]ation)\\s*:?[ \\t]*)?(${ORG_NAME})[ \\t]*$`,
      "mu",
    ),
  );
  if (head && head.index < 300 && HAS_LEGAL_FORM.test(cleanOrg(head[1]!)) && !NOT_AN_ORG.test(head[1]!)) {
    // A letterhead in capitals ("HALVORSEN ROUTING SOFTWARE AS") is the name the letter's text spells as usual.
    const printed = cleanOrg(head[1]!);
    const spelled =
      printed === printed.toUpperCase()
        ? search(index, new RegExp(escapeRe(printed).replace(/\s+/g, "\\s+"), "i"), head.index + head[0].length)
        : null;
    if (spelled && spelled[0] !== spelled[0].toUpperCase()) return { match: spelled, name: squash(spelled[0]) };
    return { match: head, name: printed };
  }
  const defined = search(
    index,
    new RegExp(`(${ORG_NAME})\\s*\\(\\s*(?:the\\s+)?["“]([\\p{Lu}][\\p{L}\\p{N}]{1,20})["”]\\s*\\)`, "u"),
  );
  if (defined && HAS_LEGAL_FORM.test(cleanOrg(defined[1]!))) return { match: defined, name: cleanOrg(defined[1]!) };
  const related = search(
    index,
    /related\s*to\s*([^.\n]{2,80}?)(?:\s*\("([A-Z]{2,10})"\))?\.|\(\s*["“]([A-Z][\w]{1,20})["”]\s*\)/,
  );
  if (related) return { match: related, name: squash(related[2] ?? related[3] ?? related[1]!) };
  const g = new RegExp(ORG_NAME, "gu");
  for (const m of index.text.slice(0, 2000).matchAll(g)) {
    const name = cleanOrg(m[0]);
    if (HAS_LEGAL_FORM.test(name) && !NOT_AN_ORG.test(name) && name !== auditor) {
      return { match: m as RegExpExecArray, name };
    }
  }
  return null;
}

// A label that heads the disclosed changes: "Change during the gap period:", "Material changes since the report:",
// on a line of its own or with the first change after it on its line ("Change during the bridge period: on …").
// A label that names the bridge period may also close with a full stop or stand alone on its line ("Change during the
// bridge period. On September 8, …", "Change during the bridge period" over the change's paragraph).
const CHANGES_HEADING =
  /^[ \t]*(?:(?:material|significant|notable)\s+)?changes?\b(?:[^\n:.]{0,60}:[ \t]*|\s+(?:during|since|in|after)\s+the\s+(?:bridge|gap|interim)\s+period(?:\.[ \t]+(?=[A-Z])|[ \t]*$))/im;
// "… no material changes …, other than the change listed below": the letter points at a list after it.
const CHANGES_BELOW =
  /(?:other\s+than|except(?:\s+for)?|apart\s+from|save\s+for)\s+(?:the\s+)?(?:changes?|items?)\s+(?:listed|described|set\s+out|noted|shown)\s+below/i;
const BULLET = /^[ \t]*(?:[•·▪\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+/;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
// A change told with its date first: "On July 1, 2026, …", "In August 2026 …", "Effective 1 July 2026, …".
const DATE_LEAD = new RegExp(
  String.raw`^[ \t]*(?:On|In|From|Effective|As\s+of|Since|During)\s+(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\s+\d{4}|${MONTH}\s+\d{4}|\d{4}-\d{2}-\d{2})\b`,
);

/**
 * The changes a letter lists under a heading or after "other than the change listed below": one item per bullet; an
 * item goes on over its wrapped lines until a line ends its sentence and the next starts a new one (a capital).
 */
function listedChanges(index: TextIndex): Fact<string> | null {
  const heading = search(index, CHANGES_HEADING);
  const pointer = heading ? null : search(index, CHANGES_BELOW);
  const from = heading ? heading.index + heading[0].length : pointer ? pointer.index + pointer[0].length : -1;
  if (from < 0) return null;
  const lines = index.text.slice(from).split("\n");
  // After a pointer, the list starts at its first bullet (within a few lines); after a heading, on its own line when
  // words follow it there, else on the next line.
  let at = heading ? (lines[0]!.trim() ? 0 : 1) : lines.slice(0, 12).findIndex((l) => BULLET.test(l));
  // Bullets drawn as shapes leave no glyph: after the pointer's sentence closes with a colon, items that each open
  // with their date ("On July 1, 2026, …", "In August 2026 …") are the list.
  let dated = false;
  if (at < 0 && pointer) {
    const colon = lines.slice(0, 4).findIndex((l) => /:\s*$/.test(l));
    if (colon >= 0 && DATE_LEAD.test(lines[colon + 1] ?? "")) {
      at = colon + 1;
      dated = true;
    }
  }
  if (at < 0) return null;
  while (at < lines.length && !lines[at]!.trim()) at++;
  const items: string[] = [];
  let end = from + lines.slice(0, at).join("\n").length + 1;
  for (const line of lines.slice(at, at + 30)) {
    const text = line.trim();
    if (!text) break;
    const last = items.at(-1);
    if (BULLET.test(line)) items.push(text.replace(BULLET, ""));
    else if (last === undefined) items.push(text);
    else if (dated && /[.!?;]["”)]?$/.test(last) && DATE_LEAD.test(text)) items.push(text);
    else if (/[.!?;]["”)]?$/.test(last) && !/^[a-z(]/.test(text)) break;
    // "Euro-" / "pean": a word the line's end broke with a hyphen.
    else if (/[a-z]-$/.test(last) && /^[a-z]/.test(text)) items[items.length - 1] = `${last.slice(0, -1)}${text}`;
    else items[items.length - 1] = `${last} ${text}`;
    end += line.length + 1;
  }
  if (items.length === 0) return null;
  const value = items.map((i) => squash(i)).join("; ");
  // "None.", "No material changes.", "There have been no changes …" after the label say nothing changed.
  if (
    /^(?:none|n\/a|(?:there\s+(?:have|has)\s+been\s+|there\s+(?:were|are)\s+)?no\s+(?:material\s+|significant\s+)?changes?)\b/i.test(
      value,
    )
  )
    return factAt(index, "none", heading?.index ?? from, end - 1 - (heading?.index ?? from), 0.8);
  const start = heading ? heading.index : pointer!.index;
  return factAt(index, value, start, end - 1 - start, 0.7, "changes the letter lists");
}

/** What changed in the bridge period: a disclosed list or sentence, else "none" when the letter says so. */
function materialChanges(index: TextIndex): Fact<string> {
  const listed = listedChanges(index);
  if (listed) return listed;
  const changes = search(
    index,
    /the\s*following\s*(?:material\s*|significant\s*)?changes?\b[^:]{0,80}:\s*([\s\S]{5,700}?)(?=\n\s*\n|\n?\s*(?:Other\s+than|Apart\s+from|Except\s+for|Besides)\b|\n[ \t]*(?:Yours|Sincerely|(?:Kind|Best|Warm)\s+regards|Regards|Respectfully)\b|$)/i,
  );
  if (changes) {
    const text = squash(changes[1]!.replace(/^[ \t]*[•·▪\-–*][ \t]*/gm, ""));
    return factAt(index, text, changes.index, changes[0].length, 0.7);
  }
  const excepted = exceptedChange(index) ?? changeDescribedBelow(index) ?? countedChange(index);
  if (excepted) return excepted;
  const none = search(
    index,
    /(?:not\s*aware\s*of\s*any|there\s*(?:have|has)\s*been\s*no|(?:were|are)\s*no|\bno)\s*(?:material|significant)\s*(?:changes?|modifications?)[^.]*\./i,
  );
  if (none) return factAt(index, "none", none.index, none[0].length, 0.85);
  // "… the service and its controls have not changed materially between July 1 and October 31, 2026."
  const notChanged = search(
    index,
    /\b(?:has|have)\s+not\s+(?:materially\s+changed|changed\s+materially|changed\s+in\s+any\s+material\s+(?:way|respect))(?:(?!\b(?:except|other\s+than|apart\s+from|save\s+for)\b)[^.])*\./i,
  );
  if (notChanged) return factAt(index, "none", notChanged.index, notChanged[0].length, 0.8);
  // The materiality said after what did not change: "there have been no changes to the system, its control
  // environment or the controls … between X and Y that would have a material effect on the conclusions"; a sentence
  // that excepts something from it is not a "none".
  const noneAfter = search(
    index,
    /(?:there\s*(?:have|has)\s*been\s*no|(?:were|are)\s*no|not\s*aware\s*of\s*any)\s*changes?\b(?:(?!\b(?:except|other\s+than|apart\s+from|save\s+for)\b)[^.]){0,300}?\b(?:material(?:ly)?\s*(?:effect|impact|affect)|affect(?:ed)?\s*materially|would\s+affect\s+the\s+(?:report|conclusions?|opinion)\b|would\s+affect\s+(?:its|the\s+report['’]s|the\s+auditor['’]s)\s+(?:conclusions?|opinion))[^.]*\./i,
  );
  if (noneAfter) return factAt(index, "none", noneAfter.index, noneAfter[0].length, 0.8);
  // "There have not been any material changes", "no events or changes have occurred", "have remained in place".
  return noChangeClaim(index) ?? missing();
}

// The report a range belongs to, named before it in its table row or sentence: "SOC 1® Type 2 - …", "SOC 2 report".
const SOC_LABEL = /\bSOC\s*(?:®\s*)?([123])\b/g;

function socBefore(index: TextIndex, r: DateRange, from: number): string | null {
  let kind: string | null = null;
  const text = index.text.slice(Math.max(from, r.index - 200), r.index);
  for (const m of text.matchAll(SOC_LABEL)) kind = m[1]!;
  return kind;
}

/**
 * The referenced report's range. A letter that bridges several reports at once ("Our two most recent reports are: SOC 1
 * Type 2 … SOC 2 Type 2 …", a row each) is read for its SOC 2, the report on the security controls Assay evaluates; a
 * row after the first that its words did not name is a report too when its own row names a SOC report.
 */
function preferredReport(index: TextIndex, ranges: DateRange[]): DateRange | undefined {
  const first = ranges.find((r) => r.role === "report");
  if (!first) return undefined;
  const rows: { range: DateRange; soc: string | null }[] = [];
  let from = 0;
  for (const r of ranges) {
    const soc = socBefore(index, r, from);
    from = r.index + r.length;
    if (r.role === "report" || (r.role === null && r.index > first.index && soc)) rows.push({ range: r, soc });
  }
  // Only reports of different kinds are a choice: two ranges of one report (its period said twice) are not.
  if (rows.length < 2 || new Set(rows.map((x) => x.soc)).size < 2 || rows.some((x) => x.soc === null)) return first;
  return (rows.find((x) => x.soc === "2") ?? rows[0]!).range;
}

/**
 * A "Report date" column: the date printed right after the report's period in its row ("January 1, 2025 to
 * September 30, 2025 ⇥ December 5, 2025"), when the letter has such a column and the date is after the period.
 */
function reportDateCell(index: TextIndex, r: DateRange): RegExpExecArray | null {
  if (!/\b(?:Report|Opinion)\s+date\b|\bDate\s+of\s+(?:the\s+)?(?:report|opinion)\b/i.test(index.text)) return null;
  const re = new RegExp(`^[\\s\\t]{0,6}${D}`, "i");
  const at = r.index + r.length;
  const m = re.exec(index.text.slice(at, at + 80));
  if (!m) return null;
  const d = findDates(m[0], letterDateOrder(index))[0];
  if (!d || d.iso <= r.end) return null;
  const hit = [...m] as unknown as RegExpExecArray;
  hit.index = at + m[0].search(/\S/);
  hit[0] = m[0].trim();
  return hit;
}

function rangeEnd(index: TextIndex, r: DateRange | undefined, confidence: number): Fact<string> {
  return r ? factAt(index, r.end, r.index, r.length, confidence) : missing();
}

// "Since September 30, 2026, there have been no material changes …": the claim runs to the letter's date.
const SINCE_NO_CHANGE = new RegExp(
  `\\bsince\\s+(?:the\\s+end\\s+of\\s+(?:the|that|its)\\s+(?:report(?:ing)?\\s+)?period|${DATE_PATTERN})\\s*,?\\s+(?:there\\s+(?:have|has)\\s+been\\s+no|we\\s+are\\s+not\\s+aware|management\\s+is\\s+not\\s+aware|no\\s+(?:material|significant)\\s+changes)|\\b(?:no|not\\s+aware\\s+of\\s+any)\\s+(?:material\\s+|significant\\s+)?changes\\b[^.]{0,120}?\\bsince\\s+(?:the\\s+end\\s+of\\s+(?:the|that|its)\\s+(?:report(?:ing)?\\s+)?period|${DATE_PATTERN})(?![^.]{0,40}\\b(?:through|until|to|and)\\s)`,
  "i",
);

export function extractBridgeLetter(index: TextIndex): KindExtraction {
  const letterDate = dateAt(index, letterDateLine(index), 0.85);
  const ranges = dateRanges(index);
  const reportRange = preferredReport(index, ranges);
  const bridgeRange = ranges.find((r) => r.role === "bridge");
  const point = reportRange ? null : pointInTimeReport(index);

  const periodStart: Fact<string> =
    reportRange?.start != null
      ? factAt(
          index,
          reportRange.start,
          reportRange.index,
          reportRange.length,
          reportRange.derivedStart ? 0.7 : 0.9,
          reportRange.derivedStart ? "worked out from the period's length and end date" : undefined,
        )
      : missing();
  const periodEnd: Fact<string> = reportRange ? rangeEnd(index, reportRange, 0.9) : dateAt(index, point, 0.8);

  const auditor = auditorName(index);
  const signer = signerLine(index);
  const issuer = issuerName(index, auditor?.name ?? null);

  // "Through the date of this letter" makes the letter's date the end of what it vouches for.
  // So do "to the present", "as of today", "as of the date of this letter", "through the date hereof", and a no-change
  // sentence that runs "since" a date with no end.
  const toLetterDate =
    search(
      index,
      /(?:through|to|until|and|up\s+to|as\s+(?:of|at))\s+(?:the\s+)?(?:date\s+(?:of\s+this\s+letter|hereof)|present(?:\s+(?:day|date))?\b|today\b)/i,
    ) ?? search(index, SINCE_NO_CHANGE);
  const asOf = dateAt(index, noChangeAsOf(index), 0.85);
  const afterPeriodEnd = dateAt(index, periodEndPhraseThrough(index), 0.8);
  const noChange: Fact<string> = asOf.value
    ? asOf
    : bridgeRange
      ? rangeEnd(index, bridgeRange, 0.85)
      : afterPeriodEnd.value
        ? afterPeriodEnd
        : toLetterDate && letterDate.value
          ? { ...letterDate, confidence: 0.75, note: "the letter vouches for the time up to its own date" }
          : missing();
  const coversThrough = noChange.value ? noChange : letterDate;

  const bridgeFrom: Fact<string> = periodEnd.value
    ? { ...periodEnd, value: addDays(periodEnd.value, 1), confidence: 0.8, note: "day after the referenced period end" }
    : bridgeRange?.start
      ? factAt(index, bridgeRange.start, bridgeRange.index, bridgeRange.length, 0.8)
      : missing();

  const facts: Facts = {
    letter_date: letterDate,
    no_material_change_as_of: noChange,
    signatory: signer ? factAt(index, squash(signer.name), signer.index, signer.name.length, 0.7) : missing(),
    issuer: issuer ? factAt(index, issuer.name, issuer.match.index, issuer.match[0].length, 0.6) : missing(),
    "referenced_report.auditor": auditor
      ? factAt(index, auditor.name, auditor.match.index, auditor.match[0].length, 0.8)
      : missing(),
    "referenced_report.period_start": periodStart,
    "referenced_report.period_end": periodEnd,
    "referenced_report.report_or_opinion_date": dateAt(
      index,
      reportDate(index) ?? (reportRange ? reportDateCell(index, reportRange) : null),
      0.85,
    ),
    bridge_covers_from: bridgeFrom,
    bridge_covers_through: coversThrough,
    material_changes_disclosed: materialChanges(index),
  };
  const notInTextLayer: string[] = [];
  if (!signer) notInTextLayer.push("signatory");
  return { facts, notInTextLayer, consistency: chronologyFlags(facts), authenticity: [] };
}

function chronologyFlags(facts: Facts): FlagCitation[] {
  const letterDate = facts.letter_date as Fact<string>;
  const noChange = facts.no_material_change_as_of as Fact<string>;
  const reportDate = facts["referenced_report.report_or_opinion_date"] as Fact<string>;
  const coversThrough = facts.bridge_covers_through as Fact<string>;
  const end = (facts["referenced_report.period_end"] as Fact<string>).value;
  const consistency: FlagCitation[] = [];
  if (letterDate.value && end && letterDate.value <= end) {
    consistency.push(
      flagOn(
        `Letter date ${letterDate.value} is on or before the end (${end}) of the period it bridges from`,
        letterDate,
      ),
    );
  }
  if (noChange.value && end && noChange.value <= end) {
    consistency.push(
      flagOn(`"As of" date ${noChange.value} is on or before the referenced period end ${end}`, noChange),
    );
  }
  if (letterDate.value && reportDate.value && letterDate.value < reportDate.value) {
    consistency.push(
      flagOn(`Letter date ${letterDate.value} is before the referenced report date ${reportDate.value}`, letterDate),
    );
  }
  if (end && coversThrough.value && coversThrough.value > end) {
    const months = daysBetween(end, coversThrough.value) / 30.44;
    // Bridge letters normally span a few months; past a year the report itself has lapsed.
    if (months > 12)
      consistency.push(
        flagOn(
          `Bridge covers ${months.toFixed(1)} months after the period end: the referenced report is more than a year old`,
          coversThrough,
        ),
      );
  }
  return consistency;
}
