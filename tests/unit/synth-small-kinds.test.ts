import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { formatDate } from "@/scripts/synth/dates";
import { generateBridgeLetter, randomBridgeLetterSpec } from "@/scripts/synth/generate-bridge-letter";
import { generateIsoCertificate, randomIsoCertificateSpec } from "@/scripts/synth/generate-iso-certificate";
import { generateSubprocessorList, randomSubprocessorListSpec } from "@/scripts/synth/generate-subprocessor-list";

async function text(pdf: Buffer): Promise<{ total: number; text: string }> {
  const r = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
  return { total: r.total, text: r.text.replace(/\s+/g, " ") };
}

describe("bridge letter", () => {
  it("prints the expected dates, auditor and signatory on one page, and honours demo overrides", async () => {
    const spec = randomBridgeLetterSpec(4, {
      issuer: "Demo Vendor Ltd.",
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      reportDate: "2026-02-10",
    });
    const { pdf, expected } = await generateBridgeLetter(spec);
    const r = await text(pdf);
    expect(r.total).toBeLessThanOrEqual(2);
    expect(expected.issuer).toBe("Demo Vendor Ltd.");
    expect(expected.referenced_report.period_end).toBe("2025-12-31");
    expect(expected.bridge_covers_from).toBe("2026-01-01");
    expect(expected.no_material_change_as_of_as_printed > expected.referenced_report.report_or_opinion_date).toBe(true);
    for (const iso of [
      expected.letter_date_as_printed,
      expected.no_material_change_as_of_as_printed,
      "2025-12-31",
      "2026-02-10",
    ]) {
      expect(r.text).toContain(formatDate(iso, spec.dateFormat));
    }
    expect(r.text).toContain(expected.referenced_report.auditor);
    expect(r.text).toContain(spec.signatory.name);
    expect(expected.consistency_flags).toEqual([]);
  });

  it("flags a letter dated before the period end (as the real GSI letter is)", async () => {
    const spec = randomBridgeLetterSpec(5, {
      periodEnd: "2025-03-31",
      reportDate: "2025-06-11",
      asOfDate: "2025-02-18",
      letterDate: "2025-02-19",
    });
    const { expected } = await generateBridgeLetter(spec);
    expect(expected.consistency_flags.length).toBe(1);
  });
});

describe("ISO/IEC 27001 certificate", () => {
  it("prints every expected field for both versions", async () => {
    for (const version of ["2013", "2022"] as const) {
      const spec = randomIsoCertificateSpec(9, {
        version,
        certificationBody: "Demo Cert Body Ltd.",
        accreditationBody: "UKAS",
      });
      const { pdf, expected } = await generateIsoCertificate(spec);
      const r = await text(pdf);
      expect(r.total).toBe(1);
      expect(expected.standard_version).toBe(version);
      expect(r.text).toContain(`ISO/IEC 27001:${version}`);
      for (const v of [
        expected.certificate_holder,
        expected.certificate_number,
        expected.certification_body,
        expected.accreditation_body,
        expected.scope_statement,
      ]) {
        expect(r.text).toContain(v);
      }
      for (const iso of [expected.issue_date, expected.expiry_date, ...expected.surveillance_due]) {
        expect(r.text).toContain(formatDate(iso, spec.dateFormat));
      }
      expect(expected.expiry_date > expected.issue_date).toBe(true);
    }
  });
});

describe("sub-processor list", () => {
  it("lists every expected sub-processor in the Markdown and is deterministic", () => {
    for (const seed of [1, 2, 3, 4]) {
      const a = generateSubprocessorList(randomSubprocessorListSpec(seed));
      const b = generateSubprocessorList(randomSubprocessorListSpec(seed));
      expect(b).toEqual(a);
      expect(a.expected.count).toBe(a.expected.subprocessors.length);
      const rows = a.markdown
        .split("\n")
        .filter((l) => (l.startsWith("| ") && !l.startsWith("| Sub-processor")) || l.startsWith("- **"));
      expect(rows.length).toBe(a.expected.count);
      for (const s of a.expected.subprocessors) expect(a.markdown).toContain(s.name);
    }
  });
});
