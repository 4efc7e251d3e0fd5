import { describe, expect, it } from "vitest";
import { factsFromAnswerFile, factsFromExtractorReadings, readStoredFacts } from "@/lib/evidence/facts/model";
import { assembleVendorEvidence } from "./assemble-evidence";

const VENDOR = { vendorId: "v", vendorName: "Acme Ltd", tier: "high" as const };

function certificate(number: string, body: string) {
  return factsFromExtractorReadings({
    doc_kind: "iso_certificate",
    facts: {
      certificate_number: { value: number, page: 1, quote: number, confidence: 1 },
      certification_body: { value: body, page: 1, quote: body, confidence: 1 },
      surveillance_due: { value: ["2026-10-24", "not a date"], page: 1, quote: "Surveillance Due", confidence: 1 },
      soa_reference: { value: { version: "v3", date: "2025-01-10" }, page: 1, quote: "SoA v3", confidence: 1 },
    },
  });
}

describe("assembling a vendor's evidence from typed facts", () => {
  it("flags one certificate number under two bodies on copies, and converts the new fields", () => {
    const a = certificate("IS 123", "BSI");
    const b = certificate("IS-123", "Other Cert Ltd");
    const { evidence, skipped } = assembleVendorEvidence(VENDOR, [
      { documentId: "a", facts: a },
      { documentId: "b", facts: b },
    ]);
    expect(skipped).toEqual([]);
    expect(evidence.flags.map((f) => [f.documentId, f.kind])).toEqual([
      ["a", "authenticity"],
      ["b", "authenticity"],
    ]);
    expect(evidence.flags[0]!.text).toMatch(/also appears in "b"/);
    expect(a.flags).toEqual([]);
    expect(evidence.isoCertificates[0]).toMatchObject({
      surveillanceDue: ["2026-10-24"],
      soaReference: "v3 2025-01-10",
    });
  });

  it("maps h-register's readings: exception page and response, next report, list organisation", () => {
    const soc = factsFromAnswerFile({
      doc_kind: "soc_report",
      report_type: "SOC 2 Type 2",
      control_tests: {
        exceptions: [{ deviation: "One leaver kept access.", pages: [41], management_response: "Access removed." }],
      },
    });
    const letter = factsFromAnswerFile({ doc_kind: "bridge_letter", next_report_expected_date: "2026-06-30" });
    const list = factsFromAnswerFile({ doc_kind: "subprocessor_list", vendor: "Acme Ltd", subprocessors: [] });
    const { evidence } = assembleVendorEvidence(VENDOR, [
      { documentId: "soc", facts: soc },
      { documentId: "letter", facts: letter },
      { documentId: "list", facts: list },
    ]);
    expect(evidence.socReports[0]!.exceptions).toEqual([
      {
        criteria: [],
        control: null,
        deviation: "One leaver kept access.",
        managementResponse: "Access removed.",
        source: { page: 41, quote: "One leaver kept access." },
      },
    ]);
    expect(evidence.bridgeLetters[0]!.nextReportExpected).toBe("2026-06-30");
    expect(evidence.subprocessorLists[0]!.organisation).toBe("Acme Ltd");
  });

  it("reads facts stored before the new fields as not found", () => {
    const stored = JSON.parse(JSON.stringify(certificate("1", "BSI"))) as { fields: Record<string, unknown> };
    delete stored.fields.surveillanceDue;
    delete stored.fields.soaReference;
    const facts = readStoredFacts(stored);
    expect(facts?.kind === "iso_certificate" && facts.fields.surveillanceDue.value).toBeNull();
  });
});
