// A report's Restricted Use paragraph is standard wording ("… is intended solely for the information and use of
// <the organisation>, user entities …"). Words put in place of its fixed phrase ("intended solely throughout
// information and use of") are a template edited by search-and-replace: a consistency flag, cited where printed.
import { squash } from "./normalize";
import { flagAt } from "./flags";
import type { FlagCitation } from "./types";
import { searchEach, type TextIndex } from "./text-index";

// Spaces may be lost in a justified paragraph ("intendedsolelyfortheinformation"), so none is required.
const INTENDED_SOLELY = /intended\s*solely\s*([a-z]+(?:\s+[a-z]+){0,3})/gi;
// What the phrase goes on with in the standard wording and its usual variants ("for the information and use of",
// "for use by", "for the use of").
const STANDARD_GO_ON = /^for/i;

export function restrictedUseWording(index: TextIndex): FlagCitation | null {
  for (const m of searchEach(index, INTENDED_SOLELY)) {
    if (STANDARD_GO_ON.test(m[1]!)) continue;
    return flagAt(
      index,
      `Restricted Use paragraph departs from the standard wording: "intended solely ${squash(m[1]!)}" where the standard paragraph reads "intended solely for the information and use of"`,
      m.index,
      m[0].length,
    );
  }
  return null;
}
