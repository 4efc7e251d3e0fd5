// Bridge (gap) letter facts. Dates are kept as printed; an impossible chronology becomes a consistency flag.
import { DATE_PATTERN, findDates } from "./dates";
import { squash } from "./normalize";
import type { KindExtraction } from "./soc-report";
import type { Fact, Facts } from "./types";
import { factAt, missing, search, type TextIndex } from "./text-index";

function dateFact(index: TextIndex, re: RegExp, group = 1): Fact<string> {
  const m = search(index, re);
  if (!m) return missing();
  const d = findDates(m[group]!)[0];
  return d ? factAt(index, d.iso, m.index, m[0].length, 0.85) : missing();
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function extractBridgeLetter(index: TextIndex): KindExtraction {
  const letterDate = dateFact(index, new RegExp(`^\\s*(${DATE_PATTERN})\\s*$`, "im"));
  const asOf = dateFact(index, new RegExp(`as\\s*of\\s*(${DATE_PATTERN})`, "i"));
  const period = search(index, new RegExp(`period\\s*(?:of\\s*|from\\s*)?(${DATE_PATTERN})\\s*,?\\s*(?:to|through|-)\\s*(${DATE_PATTERN})`, "i"));
  const periodDates = period ? findDates(period[0]) : [];
  const periodStart: Fact<string> = periodDates[0] ? factAt(index, periodDates[0].iso, period!.index, period![0].length, 0.9) : missing();
  const periodEnd: Fact<string> = periodDates[1] ? factAt(index, periodDates[1].iso, period!.index, period![0].length, 0.9) : missing();
  const reportDate = dateFact(index, new RegExp(`(?:opinion|report)[^.]{0,80}?(${DATE_PATTERN})\\s*(?:report|opinion)|(${DATE_PATTERN})\\s*report`, "i"));
  const auditor = search(index, /([A-Z][\w&.]+(?:\s+[A-Z][\w&.]+){0,4})\s+(?:prepared|performed|issued|conducted)\s+the\s+(?:latest\s+|most\s+recent\s+)?SOC/);
  const signOff = search(index, /(?:Sincerely|Regards|Respectfully),?\s*\n\s*\n*\s*([A-Z][A-Za-z.'\- ]{2,60})\s*\n(?:\s*([^\n]{2,60})\n)?/);
  const noChange = search(index, /(?:not\s*aware\s*of\s*any\s*material\s*changes|no\s*material\s*changes|there\s*have\s*been\s*no\s*(?:material|significant)\s*changes)[^.]*\./i);
  const changes = search(index, /the\s*following\s*(?:material|significant)\s*changes[^:]*:\s*([^\n]+)/i);
  const issuer = search(index, /related\s*to\s*([^.\n]{2,80}?)(?:\s*\("([A-Z]{2,10})"\))?\.|\(\s*"([A-Z][\w]{1,20})"\s*\)/);

  const coversThrough = asOf.value ? asOf : letterDate;
  const facts: Facts = {
    letter_date: letterDate,
    no_material_change_as_of: asOf,
    signatory: signOff ? factAt(index, squash(signOff[1]!), signOff.index, signOff[0].length, 0.7) : missing(),
    issuer: issuer ? factAt(index, squash(issuer[2] ?? issuer[3] ?? issuer[1]!), issuer.index, issuer[0].length, 0.6) : missing(),
    "referenced_report.auditor": auditor ? factAt(index, auditor[1]!, auditor.index, auditor[0].length, 0.8) : missing(),
    "referenced_report.period_start": periodStart,
    "referenced_report.period_end": periodEnd,
    "referenced_report.report_or_opinion_date": reportDate,
    bridge_covers_from: periodEnd.value ? { ...periodEnd, value: addDays(periodEnd.value, 1), confidence: 0.8, note: "day after the referenced period end" } : missing(),
    bridge_covers_through: coversThrough,
    material_changes_disclosed: changes
      ? factAt(index, squash(changes[1]!), changes.index, changes[0].length, 0.7)
      : noChange
        ? factAt(index, "none", noChange.index, noChange[0].length, 0.85)
        : missing(),
  };
  const notInTextLayer: string[] = [];
  if (!signOff) notInTextLayer.push("signatory");
  const consistency: string[] = [];
  const end = periodEnd.value;
  if (letterDate.value && end && letterDate.value <= end) {
    consistency.push(`Letter date ${letterDate.value} is on or before the end (${end}) of the period it bridges from`);
  }
  if (asOf.value && end && asOf.value <= end) {
    consistency.push(`"As of" date ${asOf.value} is on or before the referenced period end ${end}`);
  }
  if (letterDate.value && reportDate.value && letterDate.value < reportDate.value) {
    consistency.push(`Letter date ${letterDate.value} is before the referenced report date ${reportDate.value}`);
  }
  if (end && coversThrough.value && coversThrough.value > end) {
    const months = (Date.parse(coversThrough.value) - Date.parse(end)) / (30.44 * 86_400_000);
    if (months > 3) consistency.push(`Bridge covers ${months.toFixed(1)} months after the period end (usually 3 or fewer)`);
  }
  return { facts, notInTextLayer, consistency, authenticity: [] };
}
