import { describe, expect, it } from "vitest";
import { aCertificate, aVendor, run, summary } from "../testing/builders";
import { checkIsoSoaReference } from "./iso-soa-reference";

describe("checkIsoSoaReference", () => {
  it.each([
    {
      label: "2022, none printed",
      cert: { standardVersion: "2022", soaReference: null },
      expected: ["low:Certificate cites no Statement of Applicability"],
    },
    { label: "2022, SoA cited", cert: { standardVersion: "2022", soaReference: "v3 2025-01-10" }, expected: [] },
    {
      label: "2022, SoA in the scope text",
      cert: {
        standardVersion: "2022",
        soaReference: null,
        scopeStatement: "ISMS per the Statement of Applicability v2",
      },
      expected: [],
    },
    { label: "2022, not extracted", cert: { standardVersion: "2022" }, expected: [] },
    { label: "2013 certificate", cert: { standardVersion: "2013", soaReference: null }, expected: [] },
  ])("$label", ({ cert, expected }) => {
    const vendor = aVendor({ isoCertificates: [aCertificate(cert)] });
    expect(summary(run(checkIsoSoaReference, { vendor }))).toEqual(expected);
  });
});
