import { describe, expect, it } from "vitest";
import { nestFacts } from "./facts-json";

describe("nestFacts", () => {
  it("nests dotted paths and keeps the first cited source per top-level field", () => {
    const nested = nestFacts({
      doc_kind: "soc2_report",
      facts: {
        "auditor.name": { value: "UHY LLP", page: 46, quote: "UHY LLP" },
        "auditor.location": { value: "St. Louis", page: 6, quote: "St. Louis, Missouri" },
        period_end: { value: "2025-03-31", page: 1, quote: "March 31, 2025" },
        "in_scope.locations": { value: null, page: null, quote: null },
      },
      consistency_flags: ["bridge dated before period"],
    });
    expect(nested).toMatchObject({
      doc_kind: "soc2_report",
      auditor: { name: "UHY LLP", location: "St. Louis" },
      period_end: "2025-03-31",
      in_scope: { locations: null },
      consistency_flags: ["bridge dated before period"],
      authenticity_flags: [],
      sources: { auditor: { page: 46, quote: "UHY LLP" }, period_end: { page: 1, quote: "March 31, 2025" } },
    });
    expect((nested.sources as Record<string, unknown>).in_scope).toBeUndefined();
  });

  it("maps claims pages and look-alike certificates to the scorer's kinds", () => {
    expect(nestFacts({ doc_kind: "claims_page", facts: {} }).doc_kind).toBe("vendor_certification_claims_page");
    expect(nestFacts({ doc_kind: "other_certificate", facts: {} }).doc_kind).toBe("iso_certificate");
  });
});
