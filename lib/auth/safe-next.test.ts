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
    // M1: a tab (or newline) is dropped by URL parsing, leaving "//evil.example".
    ["/\t/evil.example", "/dashboard"],
    [decodeURIComponent("%2F%09%2Fevil.example"), "/dashboard"],
    ["/\n/evil.example", "/dashboard"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/./\t/evil.example", "/dashboard"],
    ["/x/../../evil.example", "/evil.example"],
    ["/vendors/1#gaps", "/vendors/1#gaps"],
  ])("%j → %s", (input, want) => {
    expect(safeNextPath(input)).toBe(want);
  });
});
