import { describe, expect, it } from "vitest";
import { firstPaintHtml } from "@/components/pdf-viewer/first-paint";
import { emptyFacts } from "@/lib/evidence/facts/model";
import {
  askedPage,
  firstCitedField,
  linkedCitation,
  openingPage,
  openingPageOf,
} from "@/lib/evidence/facts/model/opening-page";
import type { DocumentFacts } from "@/lib/evidence/facts/model";

// The page kept when a document is read is the page the review opens at (docs/decisions/041): one rule for both.
describe("openingPage", () => {
  const cited = (pages: Array<number | null>): DocumentFacts => {
    const facts = emptyFacts("soc2_report");
    const fields = facts.fields as Record<string, { page: number | null }>;
    Object.keys(fields).forEach((k, i) => (fields[k]!.page = pages[i] ?? null));
    return facts;
  };
  it("opens at the first cited fact's page, else page 1", () => {
    expect(openingPage(cited([null, 4, 9]), 100)).toBe(4);
    expect(openingPage(cited([]), 100)).toBe(1);
    expect(openingPage(null, 100)).toBe(1);
  });
  it("a link's page wins, within the document", () => {
    expect(openingPage(cited([4]), 100, 34)).toBe(34);
    expect(openingPage(cited([4]), 20, 34)).toBe(20);
    expect(openingPage(cited([40]), 20)).toBe(20);
  });
});

// The layout asks for the opening page's image from the cited page and the query alone (docs/decisions/044): it must
// name the page the page itself opens at, or the image is fetched (and audited) for nothing.
describe("askedPage and openingPageOf", () => {
  it("reads ?page= as the page does: one whole number from 1, else none", () => {
    expect(askedPage("34")).toBe(34);
    for (const v of [undefined, null, "", "0", "-2", "3.5", "abc", ["3", "4"]]) expect(askedPage(v)).toBeNull();
  });
  it("agrees with openingPage", () => {
    const facts = emptyFacts("soc2_report");
    const fields = facts.fields as Record<string, { page: number | null }>;
    fields[Object.keys(fields)[2]!]!.page = 7;
    for (const asked of [null, 3, 150])
      expect(openingPageOf(firstCitedField(facts)?.page ?? null, 100, asked)).toBe(openingPage(facts, 100, asked));
    expect(openingPageOf(null, 100, null)).toBe(1);
  });
});

// A gap's citation links to `?page=34&q=…`: the page (server) and the viewer's state (client, from useSearchParams)
// read it with this one function, so the viewer in the layout opens where the page expects (docs/decisions/045).
describe("linkedCitation", () => {
  it("is the asked page and its quote (at most 500 characters), or no quote", () => {
    expect(linkedCitation("34", "Exceptions noted")).toEqual({ page: 34, quote: "Exceptions noted" });
    expect(linkedCitation("34", undefined)).toEqual({ page: 34, quote: null });
    expect(linkedCitation("34", "")).toEqual({ page: 34, quote: null });
    expect(linkedCitation("34", ["a", "b"])).toEqual({ page: 34, quote: null });
    expect(linkedCitation("2", "x".repeat(900))!.quote).toHaveLength(500);
  });
  it("is nothing without a page asked for", () => {
    for (const page of [undefined, null, "", "0", "abc", ["3", "4"]]) expect(linkedCitation(page, "quote")).toBeNull();
  });
});

// The figure's server HTML is built by hand: only the page route's address shape and whole numbers go in.
describe("firstPaintHtml", () => {
  const ok = { page: 4, src: "/api/documents/89e93316-822d-4418-97a5-8689657b85ad/pages/4", width: 900, height: 1164 };
  it("is an image of the page, sized, from the page route", () => {
    const html = firstPaintHtml(ok);
    expect(html).toMatch(/^<img src="\/api\/documents\/[0-9a-f-]+\/pages\/4" width="900" height="1164" alt="Page 4 /);
    expect(html).toContain('data-first-paint="4"');
  });
  it.each([
    { ...ok, src: 'https://evil.example/x.png" onerror="alert(1)' },
    { ...ok, src: "/api/documents/x/pages/4?view=1" },
    { ...ok, src: "//evil.example/api/documents/x/pages/4" },
    { ...ok, width: Number.NaN },
    { ...ok, height: -1 },
    { ...ok, page: 1.5 },
  ])("refuses anything else (%o)", (fp) => {
    expect(firstPaintHtml(fp)).toBe("");
  });
});
