// CUEC lists as TeX and groff set them: numbered items in two columns, words broken at line ends with hyphens, and the
// next section's long title right after the last item (on the next page). Made-up text.
import { describe, expect, it } from "vitest";
import { joinBrokenWords, typesetterHyphenates } from "./line-end-hyphens";
import { readAs } from "./test-support/read-as";

const HYPHENATING_PROSE =
  "The subservice organi-\nzation provides hosting. Each organization is reviewed. Our examina-\ntion covered the system; the examination was performed under attestation standards.";

describe("a numbered CUEC list", () => {
  it("ends at the next section's heading, however long its title", () => {
    const r = readAs(
      "soc2_report",
      [
        "Complementary User Entity Controls",
        "User entities should have the following controls in place:",
        "1. Clinics maintain a current list of personnel authorised to use the exchange.",
        "2. Clinics approve each new user request before it is submitted.",
        "3. Clinics maintain their own business continuity arrangements.",
      ].join("\n"),
      [
        "Section IV: Trust Services Criteria, Related Controls and Tests of Controls",
        "Criteria Control Activity Test Performed Results of Tests",
        "CC6.1 Access to production systems requires multi-factor authentication.",
      ].join("\n"),
    );
    const items = r.facts["cuecs.items"]!.value as { text: string }[];
    expect(items).toHaveLength(3);
    expect(items[2]!.text).toBe("Clinics maintain their own business continuity arrangements.");
  });
});

describe("words broken at a line's end in a CUEC item", () => {
  it("tells a hyphenating typesetter by the broken words it prints whole elsewhere", () => {
    expect(typesetterHyphenates(HYPHENATING_PROSE)).toBe(true);
    expect(typesetterHyphenates("Access requires two-\nfactor authentication. We use two-factor tokens.")).toBe(false);
  });

  it("joins a broken word in a hyphenating document and keeps a compound's own hyphen", () => {
    const doc = `${HYPHENATING_PROSE}\nUsers enable multi-factor authentication.`;
    expect(joinBrokenWords("Clinics maintain a list of personnel au- thorised to use it.", doc)).toBe(
      "Clinics maintain a list of personnel authorised to use it.",
    );
    expect(joinBrokenWords("Customers enable multi- factor authentication.", doc)).toBe(
      "Customers enable multi-factor authentication.",
    );
  });

  it("leaves a broken word as read where the document shows no hyphenating typesetter", () => {
    expect(joinBrokenWords("Customers review au- thorised users.", "A browser's page with no broken words.")).toBe(
      "Customers review au- thorised users.",
    );
  });

  it("gives the CUEC item the whole word and cites it where it is printed broken", () => {
    const r = readAs(
      "soc2_report",
      [
        HYPHENATING_PROSE,
        "Complementary User Entity Controls",
        "User entities should have the following controls in place:",
        "1. Clinics maintain a current list of personnel au-",
        "thorised to use the exchange.",
        "2. Clinics review the monthly access report sup-",
        "plied by the service organization.",
      ].join("\n"),
    );
    const items = r.facts["cuecs.items"]!.value as { text: string; quote: string | null }[];
    expect(items.map((i) => i.text)).toEqual([
      "Clinics maintain a current list of personnel authorised to use the exchange.",
      "Clinics review the monthly access report supplied by the service organization.",
    ]);
    expect(items[0]!.quote).toContain("au-");
  });
});
