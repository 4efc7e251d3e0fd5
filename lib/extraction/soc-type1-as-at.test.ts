// Made-up text: a Type 1 report's date in British usage.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("a Type 1 report 'as at' a date", () => {
  it("reads the date as the report's as-of date", () => {
    const r = readAs(
      "soc2_report",
      "SOC 2 Type 1\nWe have examined the description of the Fernway Payroll Cloud as at 30 September 2025 and the suitability of the design of controls.",
    );
    expect(r.facts["as_of_date"]!.value).toBe("2025-09-30");
  });
});
