// The services in scope listed one a line under a line that introduces them and ends in a colon, in the many ways
// reports word it: "Services in scope:", "The services covered by this description are:", "The report covers the
// following services:", "The following products are included in the scope of this report:", "In-scope applications:".
// Each line names one offering, with or without a list mark (a style sheet's bullets are not in the text layer), and
// goes on to say what it is after a colon or a dash ("Acme Drive — file storage", "Acme Dispatch: load planning");
// marked lines may also be the bare name ("• Acme Drive"). A line that is neither (a table's header, a sentence) ends
// the list; an intro about subservice organisations, vendors or user entities is not one.
import { squash } from "./normalize";
import { factAt, searchEach, type TextIndex } from "./text-index";
import type { Fact } from "./types";

const INTRO =
  /^[ \t]*([^\n:]{0,120}?\b(?:services?|products?|applications?|offerings?|modules?|solutions?)\b[^\n:]{0,120}):[ \t]*\n/gim;
const OFFERINGS = /\b(?:services?|products?|applications?|offerings?|modules?|solutions?)\b/i;
const IN_SCOPE = /\b(?:following|in[-\s]scope|scope|covered|covers|included|includes|comprises|consists|are)\b/i;
const NOT_OURS =
  /sub-?\s*service|vendors?\b|third[-\s]part|carve|user\s+entit|complementary|customers?\s+(?:are|must)|responsib|controls?\b|criteri|exception/i;
const MARK = /^[ \t]*(?:[•▪◦●*\uF0B7]|-(?=\s))[ \t]+/;
// A word of a product's name: in capitals, a digit, or a brand's lower-case letter before a capital ("ePayslip").
const WORD = String.raw`(?:[A-Z0-9]|[a-z](?=[A-Z]))[\w®™&'.-]*`;
// A name in capitals (digits, "&" allowed), then what it is after a colon or a spaced dash.
const NAMED = new RegExp(
  String.raw`^([A-Z][\w®™&'.-]*(?:[ \t]+(?:${WORD}|&|of|for)){0,5})[ \t]*(?::|[ \t][-–—])[ \t]+\S`,
);
// A bare name: two to six words in capitals.
const BARE = new RegExp(String.raw`^[A-Z][\w®™&'.-]*(?:[ \t]+${WORD}){1,5}$`);

function nameOf(line: string): string | null {
  const marked = MARK.test(line);
  const text = squash(line.replace(MARK, "")).replace(/[;.,]$/, "");
  const named = NAMED.exec(text)?.[1];
  if (named) return squash(named.replace(/[®™]/g, ""));
  if (marked && BARE.test(text)) return squash(text.replace(/[®™]/g, ""));
  return null;
}

export function servicesAfterIntro(index: TextIndex): Fact<string[]> | null {
  for (const m of searchEach(index, INTRO)) {
    // The sentence the colon closes must introduce the offerings ("… Product Management, etc. The personnel has been
    // assigned to the following key roles:" introduces roles).
    const intro = m[1]!.split(/[.;]\s+/).at(-1)!;
    if (!OFFERINGS.test(intro) || !IN_SCOPE.test(intro) || NOT_OURS.test(intro)) continue;
    const names: string[] = [];
    let length = m[0].length;
    for (const line of index.text
      .slice(m.index + m[0].length)
      .split("\n")
      .slice(0, 14)) {
      if (!line.trim()) {
        if (names.length) break;
        length += line.length + 1;
        continue;
      }
      const name = nameOf(line);
      if (!name) break;
      names.push(name);
      length += line.length + 1;
    }
    if (names.length === 0) continue;
    return factAt(index, names, m.index, length, 0.75, "the offerings listed under the line that introduces them");
  }
  return null;
}
