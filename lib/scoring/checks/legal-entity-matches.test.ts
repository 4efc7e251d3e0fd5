import { describe, expect, it } from "vitest";
import { aCertificate, aService, aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkLegalEntityMatches } from "./legal-entity-matches";

describe("checkLegalEntityMatches", () => {
  it.each([
    { label: "same name", entity: "Acme Cloud, Inc.", contracted: "Acme Cloud, Inc.", expected: [] },
    {
      label: "legal form and punctuation differ",
      entity: "ACME CLOUD INC",
      contracted: "Acme Cloud, Inc.",
      expected: [],
    },
    {
      label: "spacing differs",
      entity: "AXISPHERE MEDIA WORX LLP",
      contracted: "Axisphere Mediaworx LLP",
      expected: [],
    },
    {
      label: "different company",
      entity: "HackerBay, Inc.",
      contracted: "OneUptime Limited",
      expected: ["high:Issued to a different legal entity than the contracted one"],
    },
    {
      label: "document names nobody",
      entity: null,
      contracted: "Acme Cloud, Inc.",
      expected: ["low:Could not verify who the document was issued to"],
    },
    {
      label: "contract entity not recorded",
      entity: "Acme Cloud, Inc.",
      contracted: null,
      expected: ["low:Could not verify the legal entity"],
    },
  ])("$label", ({ entity, contracted, expected }) => {
    const vendor = aVendor({ socReports: [aSocReport({ serviceOrganization: entity })] });
    expect(
      summary(run(checkLegalEntityMatches, { vendor, service: aService({ contractedEntity: contracted }) })),
    ).toEqual(expected);
  });

  it("checks certificate holders", () => {
    const vendor = aVendor({ socReports: [], isoCertificates: [aCertificate({ holder: "Other Holdings Ltd" })] });
    expect(run(checkLegalEntityMatches, { vendor }).map((gap) => gap.subject)).toEqual(["iso-27001"]);
  });
});
