// A surveillance schedule printed as a table under a heading or header that names surveillance ("Surveillance
// schedule", "Surveillance audits | Due"): its rows are a short key ("1", "Year 2", "2nd", "Surveillance audit 1") and
// a date, read by position whatever the key's wording; a recertification or expiry row is another date's.
import { findDates, type SlashOrder } from "./dates";
import type { Page } from "./layout";

export type ScheduledDate = { iso: string; page: number; offset: number; length: number };

// An audit programme lists this cycle's audits, surveillance among them ("Audit programme | Audit | Due date").
const HEADING =
  /surveillance|überwachung|gözetim|surveillance|sorveglianza|vigilancia|audit\s*program(?:me)?|audit\s*schedule/i;
const ROW_KEY =
  /^(?:(?:\d(?:st|nd|rd|th)?|[IVX]{1,3}|first|second|third|fourth)\b|(?:year|jahr|yıl|audit|sa)\s*\d|(?:\d(?:st|nd|rd|th)\s*|first\s*|second\s*|third\s*)?surveillance)/i;
const OTHER_DATE = /re-?certif|expir|valid|issue|renewal|initial|original/i;

/** Dates of the rows under the first heading line that names surveillance and has a schedule under it. */
export function scheduleDates(pages: Page[], order: SlashOrder): ScheduledDate[] {
  for (const [p, page] of pages.entries()) {
    for (const [li, line] of page.lines.entries()) {
      const words = line.text.trim().split(/\s+/);
      if (!HEADING.test(line.text) || words.length > 8 || findDates(line.text, order).length > 0) continue;
      const out: ScheduledDate[] = [];
      for (const next of page.lines.slice(li + 1, li + 8)) {
        const dates = findDates(next.text, order);
        // A header row under the heading ("Audit | Due by") has no date; rows follow.
        if (dates.length === 0 && out.length === 0 && next.text.length < 60) continue;
        if (dates.length !== 1) break;
        const key = next.text
          .slice(0, dates[0]!.index)
          .replace(/[\t:–-]+/g, " ")
          .trim();
        // A programme's recertification or initial audit row is another date's: passed over.
        if (key.length <= 40 && OTHER_DATE.test(key)) continue;
        if (key.length > 40 || !ROW_KEY.test(key)) break;
        out.push({ iso: dates[0]!.iso, page: p, offset: next.start, length: next.text.length });
      }
      if (out.length > 0) return out;
    }
  }
  return [];
}
