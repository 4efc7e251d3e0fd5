import { describe, expect, it } from "vitest";
import { scoreVendor } from "../score";
import { defaultCriteriaFor } from "../presets";
import { foreignDocuments } from "../register/reliance";
import { aService, aSocReport, aSubprocessorList, aVendor } from "../testing/builders";

describe("documents naming another organisation than the vendor", () => {
  it.each([
    { vendor: "GitHub, Inc.", organisation: "Microsoft Corporation - Microsoft Azure", foreign: true },
    { vendor: "Kandra Labs, Inc.", organisation: "GSI, Inc.", foreign: true },
    { vendor: "GSI, Inc.", organisation: "GSI, Inc.", foreign: false },
    { vendor: "Axisphere Mediaworx LLP", organisation: "AXISPHERE MEDIA WORX LLP", foreign: false },
    { vendor: "HackerBay, Inc.", organisation: "OneUptime", foreign: false, systems: ["OneUptime"] },
    { vendor: "Neon Inc.", organisation: "Neon Inc. (a Databricks company)", foreign: false },
  ])("$organisation for $vendor -> foreign: $foreign", ({ vendor, organisation, foreign, systems = [] }) => {
    const evidence = aVendor({ vendorName: vendor, socReports: [aSocReport({ serviceOrganization: organisation })] });
    const found = foreignDocuments(evidence, aService({ systems, contractedEntity: null, name: "Service" }));
    expect(found.length > 0).toBe(foreign);
  });

  it("leaves another company's documents out of the evidence, flags each once, never reconciles them", () => {
    const vendor = aVendor({
      vendorName: "GitHub, Inc.",
      socReports: [aSocReport({ serviceOrganization: "Microsoft Corporation", kind: "soc3", type: null })],
      subprocessorLists: [aSubprocessorList(["Stripe"], { organisation: "GitHub, Inc." })],
    });
    const service = aService({ contractedEntity: "GitHub, Inc.", systems: ["Copilot"] });
    const gaps = scoreVendor({
      vendor,
      service,
      criteria: defaultCriteriaFor(["US"], "high"),
      asOf: "2026-03-01",
    }).gaps;
    expect(gaps.filter((gap) => gap.checkId === "document-names-vendor").map((gap) => gap.severity)).toEqual([
      "medium",
    ]);
    expect(gaps.map((gap) => gap.checkId)).not.toContain("subprocessors-reconcile");
    expect(gaps.map((gap) => gap.checkId)).not.toContain("soc-report-kind-accepted");
    expect(gaps.map((gap) => gap.checkId)).toContain("required-evidence-on-file");
  });
});
