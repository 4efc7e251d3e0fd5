import { describe, expect, it } from "vitest";
import { emptyFacts, type DocumentFacts } from "@/lib/evidence/facts/model";
import { documentInWords } from "./in-words";

function facts(kind: Parameters<typeof emptyFacts>[0], values: Record<string, unknown>): DocumentFacts {
  const f = emptyFacts(kind) as { fields: Record<string, { value: unknown }> };
  for (const [k, v] of Object.entries(values)) f.fields[k]!.value = v;
  return f as unknown as DocumentFacts;
}

describe("documentInWords", () => {
  const doc = { kind: "soc2_report", filename: "gsi-2026.pdf" };
  it("names a report by its kind and period, never its id", () => {
    expect(documentInWords(doc, facts("soc2_report", { periodStart: "2025-04-01", periodEnd: "2026-03-31" }))).toBe(
      "the SOC 2 report for 2025-04-01 → 2026-03-31",
    );
    expect(documentInWords(doc, facts("soc3_report", { periodEnd: "2026-03-31" }))).toBe(
      "the SOC 3 report as of 2026-03-31",
    );
  });
  it("names letters, lists and certificates by their date, mid-sentence in lower case", () => {
    const letter = { kind: "bridge_letter", filename: "b.pdf" };
    expect(documentInWords(letter, facts("bridge_letter", { letterDate: "2025-02-19" }))).toBe(
      "the bridge letter dated 2025-02-19",
    );
    expect(documentInWords(letter, facts("subprocessor_list", { lastUpdated: "2026-01-05" }))).toBe(
      "the sub-processor list updated 2026-01-05",
    );
    expect(documentInWords(letter, facts("iso_certificate", { expiryDate: "2027-03-19" }))).toBe(
      "the ISO certificate expiring 2027-03-19",
    );
  });
  it("falls back to the file name when no date is known or nothing was confirmed", () => {
    expect(documentInWords(doc, null)).toBe("the SOC 2 report “gsi-2026.pdf”");
    expect(documentInWords(doc, facts("soc2_report", {}))).toBe("the SOC 2 report “gsi-2026.pdf”");
  });
});
