// Management's response printed inside the result cell, after the deviation, in a report's text stream: "Deviation
// noted. For 2 of 30 alerts … Management's response: Both alerts were raised during …". The cell's lines run until the
// next row (its control id or number), the next criterion, another result, a footer or a blank line; in a list of
// exceptions with their responses, at the next control's heading ("Control A1.2.2 (A1.2)") or "Exception:".
import { squash } from "./normalize";
import { BLOCK_HEAD, CONTROL_ID_AT_LINE } from "./soc-row-words";

const LEAD = /^\s*Management['’]?s?\s+Responses?\s*[:.–—-]\s*/i;
const ROW_END =
  /^(?:(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}\b|\d{1,3}\s+[A-Z]|(?:No\s+)?(?:exceptions?|deviations?)\s+noted\b|Page\s+\d|SOC\s+[123]\b)/i;
const MAX_LINES = 14;
const NEXT_BLOCK = new RegExp(`${BLOCK_HEAD.source}|^(?:Exception|Deviation)s?\\s*:`);

/** The response that opens `rest` (the cell's text after its deviation), or null when it does not open with one. */
export function responseInCell(rest: string): string | null {
  const lead = LEAD.exec(rest);
  if (!lead) return null;
  const lines: string[] = [];
  for (const raw of rest.slice(lead[0].length).split("\n").slice(0, MAX_LINES)) {
    const line = raw.trim();
    if (!line || (lines.length && (ROW_END.test(line) || CONTROL_ID_AT_LINE.test(line) || NEXT_BLOCK.test(line))))
      break;
    lines.push(line);
  }
  return lines.length ? squash(lines.join(" ")) : null;
}
