// Every flag a kind's rules raise is cited on the page that prints the value it questions, and the citation check
// reports a flag (or a typed fact's flag) that has neither a page nor a note.
import { describe, expect, it } from "vitest";
import { citationProblems } from "./citation-check";
import { extractFromText } from "./extract-document";
import { normalizeText } from "./normalize";
import type { ExtractionSuccess, TextDocument } from "./types";

const doc = (pages: string[]): TextDocument => ({ pages: pages.map(normalizeText), filename: "x", format: "text" });

describe("flag citations", () => {
  it("cites a bridge letter's chronology flags where the dates are printed", () => {
    const pages = [
      "Acme Corp.\nBridge Letter\n",
      "February 19, 2025\nTo whom it may concern,\nThe SOC 2 report covered the period April 1, 2024 to March 31, 2025.\nWe are not aware of any material changes.\nSincerely,\n\nJane Doe\n",
    ];
    const r = extractFromText(doc(pages), {
      classification: { kind: "bridge_letter", confidence: 1, reason: "test" },
    });
    expect(r.consistency.length).toBeGreaterThan(0);
    for (const c of r.flagCitations) {
      expect(c.page).toBe(2);
      expect(pages[1]).toContain(c.quote);
    }
  });

  it("cites a certificate's impossible edition on the line that prints it", () => {
    const pages = [
      "CERTIFICATE OF REGISTRATION\nThis is to certify that\nAcme Ltd\nhas been assessed and found to conform to ISO/IEC 27001:2023\nCertificate Number: AB-123\nIssue date: 01.02.2024\nExpiry date: 31.01.2027\nISO/IEC 27001\n",
    ];
    const r = extractFromText(doc(pages), { now: new Date("2025-01-01") });
    const flag = r.flagCitations.find((c) => /no 2023 edition/.test(c.flag));
    expect(flag).toMatchObject({ page: 1 });
    expect(flag!.quote).toContain("27001:2023");
  });

  it("reports a flag with no page and no note, in the result and in the typed facts", () => {
    const result = {
      ok: true,
      doc_kind: "unknown",
      doc_kind_confidence: 0,
      document: {
        version: 1,
        kind: "unknown",
        fields: {},
        flags: [{ id: "1", value: { kind: "consistency", text: "X" }, page: null, quote: null, confidence: 1 }],
        notInTextLayer: [],
      },
      facts: {},
      not_in_text_layer: [],
      consistency_flags: ["X"],
      authenticity_flags: [],
      pages: 1,
      sha256: "",
      text_layer: "present",
    } as unknown as ExtractionSuccess;
    expect(citationProblems(result, ["page text"]).map((p) => p.field)).toEqual([
      "document.flags",
      "consistency_flags",
    ]);
    result.flag_citations = [{ flag: "X", page: 1, quote: "page text" }];
    (result.document.flags[0] as { page: number | null; quote: string | null }).page = 1;
    (result.document.flags[0] as { page: number | null; quote: string | null }).quote = "page text";
    expect(citationProblems(result, ["page text"])).toEqual([]);
  });
});
