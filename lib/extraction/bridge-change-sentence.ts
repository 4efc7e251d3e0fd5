// A change a bridge letter states inside its "no changes" sentence: "there have been no changes to our system or
// controls that would have a material effect on the report, except that on August 17, 2026 we moved our production
// database to a second region". The change is the words after "except that" / "other than that" to the sentence's end.
import { squash } from "./normalize";
import { factAt, search, type TextIndex } from "./text-index";
import type { Fact } from "./types";

const EXCEPTED =
  /\bno\s+(?:material\s+|significant\s+)?(?:changes?|modifications?)\b[^.]{0,300}?,?\s+(?:except|other\s+than|apart\s+from|save)\s+(?:that|for\s+the\s+fact\s+that)\s+([^.]{10,400}?(?:\.(?=\s|$)|$))/i;

/** The change a "no changes …, except that …" sentence states, or null when the letter has no such sentence. */
export function exceptedChange(index: TextIndex): Fact<string> | null {
  const m = search(index, EXCEPTED);
  if (!m) return null;
  const change = squash(m[1]!).replace(/\.$/, "");
  return factAt(index, change, m.index, m[0].length, 0.7, "the change the letter excepts from its no-change sentence");
}
