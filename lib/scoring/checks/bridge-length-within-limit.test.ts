import { describe, expect, it } from "vitest";
import { aBridgeLetter, aVendor, run, summary } from "../testing/builders";
import { checkBridgeLengthWithinLimit } from "./bridge-length-within-limit";

describe("checkBridgeLengthWithinLimit (high tier: 92 days)", () => {
  it.each([
    { label: "46 days", coversFrom: "2026-01-01", coversThrough: "2026-02-15", expected: [] },
    { label: "92 days", coversFrom: "2026-01-01", coversThrough: "2026-04-02", expected: [] },
    {
      label: "93 days",
      coversFrom: "2026-01-01",
      coversThrough: "2026-04-03",
      expected: ["medium:Bridge letter covers longer than policy allows"],
    },
    {
      label: "10.5 months",
      coversFrom: "2025-04-01",
      coversThrough: "2026-02-18",
      expected: ["medium:Bridge letter covers longer than policy allows"],
    },
    {
      label: "ends before it starts (another check)",
      coversFrom: "2025-04-01",
      coversThrough: "2025-02-18",
      expected: [],
    },
    {
      label: "end unknown",
      coversFrom: "2026-01-01",
      coversThrough: null,
      expected: ["low:Could not verify the period a bridge letter covers"],
    },
  ])("$label", ({ coversFrom, coversThrough, expected }) => {
    expect(
      summary(
        run(checkBridgeLengthWithinLimit, {
          vendor: aVendor({ bridgeLetters: [aBridgeLetter({ coversFrom, coversThrough })] }),
        }),
      ),
    ).toEqual(expected);
  });
});
