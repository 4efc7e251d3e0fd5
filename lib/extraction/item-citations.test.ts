// An item's words are found in the text as if it had no white space (across line and page breaks): the pattern
// search gives the same place as searching a copy of the text with its white space removed.
import { describe, expect, it } from "vitest";
import { citeListItems, findLoose, looseKey } from "./item-citations";
import { buildTextIndex } from "./text-index";
import type { Facts, TextDocument } from "./types";

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

describe("list items cited where their words are", () => {
  const doc = (pages: string[]) => buildTextIndex({ pages, filename: "list.pdf", format: "pdf" } as TextDocument);
  const cite = (pages: string[], items: object[]) => {
    const facts = { subprocessors: { value: items, page: 1, quote: "x", confidence: 0.8 } } as unknown as Facts;
    citeListItems(doc(pages), facts);
    return facts.subprocessors!.value as { name: string; page?: number; quote?: string }[];
  };

  it("an item whose whole words are on a page cites that page", () => {
    const [a] = cite(["Sub-processors", "Stripe, Inc.\tPayments\tUnited States"], [{ name: "Stripe, Inc." }]);
    expect(a!.page).toBe(2);
    expect(a!.quote).toContain("Stripe, Inc.");
  });

  it("an item read with words the page prints apart is cited where its opening words are, on their page", () => {
    // Two rows' names run together by a reader: the joined name is nowhere in the text, its first row's name is.
    const pages = ["Sub-processors", "Vonage Business Inc.\tTelephony\tUS\nZendesk, Inc.\tSupport\tUS"];
    const [a] = cite(pages, [{ name: "Vonage Business Inc. Support Zendesk, Inc." }]);
    expect(a!.page).toBe(2);
    // A quote is the printed line its words start on, white space squashed (as every quote is checked).
    expect(pages[1]!.replace(/\s+/g, " ")).toContain(a!.quote!);
    expect(a!.quote).toMatch(/^Vonage Business Inc\./);
  });

  it("an item with no trace in the text stays uncited rather than pointing anywhere", () => {
    const [a] = cite(["Sub-processors", "Stripe, Inc."], [{ name: "Quokka Analytics GmbH" }]);
    expect(a).not.toHaveProperty("page");
  });
});
