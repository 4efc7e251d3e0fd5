// The system description's own lists: offerings bulleted as "Name: what it is" under a services heading, and the places
// named under a "Locations" heading (read from blind-9's failures after its measurement; each case fails without its
// rule).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const REPORT = (description: string) =>
  `Independent Service Auditor's Report\nTo the Management of Quillfield Data, Inc.:\nScope\nWe have examined Quillfield Data, Inc.'s accompanying description of its Quillfield Reporting Platform (system) titled "Description of the Quillfield Reporting Platform" for the period January 1, 2025 to June 30, 2025.\n` +
  `Section III: Description of the Quillfield Reporting Platform\n${description}`;

describe("services bulleted under their heading", () => {
  it("takes each bullet's name when every bullet names an offering and says what it is", () => {
    const r = readAs(
      "soc2_report",
      REPORT(
        "Services Provided\n• Quillfield Reports: scheduled financial reporting for lenders\n• Quillfield Feeds – data ingestion connectors\n\nPrincipal Service Commitments\n",
      ),
    );
    expect(r.facts["in_scope.services"]!.value).toEqual(["Quillfield Reports", "Quillfield Feeds"]);
  });

  it("leaves a list of plain sentences to the other rules", () => {
    const r = readAs(
      "soc2_report",
      REPORT("Services Provided\n• hosting of customer reports in the cloud\n• support by e-mail\n"),
    );
    expect(r.facts["in_scope.services"]!.value).not.toContain("hosting of customer reports in the cloud");
  });
});

describe("locations under their heading", () => {
  it("reads the two places of the sentence under a 'Locations' heading, offices included", () => {
    const r = readAs(
      "soc2_report",
      REPORT(
        "Locations\nThe system is operated by personnel located at the Company's offices in Boise, Idaho and Tulsa, Oklahoma. Production runs in the cloud.\n",
      ),
    );
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Boise, Idaho", "Tulsa, Oklahoma"]);
  });
});
