import { describe, expect, it } from "vitest";
import { describeChanges, diffFields } from "./changes";

describe("diffFields", () => {
  it("keeps only the fields whose value changed, arrays compared by content", () => {
    expect(
      diffFields(
        { status: "onboarding", tier: "high", aliases: ["A"], website: null },
        { status: "active", tier: "high", aliases: ["A"], website: "https://x.example" },
      ),
    ).toEqual({
      status: { from: "onboarding", to: "active" },
      website: { from: null, to: "https://x.example" },
    });
  });
});

describe("describeChanges", () => {
  it("reads old → new from an audit event's data", () => {
    expect(describeChanges({ changes: { nextReviewDate: { from: null, to: "2027-01-31" } } })).toBe(
      "next review date: — → 2027-01-31",
    );
    expect(describeChanges({ legalName: "x" })).toBeNull();
  });
});
