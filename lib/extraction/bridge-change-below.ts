// A change a bridge letter announces in its "no changes" sentence and states after it: "management is not aware of
// any material changes …, with the exception of the change described below." then "On October 19, 2026, we replaced
// …". The change is what follows: its bulleted items, or else its first sentence.
import { squash } from "./normalize";
import { factAt, search, type TextIndex } from "./text-index";
import type { Fact } from "./types";

// Also "…, except as follows:" (or "save as set out below:"), which names no noun before its list, "other than the
// following:" and "With one exception, … :" (the change after the colon).
const ANNOUNCED =
  /\b(?:(?:with\s+the\s+exception\s+of|except\s+for|other\s+than|apart\s+from|save\s+for)\s+(?:the\s+|one\s+|a\s+)?(?:changes?|matters?|items?|events?|exceptions?)\s+(?:(?:is|are)\s+)?(?:described|set\s+out|outlined|listed|noted|detailed|explained)\s+below\b|(?:except|save)\s+as\s+(?:follows|(?:described|set\s+out|listed|noted|detailed)\s+below)\b|(?:other\s+than|except\s+for|apart\s+from|save\s+for|with\s+the\s+exception\s+of)\s+the\s+following\b|with\s+(?:one|a\s+single|the\s+following)\s+exceptions?\b)[^.:\n]*[.:][ \t]*\n?/i;

// A bulleted item and the lines it wraps onto: indented ones, or unindented ones while the item has not yet ended
// its sentence ("• In June we moved ticketing from an internally hosted" / "system to a hosted tool.").
const BULLETS =
  /^(?:[ \t]*[•·▪\-–*][ \t]+[^\n]+\n?(?:[ \t]{2,}[^\n]+\n?|(?<![.!?;:][ \t]*\n)(?![ \t]*[•·▪\-–*][ \t])[ \t]*[^\s][^\n]*\n?)*)+/;

/** The change stated after "… with the exception of the change described below.", or null. */
export function changeDescribedBelow(index: TextIndex): Fact<string> | null {
  const m = search(index, ANNOUNCED);
  if (!m) return null;
  const from = m.index + m[0].length;
  const rest = index.text.slice(from, from + 1200);
  const bullets = BULLETS.exec(rest);
  const text = bullets
    ? bullets[0].replace(/^[ \t]*[•·▪\-–*][ \t]*/gm, "")
    : /^[\s\S]{10,600}?\.(?=\s|$)/.exec(rest)?.[0];
  if (!text) return null;
  return factAt(
    index,
    squash(text),
    from,
    text.length,
    0.7,
    "the change the letter describes after its no-change sentence",
  );
}
