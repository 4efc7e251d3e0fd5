import { describe, expect, it } from "vitest";
import { firstValues, listHref } from "./list-query";

describe("list query strings", () => {
  it("takes the first of repeated values", () => {
    expect(firstValues({ a: ["1", "2"], b: "x", c: undefined })).toEqual({ a: "1", b: "x", c: undefined });
  });
  it("drops empty values and defaults, keeps the rest", () => {
    expect(
      listHref("/gaps", { status: "active", page: 1, severity: "high", q: "" }, {}, { status: "active", page: 1 }),
    ).toBe("/gaps?severity=high");
    expect(listHref("/vendors", { sort: "gaps", page: 1 }, { page: 2 }, { page: 1 })).toBe("/vendors?sort=gaps&page=2");
    expect(listHref("/gaps", { page: 1 }, {}, { page: 1 })).toBe("/gaps");
  });
});
