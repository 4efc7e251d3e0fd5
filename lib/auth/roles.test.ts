import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "./roles";

describe("role table", () => {
  it("admins can do everything", () => {
    for (const p of PERMISSIONS) expect(can("admin", p)).toBe(true);
  });
  it("viewers can only read and export", () => {
    const allowed = PERMISSIONS.filter((p) => can("viewer", p));
    expect(allowed).toEqual(["vendor:read", "document:download", "export:run"]);
  });
  it("only admins edit criteria or manage users", () => {
    for (const r of ROLES) {
      expect(can(r, "criteria:edit")).toBe(r === "admin");
      expect(can(r, "user:manage")).toBe(r === "admin");
    }
  });
  it("analysts cannot accept risk or decide; security can", () => {
    expect(can("analyst", "gap:accept-risk")).toBe(false);
    expect(can("analyst", "review:decide")).toBe(false);
    expect(can("security", "gap:accept-risk")).toBe(true);
    expect(can("security", "review:decide")).toBe(true);
  });
});
