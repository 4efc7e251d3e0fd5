// Dates are ISO strings (YYYY-MM-DD) computed in UTC, so the output never depends on the machine's time zone.
export const DATE_FORMATS = ["mdy_long", "dmy_long", "iso", "dmy_ordinal"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function parseIso(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = parseIso(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** First day of the month `months` after the month of `iso` (used for period starts). */
export function addMonths(iso: string, months: number): string {
  const d = parseIso(iso);
  return toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())));
}

export function lastDayOfMonth(year: number, monthIndex: number): string {
  return toIso(new Date(Date.UTC(year, monthIndex + 1, 0)));
}

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}

export function formatDate(iso: string, format: DateFormat): string {
  const d = parseIso(iso);
  const day = d.getUTCDate();
  const month = MONTHS[d.getUTCMonth()];
  const year = d.getUTCFullYear();
  switch (format) {
    case "mdy_long":
      return `${month} ${day}, ${year}`;
    case "dmy_long":
      return `${day} ${month} ${year}`;
    case "dmy_ordinal":
      return `${ordinal(day)} ${month} ${year}`;
    case "iso":
      return iso;
  }
}

export function formatMonthYear(iso: string): string {
  const d = parseIso(iso);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function isoToUtcDate(iso: string): Date {
  return parseIso(iso);
}
