// The words of a row of a Type 2 report's tests of controls: its control id, where an exception's deviation ends and
// the sample it counts. Shared by the text-stream reader (soc-tests.ts) and the positioned reader (soc-test-table.ts).
import { countsInDigits } from "./soc-sample-words";

/**
 * Where the deviation printed after "Exception noted." ends: its first sentence, or 300 characters. A finding told
 * first and counted in the next sentence ("Alerts … were not triaged. For 14 of 25 alerts sampled, …") keeps its count.
 */
export function deviationEnd(after: string): number {
  const stop = after.search(/\.(?=\s|$)/);
  if (stop < 0) return Math.min(after.length, 300);
  const first = stop + 1;
  if (/\d+\s+of\s+(?:the\s+)?\d+/i.test(after.slice(0, first))) return first;
  const count = /^\s+(?:For|In)\s+\d{1,3}\s+of\s+(?:the\s+)?\d{1,4}\b[^.]{0,200}\.(?=\s|$)/.exec(after.slice(first));
  return count ? first + count[0].length : first;
}

export function sampleOf(printed: string): { exceptions: number; sample_size: number } | null {
  // "two (2) of twenty-five (25)", "one out of forty": the counts in digits (soc-sample-words.ts).
  const deviation = countsInDigits(printed);
  // "Of the 40 vulnerabilities sampled, 2 were remediated late": the sample first, then the exceptions.
  const ofThe = /^\s*Of\s+the\s+(\d+)\b[^.]{0,100}?,\s*(\d+)\s+(?:were|was|had|did|could)\b/i.exec(deviation);
  if (ofThe) return { exceptions: Number(ofThe[2]), sample_size: Number(ofThe[1]) };
  const m = /(\d+)\s*(?:out\s+)?of\s*(?:the\s*)?(\d+)\b/i.exec(deviation);
  return m ? { exceptions: Number(m[1]), sample_size: Number(m[2]) } : null;
}

// Control ids as printed in the first cell: "7.1.02", "CC6.2-02", "CC1.4.2" (a criterion id alone is a heading, not a control).
// "K-6.2a", "ALD-CC11-01": a short capital prefix, a hyphen and a number.
export const CONTROL_ID_AT_LINE =
  /^(?:(?:CC|PI|A|C|P)?\d{1,2}\.\d{1,2}[-.]\d{1,3}|\d{1,2}\.\d{1,2}\.\d{1,3}|[A-Z]{1,5}-(?:[A-Z]{1,3})?\d{1,3}(?:[.-]\d{1,3})*[a-z]?(?=\s))\b\s*/;
// One block per control instead of a table: "Control LN-4 (Criterion CC7.1)", "Control AC-02 (Criteria CC6.1, CC6.2)",
// "Control CC6.2.3 (CC6.2)" (an id that begins with its criterion).
// The word "Control" may be left out when the id has the form of one ("T-31 (CC7.1)" over its deviation and response).
export const BLOCK_HEAD =
  /^(?:Control\s+(?=\S)|(?=[A-Z]{1,5}-(?:[A-Z]{1,3})?\d))(?:[A-Z]{1,5}-(?:[A-Z]{1,3})?\d{1,3}(?:[.-]\d{1,3})*[a-z]?|(?:CC|PI|A|C|P)?\d{1,2}(?:\.\d{1,3}){1,2}(?:-\d{1,3})?)\s*\((?:Criteri(?:on|a)|TSC)?\s*((?:(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}[,;]?\s*(?:(?:and|&)\s+)?)+)\)\s*$/;
// A control id that begins with its criterion ("CC6.3.1", "CC6.2-02") names the row's criterion.
export const CRITERION_OF_ID = /^((?:CC|PI|A|C|P)\d{1,2}\.\d{1,2})[-.]\d{1,3}\b/;

/**
 * A row's criteria when no cell names them: the criterion its control id begins with and the criterion heading it is
 * printed under, both, since a control that serves two criteria is printed again under the other one's heading
 * ("CC1.4.2" under "CC2.2 The entity communicates …").
 */
export function idAndHeadingCriteria(fromId: string[], underHeading: string[]): string[] {
  return [...new Set([...fromId, ...underHeading])];
}
