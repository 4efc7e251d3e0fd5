import { describe, expect, it } from "vitest";
import { scoreDocument } from "./eval-compare";
import { gradeRow, newGrading, type Tally } from "./eval-report";

describe("gradeRow", () => {
  it("counts every field of a document that could not be read as missed", () => {
    const tally: Tally = {};
    gradeRow(
      "x/sp.json",
      {
        result: { ok: false, error: { code: "unsupported_type", message: "not supported" } },
        ms: 1,
        pages: [],
        expected: { doc_kind: "subprocessor_list", vendor: "Acme", last_updated: null, subprocessors: [{ name: "A" }] },
      },
      [tally],
      newGrading(),
    );
    expect(tally).toMatchObject({ documents: 1, error: 1, missed: 5 });
  });
});

describe("exceptions comparator", () => {
  const result = (deviation: string) =>
    ({
      ok: true,
      doc_kind: "soc2_report",
      doc_kind_confidence: 1,
      document: {},
      facts: {
        "control_tests.exceptions": {
          value: [{ criteria: ["CC6.2"], deviation, sample: { exceptions: 1, sample_size: 25 } }],
          page: 1,
          quote: "x",
          confidence: 1,
        },
      },
      not_in_text_layer: [],
      consistency_flags: [],
      authenticity_flags: [],
      pages: 1,
      sha256: "",
      text_layer: "full",
    }) as unknown as Parameters<typeof scoreDocument>[0];
  const expected = (deviation: string) => ({
    doc_kind: "soc2_report",
    control_tests: { exceptions: [{ criteria: ["CC6.2"], deviation, sample: { exceptions: 1, sample_size: 25 } }] },
  });
  const status = (got: string, want: string) =>
    scoreDocument(result(got), expected(want)).find((s) => s.field === "control_tests.exceptions")!.status;

  it("does not compare the result marker an answer file keeps or drops", () => {
    expect(
      status("For 1 of 25 new hires, access was late.", "Exception noted. For 1 of 25 new hires, access was late."),
    ).toBe("correct");
    expect(status("Deviation: 1 of 25 new hires had late access.", "1 of 25 new hires had late access.")).toBe(
      "correct",
    );
  });

  it("still tells different deviations apart", () => {
    expect(
      status("For 2 of 25 new hires, access was late.", "Exception noted. For 1 of 25 new hires, access was late."),
    ).toBe("wrong");
  });
});
