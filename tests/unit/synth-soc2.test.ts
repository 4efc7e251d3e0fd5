import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { generateSoc2 } from "@/scripts/synth/generate-soc2";
import { randomSoc2Spec } from "@/scripts/synth/soc2-spec";

async function readPdf(
  pdf: Buffer,
): Promise<{ total: number; text: string; pages: Array<{ text: string; num: number }> }> {
  return new PDFParse({ data: new Uint8Array(pdf) }).getText();
}

function countMatches(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

const EXCEPTION_ROW = /Exception\s+noted\./g;

describe("generateSoc2", () => {
  it("is deterministic: same seed gives the same expected facts, bytes and text", async () => {
    const a = await generateSoc2(randomSoc2Spec(42, { pages: 20 }));
    const b = await generateSoc2(randomSoc2Spec(42, { pages: 20 }));
    expect(b.expected).toEqual(a.expected);
    expect(b.pdf.equals(a.pdf)).toBe(true);
    const [ta, tb] = await Promise.all([readPdf(a.pdf), readPdf(b.pdf)]);
    expect(tb.text).toBe(ta.text);
    const other = await generateSoc2(randomSoc2Spec(43, { pages: 20 }));
    expect(other.expected.service_organization + other.expected.report_date).not.toBe(
      a.expected.service_organization + a.expected.report_date,
    );
  });

  it("hits the page target, with the running header and 'Page N of M' on every page", async () => {
    for (const [seed, pages] of [
      [3, 24],
      [8, 45],
    ] as const) {
      const { pdf, expected } = await generateSoc2(randomSoc2Spec(seed, { pages }));
      const r = await readPdf(pdf);
      expect(r.total).toBe(expected.synthetic.page_count);
      expect(r.total).toBe(pages);
      const label = expected.soc2_type === "type_2" ? "SOC 2 Type 2 Report" : "SOC 2 Type 1 Report";
      for (const page of r.pages) {
        expect(page.text).toContain(`${expected.service_organization} | ${label}`);
        expect(page.text).toContain(`Page ${page.num} of ${r.total}`);
        expect(page.text).toContain("Confidential");
      }
    }
  });

  it("prints as many exception rows as the expected facts say, with each exception's control id and deviation", async () => {
    for (const overrides of [
      { repeatControlsPerCriterion: true, includeSectionV: true },
      { repeatControlsPerCriterion: false, includeSectionV: false },
    ]) {
      const spec = randomSoc2Spec(5, { pages: 40, soc2Type: "type_2", opinion: "qualified", ...overrides });
      const { pdf, expected } = await generateSoc2(spec);
      const tests = expected.control_tests;
      if (!tests) throw new Error("Type 2 must have control tests");
      expect(tests.exceptions_count).toBeGreaterThan(0);
      const r = await readPdf(pdf);
      const text = r.text.replace(/\s+/g, " ");
      expect(countMatches(r.text, EXCEPTION_ROW)).toBe(tests.exception_rows_in_text);
      for (const e of tests.exceptions) {
        expect(text).toContain(e.control_id);
        expect(text).toContain(e.deviation);
      }
      expect(new Set(tests.exceptions.map((e) => e.control_id)).size).toBe(tests.exceptions_count);
      expect(text).toContain("except for the matter described");
      expect(text).toContain("No exceptions noted.");
      if (overrides.includeSectionV) expect(tests.exception_rows_in_text).toBeGreaterThan(tests.exceptions_count);
    }
  });

  it("a clean Type 2 with no exceptions prints no exception rows", async () => {
    const { pdf, expected } = await generateSoc2(
      randomSoc2Spec(9, { pages: 20, soc2Type: "type_2", opinion: "unqualified", exceptions: [] }),
    );
    const r = await readPdf(pdf);
    expect(expected.control_tests?.exceptions_count).toBe(0);
    expect(countMatches(r.text, EXCEPTION_ROW)).toBe(0);
    expect(r.text).toContain("In our opinion, in all material respects");
  });

  it("adverse opinions use adverse wording", async () => {
    const { pdf } = await generateSoc2(randomSoc2Spec(12, { pages: 20, soc2Type: "type_2", opinion: "adverse" }));
    const text = (await readPdf(pdf)).text.replace(/\s+/g, " ");
    expect(text).toContain("Adverse Opinion");
    expect(text).toContain("does not present fairly");
  });

  it("a Type 1 report has no test table, no results and an as-of date instead of a period", async () => {
    const { pdf, expected } = await generateSoc2(randomSoc2Spec(21, { pages: 20, soc2Type: "type_1" }));
    expect(expected.control_tests).toBeNull();
    expect(expected.period_start).toBeNull();
    expect(expected.as_of_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const text = (await readPdf(pdf)).text;
    expect(text).not.toMatch(/Test Performed/);
    expect(text).not.toMatch(/exceptions? noted/i);
    expect(text).toContain("Control Activity Specified by the Service Organization");
  });

  it("generates a 300-page report", async () => {
    const started = performance.now();
    const { pdf, expected } = await generateSoc2(randomSoc2Spec(300, { pages: 300 }));
    const ms = Math.round(performance.now() - started);
    console.log(`300-page SOC 2: ${ms} ms, ${pdf.length} bytes`);
    // The page tree's /Count is read from the bytes, independently of the generator's own counter.
    const count = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1]);
    expect(count).toBe(300);
    expect(expected.synthetic.page_count).toBe(300);
  });
});
