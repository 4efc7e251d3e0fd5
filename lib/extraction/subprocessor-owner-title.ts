// The owner of a sub-processor list named only in the page's furniture: a letterhead or footer line that gives a
// company's legal name with its address ("Acme Forms AB · 1 Main Street · Gothenburg"), a copyright line
// ("© 2026 Acme Loom, Inc."), or a site header ("ACME | Trust Center"). Read when no sentence or title names the owner.
import { LEGAL_FORM } from "./legal-forms";
import { squash } from "./normalize";
import type { Fact } from "./types";
import { factAt, searchAll, type TextIndex } from "./text-index";

/** How many lines at the top and at the foot of a page hold its letterhead and footer. */
const FURNITURE_LINES = 4;

// A legal name, then a separator that a letterhead draws between name and address (· • | or a dash between spaces).
const LETTERHEAD = new RegExp(
  `^[ \\t]*([A-Z][\\w&.,' -]{1,50}?\\s${LEGAL_FORM})[ \\t]*(?:[·•|]|\\s-\\s)[ \\t]*\\S[^\\n]*$`,
  "gm",
);

// The same letterhead set in capitals, legal form too ("ACME ROBOTICS GMBH · CONFIDENTIAL · PAGE 1").
const CAPS_LETTERHEAD = new RegExp(LETTERHEAD.source, "gim");
const inCapitals = (name: string) => !/\p{Ll}/u.test(name);

// A copyright line: "© 2026 Acme Loom, Inc. · 1 Market Street", "Copyright © 2024-2026 Acme Ltd. All rights reserved."
const COPYRIGHT = new RegExp(
  `^[ \\t]*(?:copyright[ \\t]*)?(?:©|\\(c\\))[ \\t]*(?:\\d{4}(?:[ \\t]*[-–][ \\t]*\\d{4})?,?[ \\t]*)?([A-Z][\\w&.,' -]{1,50}?\\s${LEGAL_FORM})(?=[ \\t]*(?:$|[·•|]|\\s-\\s|all\\s+rights|\\.))`,
  "gim",
);

// "ACME | Trust Center", "Acme - Trust Centre", "Acme Trust Portal": the site the list is published on is the owner's.
const TRUST_SITE =
  /^[ \t]*([A-Z][\w&.' ]{1,40}?)[ \t]*(?:[|·•:-][ \t]*)?Trust[ \t]+(?:Center|Centre|Portal|Hub)[ \t]*$/gm;

/** Offsets of the first and last lines of each page: where a letterhead, a page header or a footer is printed. */
function furniture(index: TextIndex): [number, number][] {
  const spans: [number, number][] = [];
  index.starts.forEach((start, p) => {
    const end = index.starts[p + 1] ?? index.text.length;
    const page = index.text.slice(start, end);
    // Printed lines: the blank lines a web page's blocks leave above its header or below its footer do not count.
    const printed = [...page.matchAll(/[^\n]*\S[^\n]*/g)];
    if (printed.length === 0) return;
    const headEnd = printed[Math.min(FURNITURE_LINES, printed.length) - 1]!;
    const footStart = printed[Math.max(0, printed.length - FURNITURE_LINES)]!;
    spans.push([start, start + headEnd.index + headEnd[0].length], [start + footStart.index, end]);
  });
  return spans;
}

/** A site name, not a phrase: every word capitalised ("Visit our Trust Center" names no one). */
function capitalised(name: string): boolean {
  return name.split(/\s+/).every((w) => /^[\p{Lu}\d&]/u.test(w));
}

/** A name that is one of the list's own entries is a sub-processor's letterhead-like row, not the owner. */
function isEntry(name: string, entries: string[]): boolean {
  const key = name.toLowerCase();
  return entries.some((e) => e.toLowerCase() === key || e.toLowerCase().startsWith(`${key} `));
}

export function ownerFromPageFurniture(index: TextIndex, entries: string[]): Fact<string> | null {
  const spans = furniture(index);
  const inFurniture = (at: number) => spans.some(([a, b]) => at >= a && at < b);
  for (const re of [LETTERHEAD, CAPS_LETTERHEAD, COPYRIGHT, TRUST_SITE]) {
    for (const m of searchAll(index, re)) {
      const name = squash(m[1]!);
      if (
        !inFurniture(m.index) ||
        (re === TRUST_SITE && !capitalised(name)) ||
        (re === CAPS_LETTERHEAD && !inCapitals(name)) ||
        isEntry(name, entries)
      )
        continue;
      return factAt(index, name, m.index, m[0].length, 0.6, "named in the page's letterhead or header");
    }
  }
  return null;
}
