// Is every citation exact? A cited quote must be on the page it names, after the normalisation a reader's eye does
// (Unicode NFKC, one kind of quote and dash, white space ignored: pdf.js and OCR split and join words differently).
// Used by the corpus test (a miss fails the build) and by `npm run eval:corpus` ("quotes off page").
import { normalizeText } from "./normalize";
import type { ExtractionSuccess, Fact } from "./types";

/** Fact keys whose value is a list of items that must each carry their own page and quote. (csocs.criteria is a
 *  list of criterion codes, cited by the CSOC section's own citation.) */
export const CITED_LISTS = [
  "control_tests.exceptions",
  "cuecs.items",
  "subservice_organizations",
  "subprocessors",
] as const;

export type CitationProblem = { field: string; item?: number; problem: string };

/** The form a quote and a page are compared in. */
export function comparable(text: string): string {
  return normalizeText(text).replace(/…$/, "").replace(/\s+/g, "").toLowerCase();
}

type Citation = { page: number | null; quote: string | null; note?: string };

function check(field: string, c: Citation, pages: string[], item?: number): CitationProblem[] {
  const at = item === undefined ? {} : { item };
  if (c.page === null || c.page === undefined) {
    // A value read from an absence ("no exceptions noted" nowhere, a document-level property) explains itself.
    return c.note ? [] : [{ field, ...at, problem: "no page and no note" }];
  }
  if (!Number.isInteger(c.page) || c.page < 1 || c.page > pages.length)
    return [{ field, ...at, problem: `page ${c.page} outside 1..${pages.length}` }];
  if (!c.quote) return [{ field, ...at, problem: `page ${c.page} without a quote` }];
  const quote = comparable(c.quote);
  if (comparable(pages[c.page - 1]!).includes(quote)) return [];
  const elsewhere = pages.findIndex((p) => comparable(p).includes(quote));
  return [
    {
      field,
      ...at,
      problem:
        elsewhere >= 0
          ? `quote is on page ${elsewhere + 1}, cited page ${c.page}: "${c.quote.slice(0, 80)}"`
          : `quote not on page ${c.page} (nor any page): "${c.quote.slice(0, 80)}"`,
    },
  ];
}

function itemCitation(item: unknown): Citation | null {
  if (!item || typeof item !== "object") return null;
  const o = item as Record<string, unknown>;
  const page = typeof o.page === "number" ? o.page : null;
  const quote = typeof o.quote === "string" ? o.quote : null;
  return page === null && quote === null ? null : { page, quote };
}

/**
 * Every problem with the citations of one extraction, given the page texts its rules read (ExtractionOptions.onText):
 * each non-null fact, each item of the cited lists and each authenticity or consistency flag.
 */
export function citationProblems(result: ExtractionSuccess, pages: string[]): CitationProblem[] {
  const out: CitationProblem[] = [];
  for (const [field, fact] of Object.entries(result.facts) as [string, Fact][]) {
    if (fact.value === null) continue;
    out.push(...check(field, fact, pages));
    if (!(CITED_LISTS as readonly string[]).includes(field) || !Array.isArray(fact.value)) continue;
    fact.value.forEach((item, i) => {
      const c = itemCitation(item);
      out.push(...(c ? check(field, c, pages, i) : [{ field, item: i, problem: "list item without a citation" }]));
    });
  }
  out.push(...documentProblems(result, pages));
  const cited = new Map((result.flag_citations ?? []).map((f) => [f.flag, f]));
  for (const [kind, flags] of [
    ["authenticity_flags", result.authenticity_flags],
    ["consistency_flags", result.consistency_flags],
  ] as const) {
    flags.forEach((flag, i) => {
      const c = cited.get(flag);
      out.push(...(c ? check(kind, c, pages, i) : [{ field: kind, item: i, problem: "flag without a citation" }]));
    });
  }
  return out;
}

type CitedLike = { value: unknown; page: number | null; quote: string | null };

function isCited(v: unknown): v is CitedLike {
  return !!v && typeof v === "object" && "value" in v && "page" in v && "quote" in v;
}

/**
 * The typed facts (what storage keeps and the gap register cites): every field cited on a page holds its quote
 * there, every list item carries its own page and quote, and every flag is cited as its flag_citations entry says.
 */
function documentProblems(result: ExtractionSuccess, pages: string[]): CitationProblem[] {
  const out: CitationProblem[] = [];
  const doc = result.document as unknown as { fields?: Record<string, unknown>; flags?: unknown[] };
  for (const [name, field] of Object.entries(doc.fields ?? {})) {
    if (!isCited(field) || field.value === null) continue;
    const key = `document.${name}`;
    if (field.page !== null) out.push(...check(key, field, pages));
    if (!Array.isArray(field.value)) continue;
    field.value.forEach((item, i) => {
      if (!isCited(item) || item.value === null) return;
      out.push(
        ...(item.page === null
          ? [{ field: key, item: i, problem: "list item without a page" }]
          : check(key, item, pages, i)),
      );
    });
  }
  const notes = new Map((result.flag_citations ?? []).map((f) => [f.flag, f.note]));
  (doc.flags ?? []).forEach((flag, i) => {
    if (!isCited(flag)) return;
    const text = (flag.value as { text?: string } | null)?.text ?? "";
    out.push(...check("document.flags", { ...flag, note: notes.get(text) }, pages, i));
  });
  return out;
}
