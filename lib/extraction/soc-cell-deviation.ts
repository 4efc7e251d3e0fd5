// The deviation a result cell read by position tells (soc-test-table.ts). Its cell is known, so the finding is every
// sentence of the cell after the marker, not only the first: a qualified report's deviation often goes on to say when
// or how far ("… merged without an approving review. Branch protection had been disabled from May 12 to August 4.").
import { deviationEnd } from "./soc-row-words";

// A sentence that is no longer the finding: a pointer elsewhere, the cell's closing "No other exceptions noted.", the
// next result's marker, or management's answer.
const NOT_FINDING =
  /^(?:(?:Please\s+)?(?:See|Refer)\b|No\s+(?:other\s+|further\s+|additional\s+)?(?:exceptions?|deviations?)\b|(?:Exceptions?|Deviations?)\s+noted\b|Not\s+tested\b|Management\b|Response\b)/i;
const MAX = 600;

/** Where the deviation of a result cell's text `after` its marker ends (management's response already cut off). */
export function cellDeviationEnd(after: string): number {
  let end = deviationEnd(after);
  const sentence = /\s*(\S[\s\S]*?(?:[.!?]["”)]?(?=\s|$)|$))/y;
  sentence.lastIndex = end;
  for (let m = sentence.exec(after); m && m[0].length > 0; m = sentence.exec(after)) {
    if (NOT_FINDING.test(m[1]!) || sentence.lastIndex > MAX) break;
    end = sentence.lastIndex;
  }
  return end;
}
