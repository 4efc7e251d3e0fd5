import { describe, expect, it } from "vitest";
import { aSocReport, aSubprocessorList, aVendor } from "../testing/builders";
import { documentsNamingAnotherOrganisation } from "./reliance";

describe("documentsNamingAnotherOrganisation: flagged when the analyst confirms", () => {
  const github = aSubprocessorList(["Microsoft Azure"], {
    documentId: "gh-list",
    organisation: "GitHub, Inc.",
    sources: { organisation: { page: 1, quote: "GitHub Subprocessors" } },
  });
  const own = aSocReport({ documentId: "acme-soc2", serviceOrganization: "Acme Cloud, Inc." });
  const vendor = aVendor({ vendorName: "Acme Cloud", socReports: [own], subprocessorLists: [github] });

  it("names another company's list, not the vendor's own report", () => {
    const found = documentsNamingAnotherOrganisation(vendor, [
      { name: "Payroll", systems: ["Acme Platform"], contractedEntity: null },
    ]);
    expect(found.map((doc) => [doc.documentId, doc.organisation])).toEqual([["gh-list", "GitHub, Inc."]]);
  });

  it("works with no service recorded, and accepts a product name any service gives", () => {
    expect(documentsNamingAnotherOrganisation(vendor, []).map((doc) => doc.documentId)).toEqual(["gh-list"]);
    const asProduct = [
      { name: "Payroll", systems: [], contractedEntity: null },
      { name: "Code hosting", systems: ["GitHub"], contractedEntity: null },
    ];
    expect(documentsNamingAnotherOrganisation(vendor, asProduct)).toEqual([]);
  });
});
