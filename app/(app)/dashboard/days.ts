/** Whole calendar days from `today` to `due` (both YYYY-MM-DD): negative when past. */
export function daysUntil(today: string, due: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86400_000);
}

export function relativeDays(today: string, due: string): string {
  const n = daysUntil(today, due);
  if (n === 0) return "today";
  if (n === 1) return "tomorrow";
  if (n === -1) return "yesterday";
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}
