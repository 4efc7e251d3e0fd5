import { addDays, addMonths, daysBetween, isIsoDate } from "@/lib/scoring/dates";

// The one date helper module outside the scorer. Calendar dates are "YYYY-MM-DD" strings and all
// arithmetic on them is the scorer's (lib/scoring/dates.ts: no Date object, no zone); this file adds
// the crossings: the database (`@db.Date` columns are UTC-midnight Date objects), the clock, and
// display. Everything works in UTC on purpose: the server's zone must never shift a day.

export { addDays, addMonths, daysBetween, isIsoDate };

export function toDbDate(iso: string | null | undefined): Date | null {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00.000Z`) : null;
}

export function fromDbDate(d: Date | null | undefined): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

/** The instant `days` whole days after `instant` (link and token expiries, not calendar dates). */
export function daysAfter(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * 24 * 60 * 60 * 1000);
}

/** Today's calendar date in UTC: the `asOf` the app passes to the (clock-free) scorer. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** "today", "in 3 days", "2 days ago"… from `today` to `due` (both YYYY-MM-DD). */
export function relativeDays(today: string, due: string): string {
  const n = daysBetween(today, due);
  if (n === 0) return "today";
  if (n === 1) return "tomorrow";
  if (n === -1) return "yesterday";
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}

// ---------------------------------------------------------------- dates as text (exports)

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" or an ISO datetime into a Date, or null if it is not a real date. */
export function parseDateText(value: string | null | undefined): Date | null {
  if (!value) return null;
  const trimmed = value.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  if (dateOnly) return isIsoDate(trimmed) ? new Date(`${trimmed}T00:00:00.000Z`) : null;
  // Only accept strings that look like ISO datetimes; Date.parse is too lenient otherwise.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return null;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "YYYY-MM-DD" in UTC; falls back to the raw text so an odd value is shown, not lost. */
export function formatDateText(value: string | null | undefined): string {
  if (!value) return "";
  return fromDbDate(parseDateText(value)) ?? value;
}

/** "YYYY-MM-DD HH:MM UTC"; falls back to the raw text. */
export function formatDateTimeText(value: string | null | undefined): string {
  if (!value) return "";
  const date = parseDateText(value);
  return date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : value;
}

/** True when `date` is strictly before `asOf` (both compared as UTC calendar days). */
export function isBeforeDay(date: string | null, asOf: string): boolean {
  const d = fromDbDate(parseDateText(date));
  const ref = fromDbDate(parseDateText(asOf));
  return d !== null && ref !== null && d < ref;
}
