// Dates in the DTO are strings. Everything here works in UTC on purpose: the
// server's local zone must never shift a due date by a day in an export.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" or an ISO datetime into a Date, or null if it is not a real date. */
export function parseReportDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const trimmed = value.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  if (dateOnly) {
    const [, y, m, d] = dateOnly.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    // Rejects 2026-02-30 and friends, which Date.UTC would silently roll over.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
    return date;
  }
  // Only accept strings that look like ISO datetimes; Date.parse is too lenient otherwise.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return null;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "YYYY-MM-DD" in UTC; falls back to the raw text so an odd value is shown, not lost. */
export function formatReportDate(value: string | null | undefined): string {
  if (!value) return "";
  const date = parseReportDate(value);
  return date ? date.toISOString().slice(0, 10) : value;
}

/** "YYYY-MM-DD HH:MM UTC"; falls back to the raw text. */
export function formatReportDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const date = parseReportDate(value);
  return date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : value;
}

/** True when `date` is strictly before `asOf` (both compared as UTC calendar days). */
export function isBeforeDay(date: string | null, asOf: string): boolean {
  const d = parseReportDate(date);
  const ref = parseReportDate(asOf);
  if (!d || !ref) return false;
  return d.toISOString().slice(0, 10) < ref.toISOString().slice(0, 10);
}
