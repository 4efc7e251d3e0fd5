import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/vendors/1?tab=gaps", "/vendors/1?tab=gaps"],
    ["//evil.example/x", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["https://evil.example", "/dashboard"],
    ["/login?next=/x", "/dashboard"],
    ["/api/auth/signout", "/dashboard"],
    [undefined, "/dashboard"],
    [["/a", "/b"], "/dashboard"],
  ])("%j → %s", (input, want) => {
    expect(safeNextPath(input)).toBe(want);
  });
});
