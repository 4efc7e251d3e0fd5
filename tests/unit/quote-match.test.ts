import { describe, expect, it } from "vitest";
import { findQuote, type QuoteRange } from "@/components/pdf-viewer/quote-match";

const marked = (pieces: string[], ranges: QuoteRange[]) =>
  ranges.map((r) => pieces[r.item]!.slice(r.start, r.end)).join("|");

describe("findQuote", () => {
  it("finds a quote split across text-layer items, whatever the spacing on either side", () => {
    const pieces = ["Report on Controls", "", "Deloitte & ", "Touche", "LLP audited the", " system."];
    const ranges = findQuote(pieces, "Deloitte &\nTouche LLP audited");
    expect(marked(pieces, ranges)).toBe("Deloitte &|Touche|LLP audited");
    expect(ranges[0]).toEqual({ item: 2, start: 0, end: 10 });
  });

  it("compares ligatures, curly quotes, dashes and case as the citation check does", () => {
    const pieces = ["The service organization’s ", "certiﬁcation — valid"];
    expect(marked(pieces, findQuote(pieces, "SERVICE ORGANIZATION'S certification - valid"))).toBe(
      "service organization’s|certiﬁcation — valid",
    );
  });

  it("marks the part on this page of a quote cut with an ellipsis or running onto the next page", () => {
    const pieces = ["CC6.1 Logical access is restricted to authorised users."];
    expect(marked(pieces, findQuote(pieces, "Logical access is restricted…"))).toBe("Logical access is restricted");
    expect(marked(pieces, findQuote(pieces, "restricted to authorised users.\nContinued on a page not shown"))).toBe(
      "restricted to authorised users.",
    );
  });

  it("returns nothing for a quote that is not on the page, or an empty one", () => {
    expect(findQuote(["Section IV"], "No exceptions noted")).toEqual([]);
    expect(findQuote(["Section IV"], "   ")).toEqual([]);
    // A short fragment of a missing quote must not match by chance.
    expect(findQuote(["a b c"], "abc def ghi jkl\nxyz")).toEqual([]);
  });

  it("keeps offsets right around characters outside the basic plane", () => {
    const pieces = ["𝐀 emoji 😀 then the quoted words"];
    const ranges = findQuote(pieces, "then the quoted");
    expect(marked(pieces, ranges)).toBe("then the quoted");
  });
});
