import { normalizeText } from "./names";
import type { ControlException } from "./types";

/**
 * What makes next year's exception the same finding as this year's: the same control failing on the same
 * criteria. Auditors reword the deviation ("1 of 25" becomes "2 of 40"), so the wording decides only when no
 * control is named. The year-over-year comparison and the gap register's keys both read this, so a finding the
 * comparison calls "repeated" keeps its triage in the register.
 */
export function exceptionIdentity(item: Pick<ControlException, "control" | "deviation">): string {
  return normalizeText(item.control ?? item.deviation);
}

/** The criteria as the comparison matches them: upper case, no spaces, sorted. */
export function exceptionCriteria(item: Pick<ControlException, "criteria">): string[] {
  return item.criteria.map((c) => c.toUpperCase().replace(/\s+/g, "")).sort();
}
