// Sub-processor lists printed as "Name - purpose" lines under short heading lines, with no bullet or table marks: a web
// page's grouped lists printed to PDF lose their bullets ("European Union" over "Mailjet SAS - transactional email").
import { squash } from "./normalize";
import type { Subprocessor } from "./subprocessor-cells";

/** "Name - purpose" (dashes are normalised to "-"); the name holds no dash of its own. */
const DASH_LINE = /^[ \t]*([^\s-][^-\n]{0,79}?)[ \t]+-[ \t]+(\S[^\n]{1,200})$/;

/** A heading line over a group: a few words, no sentence (no final period), not a "Name - purpose" line itself. */
function isHeading(line: string): boolean {
  const t = line.trim();
  return !!t && !DASH_LINE.test(t) && /^\p{Lu}/u.test(t) && !/[.;,]$/.test(t) && t.split(/\s+/).length <= 6;
}

export type DashLines = { rows: Subprocessor[]; first: string };

/**
 * Every group of "Name - purpose" lines that follows a heading line. `isName` says whether the text before the dash
 * is a company's name (a title "Acme - Sub-processors" or a sentence with a dash is not an entry); `headingIsPlace`
 * says the page gives each entry the place named in its group's heading. At least two groups or three entries, so a
 * stray dashed line is no list.
 */
export function fromDashLines(
  text: string,
  isName: (name: string) => boolean,
  headingIsPlace: boolean,
): DashLines | null {
  const lines = text.split("\n");
  const rows: Subprocessor[] = [];
  let first = "";
  let groups = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!isHeading(lines[i - 1]!)) continue;
    const group: Subprocessor[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const m = DASH_LINE.exec(lines[j]!);
      const name = m ? squash(m[1]!) : "";
      if (!m || !isName(name) || /sub-?\s*processors?/i.test(m[2]!)) break;
      first ||= lines[j]!.trim();
      group.push({ name, purpose: squash(m[2]!).replace(/\.$/, ""), location: null });
    }
    if (group.length === 0) continue;
    const heading = squash(lines[i - 1]!);
    rows.push(...group.map((r) => (headingIsPlace ? { ...r, location: heading } : r)));
    groups++;
    i = j;
  }
  return groups >= 2 || rows.length >= 3 ? { rows, first } : null;
}
