import { SEVERITY_RANK } from "./severity";
import type { Gap } from "./types";

// Plain code-unit comparison: localeCompare depends on the runtime's ICU data.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first, then by check, subject and key: a total order, so output is stable. */
export function compareGaps(
  a: Pick<Gap, "severity" | "checkId" | "subject" | "key">,
  b: Pick<Gap, "severity" | "checkId" | "subject" | "key">,
): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.checkId, b.checkId) ||
    compareText(a.subject, b.subject) ||
    compareText(a.key, b.key)
  );
}

/**
 * Items sorted by a text key computed once per item (not once per comparison: a JSON key inside a
 * comparator costs n log n serialisations on a long sub-processor list).
 */
export function sortedByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => compareText(a.key, b.key))
    .map(({ item }) => item);
}
