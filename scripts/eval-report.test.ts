import { describe, expect, it } from "vitest";
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
