// Bridge (gap) letter facts. Dates are kept as printed; an impossible chronology becomes a consistency flag.
import { addDays, daysBetween } from "@/lib/dates";
import { DATE_PATTERN, findDates } from "./dates";
import { squash } from "./normalize";
import type { KindExtraction } from "./soc-report";
import { flagOn } from "./flags";
import type { Fact, Facts, FlagCitation } from "./types";
import { factAt, missing, search, searchAll, type TextIndex } from "./text-index";

function dateFact(index: TextIndex, re: RegExp, group = 1): Fact<string> {
  const m = search(index, re);
  if (!m) return missing();
  const d = findDates(m[group] ?? m[0])[0];
  return d ? factAt(index, d.iso, m.index, m[0].length, 0.85) : missing();
}

export function extractBridgeLetter(index: TextIndex): KindExtraction {
  const letterDate = dateFact(index, new RegExp(`^\\s*(${DATE_PATTERN})\\s*$`, "im"));
  const asOf = dateFact(index, new RegExp(`as\\s*of\\s*(${DATE_PATTERN})`, "i"));
  const period = search(
    index,
    new RegExp(`period\\s*(?:of\\s*|from\\s*)?(${DATE_PATTERN})\\s*,?\\s*(?:to|through|-)\\s*(${DATE_PATTERN})`, "i"),
  );
  const periodDates = period ? findDates(period[0]) : [];
  const periodStart: Fact<string> = periodDates[0]
    ? factAt(index, periodDates[0].iso, period!.index, period![0].length, 0.9)
    : missing();
  const periodEnd: Fact<string> = periodDates[1]
    ? factAt(index, periodDates[1].iso, period!.index, period![0].length, 0.9)
    : missing();
  const reportDate = dateFact(
    index,
    new RegExp(
      `(?:report|opinion)\\s*(?:is|was)\\s*dated\\s*(${DATE_PATTERN})|(?:opinion|report)[^.]{0,80}?(${DATE_PATTERN})\\s*(?:report|opinion)|(${DATE_PATTERN})\\s*report`,
      "i",
    ),
    0,
  );
  const auditor = search(
    index,
    /([A-Z][\w&.,]*(?:\s+(?:&|[A-Z][\w&.,]*)){0,5})\s+(?:prepared|performed|issued|conducted)\s+(?:the|a|an|its|our)\s+(?:latest\s+|most\s+recent\s+)?SOC/,
  );
  const signOff = search(
    index,
    /(?:Sincerely|Regards|Respectfully),?\s*\n\s*\n*\s*([A-Z][A-Za-z.'\- ]{2,60})\s*\n(?:\s*([^\n]{2,60})\n)?/,
  );
  const noChange = search(
    index,
    /(?:not\s*aware\s*of\s*any\s*material\s*changes|no\s*material\s*changes|there\s*have\s*been\s*no\s*(?:material|significant)\s*changes)[^.]*\./i,
  );
  const changes = search(
    index,
    /the\s*following\s*(?:material\s*|significant\s*)?changes?\b[^:]{0,80}:\s*([\s\S]{5,600}?\.)(?=\s|$)/i,
  );
  const letterhead = search(
    index,
    /^\s*([A-Z][^\n]{1,80}?\b(?:Inc\.?|LLC|Ltd\.?|Limited|GmbH|AG|Corp\.?|Corporation|LLP|plc|S\.A\.|B\.V\.|Pty\s*Ltd))\s*$/m,
  );
  const issuer =
    letterhead && letterhead.index < 200
      ? letterhead
      : search(index, /related\s*to\s*([^.\n]{2,80}?)(?:\s*\("([A-Z]{2,10})"\))?\.|\(\s*"([A-Z][\w]{1,20})"\s*\)/);
  // The bridge period: a second date range that starts after the report period ("For the period from 1 April 2024 through 23 June 2024").
  const range = new RegExp(`(${DATE_PATTERN})\\s*,?\\s*(?:to|through|until|-)\\s*(${DATE_PATTERN})`, "gi");
  let bridgeRange: Fact<string> = missing();
  for (const r of searchAll(index, range)) {
    const ds = findDates(r[0]);
    if (ds.length >= 2 && periodDates[1] && ds[0]!.iso > periodDates[1].iso) {
      bridgeRange = factAt(index, ds[1]!.iso, r.index, r[0].length, 0.85);
      break;
    }
  }
  const noChangeAsOf = asOf.value ? asOf : bridgeRange;

  const coversThrough = noChangeAsOf.value ? noChangeAsOf : letterDate;
  const facts: Facts = {
    letter_date: letterDate,
    no_material_change_as_of: noChangeAsOf,
    signatory: signOff ? factAt(index, squash(signOff[1]!), signOff.index, signOff[0].length, 0.7) : missing(),
    issuer: issuer
      ? factAt(index, squash(issuer[2] ?? issuer[3] ?? issuer[1]!), issuer.index, issuer[0].length, 0.6)
      : missing(),
    "referenced_report.auditor": auditor
      ? factAt(index, auditor[1]!, auditor.index, auditor[0].length, 0.8)
      : missing(),
    "referenced_report.period_start": periodStart,
    "referenced_report.period_end": periodEnd,
    "referenced_report.report_or_opinion_date": reportDate,
    bridge_covers_from: periodEnd.value
      ? {
          ...periodEnd,
          value: addDays(periodEnd.value, 1),
          confidence: 0.8,
          note: "day after the referenced period end",
        }
      : missing(),
    bridge_covers_through: coversThrough,
    material_changes_disclosed: changes
      ? factAt(index, squash(changes[1]!), changes.index, changes[0].length, 0.7)
      : noChange
        ? factAt(index, "none", noChange.index, noChange[0].length, 0.85)
        : missing(),
  };
  const notInTextLayer: string[] = [];
  if (!signOff) notInTextLayer.push("signatory");
  const consistency: FlagCitation[] = [];
  const end = periodEnd.value;
  if (letterDate.value && end && letterDate.value <= end) {
    consistency.push(
      flagOn(
        `Letter date ${letterDate.value} is on or before the end (${end}) of the period it bridges from`,
        letterDate,
      ),
    );
  }
  if (noChangeAsOf.value && end && noChangeAsOf.value <= end) {
    consistency.push(
      flagOn(`"As of" date ${noChangeAsOf.value} is on or before the referenced period end ${end}`, noChangeAsOf),
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
  return { facts, notInTextLayer, consistency, authenticity: [] };
}
