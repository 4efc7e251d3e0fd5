import { isBeforeDay } from "@/lib/dates";
import { isActiveStatus } from "@/lib/vocabulary";
import { GAP_SEVERITIES, GAP_STATUSES, type GapItem, type GapSeverity, type GapStatus } from "./types";

// "Open" for reporting means someone still has to act on it.
export function isActiveGap(gap: GapItem): boolean {
  return isActiveStatus(gap.status);
}

export function isOverdue(gap: GapItem, asOf: string): boolean {
  return isActiveGap(gap) && isBeforeDay(gap.dueDate, asOf);
}

/** Active gaps first, then by severity, then earliest due date (undated last), then key for stability. */
export function sortGaps(gaps: readonly GapItem[]): GapItem[] {
  const rank = (gap: GapItem) => (isActiveGap(gap) ? 0 : 1);
  return [...gaps].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      GAP_SEVERITIES.indexOf(a.severity) - GAP_SEVERITIES.indexOf(b.severity) ||
      (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") ||
      a.key.localeCompare(b.key),
  );
}

export type SeverityCounts = Record<GapSeverity, Record<GapStatus, number>>;

export function countGaps(gaps: readonly GapItem[]): SeverityCounts {
  const counts = Object.fromEntries(
    GAP_SEVERITIES.map((s) => [s, Object.fromEntries(GAP_STATUSES.map((st) => [st, 0]))]),
  ) as SeverityCounts;
  for (const gap of gaps) counts[gap.severity][gap.status] += 1;
  return counts;
}
