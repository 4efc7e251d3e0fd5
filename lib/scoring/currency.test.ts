import { describe, expect, it } from "vitest";
import { currencyStatusOn, currencyStepOn, evidenceCurrency } from "./currency";
import { addDays } from "./dates";
import { defaultCriteriaFor } from "./presets";
import { scoreVendor } from "./score";
import { aCertificate, aService, aSocReport, aVendor } from "./testing/builders";
import { TIERS } from "./types";

const AS_OF = "2026-03-01";

describe("evidenceCurrency", () => {
  it("a SOC report is covered through period end + the tier's maximum report age", () => {
    const vendor = aVendor({ socReports: [aSocReport({ periodEnd: "2025-01-31" })] });
    const medium = evidenceCurrency({ vendor, criteria: defaultCriteriaFor(["US"], "medium"), asOf: AS_OF });
    expect(medium.coveredUntil).toBe(addDays("2025-01-31", 456));
    expect(medium.status).toBe("current");
    const high = evidenceCurrency({ vendor, criteria: defaultCriteriaFor(["US"], "high"), asOf: AS_OF });
    expect(high.coveredUntil).toBe(addDays("2025-01-31", 365));
    expect(high.status).toBe("expired");
  });

  it("uses the admin's edited limit, and the strictest when several regions apply", () => {
    const vendor = aVendor({ socReports: [aSocReport({ periodEnd: "2025-01-31" })] });
    const [us, eu] = defaultCriteriaFor(["US", "EU"], "low");
    const result = evidenceCurrency({
      vendor,
      criteria: [
        { ...us!, maxReportAgeDays: 500 },
        { ...eu!, maxReportAgeDays: 400 },
      ],
      asOf: AS_OF,
    });
    expect(result.coveredUntil).toBe(addDays("2025-01-31", 400));
  });

  it("keeps only the newest item of each family and reports the soonest to lapse", () => {
    const vendor = aVendor({
      socReports: [
        aSocReport({ documentId: "soc-old", periodEnd: "2023-12-31" }),
        aSocReport({ documentId: "soc-new", periodEnd: "2025-12-31" }),
      ],
      isoCertificates: [
        aCertificate({ documentId: "iso-old", expiryDate: "2025-01-01" }),
        aCertificate({ documentId: "iso-new", expiryDate: "2026-03-20" }),
        aCertificate({ documentId: "iso-17", standard: "ISO/IEC 27017", expiryDate: "2027-01-01" }),
        aCertificate({ documentId: "claims", docKind: "claims_page", standard: null, expiryDate: "2020-01-01" }),
      ],
    });
    const result = evidenceCurrency({ vendor, criteria: defaultCriteriaFor(["US"], "high"), asOf: AS_OF });
    expect(result.items.map((i) => i.documentId)).toEqual(["iso-new", "soc-new", "iso-17"]);
    expect(result.items[0]).toMatchObject({ label: "ISO/IEC 27001:2022 certificate", family: "iso:ISO/IEC 27001" });
    expect(result.items[1]).toMatchObject({ label: "SOC 2 Type 2 report", coveredUntil: "2026-12-31" });
    expect(result.coveredUntil).toBe("2026-03-20");
    expect(result.status).toBe("expiring");
    expect(result.newestReport).toEqual({ documentId: "soc-new", periodEnd: "2025-12-31" });
  });

  it("does not depend on the order of the evidence", () => {
    const reports = [aSocReport({ documentId: "b" }), aSocReport({ documentId: "a" })];
    const criteria = defaultCriteriaFor(["US"], "high");
    const one = evidenceCurrency({ vendor: aVendor({ socReports: reports }), criteria, asOf: AS_OF });
    const two = evidenceCurrency({ vendor: aVendor({ socReports: [...reports].reverse() }), criteria, asOf: AS_OF });
    expect(one).toEqual(two);
    expect(one.items[0]!.documentId).toBe("a");
  });

  it("is 'none' with nothing dated on file", () => {
    const vendor = aVendor({ socReports: [aSocReport({ periodEnd: null })] });
    const result = evidenceCurrency({ vendor, criteria: defaultCriteriaFor(["US"], "low"), asOf: AS_OF });
    expect(result).toMatchObject({ items: [], coveredUntil: null, newestReport: null, status: "none" });
  });

  // The register and the stored currency must never disagree: for every tier and every age around
  // the limit, "soc-report-current raised" ⇔ "currency expired".
  it.each(TIERS)("agrees with the scorer's soc-report-current check (%s tier)", (tier) => {
    const criteria = defaultCriteriaFor(["US"], tier);
    const limit = criteria[0]!.maxReportAgeDays;
    for (const age of [30, 395, limit - 1, limit, limit + 1, 600]) {
      const asOf = addDays("2025-06-30", age);
      const vendor = aVendor({ tier, socReports: [aSocReport({ periodEnd: "2025-06-30" })] });
      const raised = scoreVendor({ vendor, service: aService(), criteria, asOf }).gaps.some(
        (g) => g.checkId === "soc-report-current",
      );
      expect(evidenceCurrency({ vendor, criteria, asOf }).status === "expired").toBe(raised);
    }
  });

  it("agrees with the scorer's certificate-in-date check on the day of expiry", () => {
    const criteria = defaultCriteriaFor(["EU"], "high");
    for (const asOf of ["2028-05-30", "2028-05-31", "2028-06-01"]) {
      const vendor = aVendor({ socReports: [], isoCertificates: [aCertificate({ expiryDate: "2028-05-31" })] });
      const expired = scoreVendor({ vendor, service: aService({ regions: ["EU"] }), criteria, asOf }).gaps.some(
        (g) => g.checkId === "certificate-in-date" && g.title === "Certificate expired",
      );
      expect(evidenceCurrency({ vendor, criteria, asOf }).status === "expired").toBe(expired);
    }
  });
});

describe("currency on a day", () => {
  it.each([
    ["2026-02-28", "expired", "expired"],
    ["2026-03-01", "expiring", "1d"],
    ["2026-03-02", "expiring", "1d"],
    ["2026-03-08", "expiring", "7d"],
    ["2026-03-31", "expiring", "30d"],
    ["2026-04-01", "current", null],
  ] as const)("covered until %s on 2026-03-01 is %s, step %s", (until, status, step) => {
    expect(currencyStatusOn(until, AS_OF)).toBe(status);
    expect(currencyStepOn(until, AS_OF)).toBe(step);
  });
});
