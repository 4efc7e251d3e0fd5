// Sub-processor lists typed as plain text: "Name ........ Place" lines (dot leaders between the entry and its value)
// grouped under short heading lines ("HOSTING AND INFRASTRUCTURE"), blank lines between. The heading is the group's
// purpose and the value after the leaders the entry's place; where the page says each entry processes data in the
// region it is listed under, the heading is the place and the value the purpose.
import { squash } from "./normalize";
import type { Subprocessor } from "./subprocessor-cells";

/** "Name ..... value": three dots or more (spaced or not) between the two. */
// A name may end in its own dot ("Acme, Inc. ......"): leaders start after a space, or right after a letter as three
// dots or more in a row ("Acme GmbH.........Germany").
const LEADER_LINE =
  /^[ \t]*(\S[^\n]{0,80}?)(?:[ \t]+(?:\.[ \t]?){3,}|(?<=[^.\s])\.{3,}[. \t]*)[ \t]*(\S[^\n]{0,120}?)[ \t]*$/;

function isHeading(line: string): boolean {
  const t = line.trim();
  return !!t && !LEADER_LINE.test(t) && /^\p{Lu}/u.test(t) && !/[.;,:]$/.test(t) && t.split(/\s+/).length <= 6;
}

export type LeaderLines = { rows: Subprocessor[]; first: string };

/** Every group of leader lines under a heading line; at least two groups or three entries. */
export function fromLeaderLines(
  text: string,
  isName: (name: string) => boolean,
  headingIsPlace: boolean,
): LeaderLines | null {
  const lines = text.split("\n");
  const rows: Subprocessor[] = [];
  let first = "";
  let groups = 0;
  let heading: string | null = null;
  for (const line of lines) {
    if (!line.trim()) continue;
    const m = LEADER_LINE.exec(line);
    const name = m ? squash(m[1]!) : "";
    if (m && heading && isName(name)) {
      const value = squash(m[2]!);
      first ||= line.trim();
      rows.push(
        headingIsPlace ? { name, purpose: value, location: heading } : { name, purpose: heading, location: value },
      );
      if (rows.length === 1 || rows.at(-2)?.[headingIsPlace ? "location" : "purpose"] !== heading) groups++;
      continue;
    }
    heading = isHeading(line) ? squash(line) : null;
  }
  return groups >= 2 || rows.length >= 3 ? { rows, first } : null;
}
