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
