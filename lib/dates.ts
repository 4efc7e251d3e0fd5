// Calendar dates cross the database boundary as UTC midnight Date objects (`@db.Date` columns).

export function toDbDate(iso: string | null | undefined): Date | null {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00.000Z`) : null;
}

export function fromDbDate(d: Date | null | undefined): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

/** Today's calendar date in UTC: the `asOf` the app passes to the (clock-free) scorer. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
