import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, fromDayNumber, isIsoDate, toDayNumber } from "./dates";

describe("dates", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2025-13-01", false],
    ["2025-04-31", false],
    ["2025-4-1", false],
    ["2025-04-01T00:00", false],
  ])("isIsoDate(%s) = %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ["2025-03-31", "2026-03-31", 365],
    ["2024-02-28", "2024-03-01", 2],
    ["2026-01-01", "2025-12-31", -1],
    ["1970-01-01", "1970-01-01", 0],
  ])("daysBetween(%s, %s) = %d", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it("agrees with UTC Date arithmetic over four centuries", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 150_000 }), (days) => {
        const viaDate = new Date(Date.UTC(1970, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(days)).toBe(viaDate);
        expect(toDayNumber(viaDate)).toBe(days);
      }),
    );
  });

  it("addDays and daysBetween invert each other", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -2000, max: 2000 }), (day, delta) => {
        const start = fromDayNumber(day);
        expect(daysBetween(start, addDays(start, delta))).toBe(delta);
      }),
    );
  });

  it("throws on a malformed date (programmer error)", () => {
    expect(() => toDayNumber("31/12/2025")).toThrow(/YYYY-MM-DD/);
  });
});

describe("addMonths", () => {
  it("moves by whole months across years, both ways, as Date.UTC does", () => {
    expect(addMonths("2026-04-01", -12)).toBe("2025-04-01");
    expect(addMonths("2026-01-01", -6)).toBe("2025-07-01");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-03-03");
    expect(addMonths("2024-01-31", 1)).toBe("2024-03-02");
    expect(addMonths("2026-03-31", -1)).toBe("2026-03-03");
  });
});
