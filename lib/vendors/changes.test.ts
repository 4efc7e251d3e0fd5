import { describe, expect, it } from "vitest";
import { diffFields } from "./changes";

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
