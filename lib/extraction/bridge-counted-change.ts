// A change a bridge letter counts before it states it: "During the Gap Period there has been one change to the system
// that we consider relevant …: on 14 August 2026 we replaced …", "We made two significant changes: …", "One notable
// change took place during the bridge period: …", "The only material change was that we moved …". The change is what
// follows the colon (or "was that"), to the end of its sentence; a letter that then says "Apart from this change, …
// no material changes" has disclosed it all the same.
import { squash } from "./normalize";
import { factAt, search, type TextIndex } from "./text-index";
import type { Fact } from "./types";

const COUNT = `(?:one|a\\s+single|only\\s+one|two|three|four|five|several|a\\s+few|a\\s+number\\s+of|\\d{1,2})`;
const KIND = `(?:(?:material|significant|notable|relevant|reportable|major|key)\\s+)?`;
// A sentence's end: a stop before a capital or the text's end, not the stop of "Inc." or "e.g.".
const TO_STOP = `([\\s\\S]{10,600}?(?<!\\b(?:Inc|Ltd|Co|Corp|No|St|Mr|Ms|Dr|approx|e\\.g|i\\.e))\\.)(?=\\s+["“(]?[A-Z0-9]|\\s*$)`;

const COUNTED = new RegExp(
  [
    // "there has been one change … :", "there have been two significant changes …:"
    `\\bthere\\s+(?:has|have)\\s+been\\s+${COUNT}\\s+${KIND}changes?\\b[^:.]{0,200}:\\s*${TO_STOP}`,
    // "we made / implemented / introduced one change …:", "management identified two changes:"
    `\\b(?:made|implemented|introduced|identified|noted|completed)\\s+${COUNT}\\s+${KIND}changes?\\b[^:.]{0,200}:\\s*${TO_STOP}`,
    // "One notable change took place during the bridge period:", "A single change occurred …:"
    `(?:^|[.:]\\s+|\\n)\\s*(?:One|A\\s+single|Two|Three)\\s+${KIND}changes?\\s+(?:has\\s+been\\s+made|was\\s+made|were\\s+made|occurred|took\\s+place|(?:is|are)\\s+(?:relevant|noted|reported))\\b[^:.]{0,200}:\\s*${TO_STOP}`,
    // "The only material change … was that we moved …", "The only change … is the migration of …"
    `\\b[Tt]he\\s+only\\s+${KIND}change\\b[^.:]{0,200}?\\s+(?:was|is|has\\s+been|concern(?:s|ed)|relate[sd]\\s+to)\\s+(?:that\\s+)?${TO_STOP}`,
  ].join("|"),
  "i",
);

/** The change a letter counts and then states, or null. */
export function countedChange(index: TextIndex): Fact<string> | null {
  const m = search(index, COUNTED);
  if (!m) return null;
  const text = m.slice(1).find((g) => g !== undefined);
  if (!text) return null;
  return factAt(
    index,
    squash(text).replace(/\.$/, ""),
    m.index,
    m[0].length,
    0.7,
    "the change the letter counts and then states",
  );
}
