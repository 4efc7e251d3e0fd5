// SOC report rules read from blind-10's failures after its measurement (each case fails without its rule): a subservice
// table with a column of the controls expected of each organisation and their criteria, places named under a
// "Locations" heading, services listed one a line without bullet glyphs, an addressee "To the Members of" or "To, The
// Board of Directors,", and a firm that signs for itself over its designation.
import { describe, expect, it } from "vitest";
import { tableSubservices } from "./soc-subservice-table";
import { layoutOf, positionedDocument, type Row } from "./test-support/table-pages";
import { readAs } from "./test-support/read-as";

const S = 8;
const line = (gap: number, ...cells: [string, number][]): Row => ({ cells, size: S, gap });

describe("subservice tables with the controls expected of them", () => {
  it("reads 'Subservice Organization | Services Provided | Complementary Subservice Organization Controls | Criteria'", () => {
    const doc = positionedDocument(
      layoutOf([
        line(0, ["Subservice Organizations", 30]),
        line(
          20,
          ["Subservice Organization", 40],
          ["Services Provided", 160],
          ["Complementary Subservice Organization Controls", 300],
          ["Criteria", 520],
        ),
        line(
          16,
          ["Amazon Web Services, Inc.", 40],
          ["Infrastructure hosting", 160],
          ["Physical access is restricted.", 300],
          ["CC6.4", 520],
        ),
        line(
          16,
          ["Cloudflare, Inc.", 40],
          ["Content delivery", 160],
          ["Edge services are monitored.", 300],
          ["CC6.6", 520],
        ),
      ]),
    );
    expect(tableSubservices(doc)?.map((s) => [s.name, s.service])).toEqual([
      ["Amazon Web Services, Inc.", "Infrastructure hosting"],
      ["Cloudflare, Inc.", "Content delivery"],
    ]);
  });
});

const REPORT = (addressee: string, description: string) =>
  `Independent Service Auditor's Report\n${addressee}\nScope\nWe have examined the description of the Pellmark Ledger Platform (system) for the period January 1, 2025 to June 30, 2025.\nIn our opinion, in all material respects, the description presents the system.\n` +
  `Section III: Description of the Pellmark Ledger Platform\n${description}`;

describe("the system description and the report's parties", () => {
  it("reads every 'in City, Region' under a Locations heading, and services listed one a line after their introduction", () => {
    const r = readAs(
      "soc2_report",
      REPORT(
        "To the Management of Pellmark Systems, Inc.:",
        "The Pellmark Ledger Platform comprises the following services:\nPellmark Gateway — card payment authorisation;\nPellmark Portal — web portal for merchants.\n\n3.2 Locations\nThe head office is in Leeds, United Kingdom. Production runs in its data centre in Manchester, United Kingdom, with backups elsewhere.\n\nPrincipal Service Commitments\n",
      ),
    );
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Leeds, United Kingdom", "Manchester, United Kingdom"]);
    expect(r.facts["in_scope.services"]!.value).toEqual(["Pellmark Gateway", "Pellmark Portal"]);
  });

  it("reads the addressee 'To the Members of' and 'To, / The Board of Directors, / X,'", () => {
    expect(
      readAs("soc2_report", REPORT("To the Members of Pellmark Analytics LLC:", "")).facts.service_organization!.value,
    ).toBe("Pellmark Analytics LLC");
    expect(
      readAs(
        "soc2_report",
        REPORT("To,\nThe Board of Directors,\nPellmark Technologies Private Limited,\nPune, India", ""),
      ).facts.service_organization!.value,
    ).toBe("Pellmark Technologies Private Limited");
  });

  it("names the firm that signs 'For X' over 'Chartered Accountants', and its place from 'Issued by: X, Chartered Accountants, City'", () => {
    const r = readAs(
      "soc2_report",
      "SOC 2 Type II Report\nIssued by: Varma Iyer & Associates, Chartered Accountants, Pune\n" +
        REPORT("To the Management of Pellmark Systems, Inc.:", "") +
        "\nRestricted Use\nThis report is intended solely for the use of Pellmark.\nFor Varma Iyer & Associates\nChartered Accountants\nFirm Registration No. 012345S\n",
    );
    expect(r.facts["auditor.name"]!.value).toBe("Varma Iyer & Associates");
    expect(r.facts["auditor.location"]!.value).toBe("Pune");
  });
});

describe("a bridge letter's referenced report", () => {
  it("reads the report date after 'issued by X, Chartered Accountants, on …'", () => {
    const r = readAs(
      "bridge_letter",
      "Pellmark Software Limited\n1 July 2026\nBridge letter for the period 1 April 2026 to 30 June 2026\nThat report, issued by Ashcombe Price LLP, Chartered Accountants, on 12 June 2026, covered the period 1 April 2025 to 31 March 2026.\n",
    );
    expect(r.facts["referenced_report.report_or_opinion_date"]!.value).toBe("2026-06-12");
  });
});
