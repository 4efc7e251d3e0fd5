import { describe, expect, it } from "vitest";
import { formatFactValue, parseFactValue } from "./schema";

describe("fact values through the form", () => {
  it.each([
    { label: "string stays string", text: "UHY LLP", like: "X", want: "UHY LLP" },
    { label: "blank becomes null", text: "  ", like: "X", want: null },
    { label: "number", text: "3", like: 2, want: 3 },
    {
      label: "array from JSON",
      text: '["Security","Availability"]',
      like: ["Security"],
      want: ["Security", "Availability"],
    },
    { label: "boolean", text: "yes", like: false, want: true },
    { label: "unknown (null) JSON", text: '{"a":1}', like: null, want: { a: 1 } },
  ])("$label", ({ text, like, want }) => {
    expect(parseFactValue(text, like)).toEqual(want);
  });

  it("refuses a non-number and malformed JSON", () => {
    expect(() => parseFactValue("three", 2)).toThrow(/not a number/);
    expect(() => parseFactValue("[oops", [])).toThrow();
  });

  it("round-trips through formatFactValue", () => {
    for (const v of ["x", 4, ["a", "b"], { n: 1 }]) expect(parseFactValue(formatFactValue(v), v)).toEqual(v);
  });
});
