import { describe, expect, it } from "vitest";
import { aCertificate, aService, aSocReport, aVendor, run } from "../testing/builders";
import { checkLocationsCovered } from "./locations-covered";

describe("checkLocationsCovered", () => {
  it.each([
    {
      label: "US region, US location",
      places: ["Virginia, United States"],
      regions: ["US"],
      locations: [],
      expected: [],
    },
    {
      label: "EU region, Irish data centre",
      places: ["Dublin, Ireland"],
      regions: ["EU"],
      locations: [],
      expected: [],
    },
    {
      label: "EU region, US only",
      places: ["Boston, MA United States"],
      regions: ["EU"],
      locations: [],
      expected: ["soc2-2025:region:EU"],
    },
    {
      label: "Germany needed, Ireland covered",
      places: ["Dublin, Ireland"],
      regions: ["EU"],
      locations: ["Germany"],
      expected: ["soc2-2025:germany"],
    },
    {
      label: "USA = United States",
      places: ["Quincy, WA, USA"],
      regions: ["US"],
      locations: ["United States"],
      expected: [],
    },
    {
      label: "a city matched by name",
      places: ["Frankfurt am Main"],
      regions: ["EU"],
      locations: ["Frankfurt"],
      expected: [],
    },
    // The buyer named only a region: nothing to test a silent document against.
    {
      label: "no locations listed, buyer names only a region",
      places: null,
      regions: ["US"],
      locations: [],
      expected: [],
    },
    {
      label: "no locations listed, buyer names a place",
      places: null,
      regions: ["US"],
      locations: ["Texas"],
      expected: ["soc2-2025"],
    },
  ])("$label", ({ places, regions, locations, expected }) => {
    const vendor = aVendor({ socReports: [aSocReport({ inScopeLocations: places })] });
    const service = aService({ regions: regions as ("US" | "EU")[], locations });
    expect(run(checkLocationsCovered, { vendor, service }).map((gap) => gap.subject)).toEqual(expected);
  });

  it("reads certificate sites", () => {
    const vendor = aVendor({
      socReports: [],
      isoCertificates: [aCertificate({ sites: ["Hyderabad, Telangana, India"] })],
    });
    expect(
      run(checkLocationsCovered, { vendor, service: aService({ regions: ["UK"] }) }).map((gap) => gap.subject),
    ).toEqual(["iso-27001:region:UK"]);
  });
});
