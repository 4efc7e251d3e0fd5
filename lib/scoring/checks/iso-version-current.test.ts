import { describe, expect, it } from "vitest";
import { aCertificate, aVendor, run, summary } from "../testing/builders";
import { checkIsoVersionCurrent } from "./iso-version-current";

describe("checkIsoVersionCurrent", () => {
  it.each([
    { label: "2022", version: "2022", asOf: "2026-03-01", expected: [] },
    {
      label: "2013 on 2025-10-31",
      version: "2013",
      asOf: "2025-10-31",
      expected: ["low:ISO/IEC 27001:2013 certificate must transition"],
    },
    {
      label: "2013 on 2025-11-01",
      version: "2013",
      asOf: "2025-11-01",
      expected: ["high:ISO/IEC 27001:2013 certificate no longer valid"],
    },
    {
      label: "2005",
      version: "2005",
      asOf: "2026-03-01",
      expected: ["medium:ISO/IEC 27001:2005 is not an accepted version"],
    },
    {
      label: "unknown",
      version: null,
      asOf: "2026-03-01",
      expected: ["medium:Could not verify the ISO/IEC 27001 version"],
    },
  ])("$label", ({ version, asOf, expected }) => {
    const vendor = aVendor({ isoCertificates: [aCertificate({ standardVersion: version, expiryDate: "2027-01-01" })] });
    expect(summary(run(checkIsoVersionCurrent, { vendor, asOf }))).toEqual(expected);
  });

  it("ignores certificates for other standards", () => {
    const vendor = aVendor({ isoCertificates: [aCertificate({ standard: "ISO/IEC 27017", standardVersion: "2015" })] });
    expect(run(checkIsoVersionCurrent, { vendor })).toEqual([]);
  });
});
