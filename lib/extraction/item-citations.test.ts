// An item's words are found in the text as if it had no white space (across line and page breaks): the pattern
// search gives the same place as searching a copy of the text with its white space removed.
import { describe, expect, it } from "vitest";
import { findLoose, looseKey } from "./item-citations";

const BLANK = /[ \t\n\r\f\v]/;

/** The definition: search the text with its white space removed, and map the hit back. */
function inFlatCopy(text: string, key: string, from: number): { start: number; end: number } | null {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (!BLANK.test(text[i]!)) at.push(i);
  const flat = at.map((i) => text[i]).join("");
  const first = at.findIndex((o) => o >= from);
  const hit = flat.indexOf(key, first < 0 ? flat.length : first);
  return hit < 0 ? null : { start: at[hit]!, end: at[hit + key.length - 1]! + 1 };
}

describe("loose item search", () => {
  const text =
    "  Users are\tresponsible for\n\nreviewing  access (quarterly).\n\nUsers are responsible for reviewing access [monthly] $5 a+b?\n";
  it.each(["Usersareresponsibleforreviewingaccess", "access(quarterly).", "[monthly]$5a+b?", "are", "nothere", "U"])(
    "finds %j where a white-space-free copy of the text has it, from every offset",
    (key) => {
      for (let from = 0; from <= text.length; from++)
        expect(findLoose(text, looseKey(key), from)).toEqual(inFlatCopy(text, key, from));
    },
  );
});
