import { describe, expect, it } from "vitest";
import { aVendor, run, summary } from "../testing/builders";
import { checkExtractionFlags } from "./extraction-flags";

describe("checkExtractionFlags", () => {
  it.each([
    { kind: "authenticity", tier: "high", expected: ["high:Authenticity concern about a document"] },
    { kind: "authenticity", tier: "critical", expected: ["critical:Authenticity concern about a document"] },
    { kind: "consistency", tier: "high", expected: ["medium:Document contradicts itself"] },
  ] as const)("$kind flag, $tier tier", ({ kind, tier, expected }) => {
    const vendor = aVendor({
      tier,
      flags: [{ documentId: "doc", kind, text: "Report dated unusually fast after its period end.", source: null }],
    });
    expect(summary(run(checkExtractionFlags, { vendor }))).toEqual(expected);
  });

  it("leaves serious authenticity signals to the reliance gate", () => {
    const vendor = aVendor({
      flags: [
        { documentId: "doc", kind: "authenticity", text: "Text re-used from another company's report", source: null },
      ],
    });
    expect(run(checkExtractionFlags, { vendor })).toEqual([]);
  });

  it("gives each distinct flag its own subject", () => {
    const flags = ["a", "b", "a"].map((text) => ({
      documentId: "doc",
      kind: "consistency" as const,
      text,
      source: null,
    }));
    const subjects = run(checkExtractionFlags, { vendor: aVendor({ flags }) }).map((gap) => gap.subject);
    expect(new Set(subjects).size).toBe(2);
  });
});
