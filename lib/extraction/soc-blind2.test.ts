// SOC report rules written on the failures of the blind-2 set (docs/extraction.md, "blind-2"), each on made-up text:
// the addressee "Board of Directors and Management", a system named after "description of", a services section about
// the system, places named in a sentence, CSOCs stated as expectations, a point-in-time report that describes no
// changes, one CUEC per restated sentence, a criterion read from a control id, a deviation counted in its next
// sentence, a signature's place (not a sentence ending in a date), a table of subservice organisations with a
// treatment per row, and "Exception noted –".
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("organisation, system and services", () => {
  it("reads the addressee after 'Board of Directors and Management of' and the system after 'description of the'", () => {
    const r = readAs(
      "soc2_report",
      [
        "Independent Service Auditor's Report",
        "To the Board of Directors and Management of Brackwater Tides, Inc.",
        "Scope",
        "We have examined the accompanying description of the Harbour Ledger of Brackwater Tides, Inc. (“Brackwater”)",
        "as of May 31, 2026 (the “description”), and the suitability of the design of controls.",
      ].join("\n"),
    );
    expect(r.facts.service_organization!.value).toBe("Brackwater Tides, Inc.");
    expect(r.facts.system_name!.value).toBe("Harbour Ledger");
    expect(r.facts["in_scope.services"]!.value).toEqual(["Harbour Ledger"]);
  });

  it("reads a system after the organisation's possessive and its short name in brackets", () => {
    const r = readAs(
      "soc2_report",
      "Description of Tests of Controls\nWe have prepared the accompanying description of Quillmore Health, Inc.'s (“Quillmore”) Ward Rota\nPlanner throughout the period January 1, 2025 through December 31, 2025 (the “description”).",
    );
    expect(r.facts.system_name!.value).toBe("Ward Rota Planner");
  });

  it("takes a SOC 3's services section that opens with the system as its service", () => {
    const r = readAs(
      "soc3_report",
      "To the Directors of Fellgate Identity Limited\nThe controls within the Fellgate Sign-In Service (the “system”) were effective.",
      "Company overview. Fellgate Identity Limited provides identity services.\nServices. The Fellgate Sign-\nIn Service lets citizens sign in once.",
    );
    expect(r.facts.service_organization!.value).toBe("Fellgate Identity Limited");
    expect(r.facts["in_scope.services"]!.value).toEqual([r.facts.system_name!.value]);
    expect(r.facts["in_scope.services"]!.page).toBe(2);
  });
});

describe("locations named in a sentence", () => {
  it("reads the organisation's own data centres", () => {
    const r = readAs(
      "soc3_report",
      "Brisworth operates the system from its own data centre suites in Leeds and Bristol, United Kingdom, and uses no subservice organisations.",
    );
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Leeds, United Kingdom", "Bristol, United Kingdom"]);
  });

  it("reads two 'City, State' places where the system's servers run, not an office", () => {
    const servers = readAs(
      "soc3_report",
      "Infrastructure\nThe storage clusters run on company-owned servers in Reno, Nevada (primary) and Boise, Idaho (replica).",
    );
    expect(servers.facts["in_scope.locations"]!.value).toEqual(["Reno, Nevada", "Boise, Idaho"]);
    const offices = readAs("soc3_report", "The company has offices in Reno, Nevada and Boise, Idaho.");
    expect(offices.facts["in_scope.locations"]!.value).toBeNull();
  });
});

describe("complementary subservice organisation controls stated without a heading", () => {
  const csocs = (sentence: string) =>
    readAs(
      "soc2_report",
      `Subservice Organizations\nTarnby uses Nimbus Hosting, Inc. to host the platform (the carve-out method).\n${sentence}`,
    ).facts["csocs.present"]!.value;

  it("reads 'expects them to have the following types of controls'", () => {
    expect(
      csocs("Tarnby expects them to have the following types of controls in place:\n• restricting physical access."),
    ).toBe(true);
  });
  it("reads 'X's controls assume that <organisation> restricts …' and 'X assumes that …'", () => {
    expect(csocs("Tarnby's controls assume that Nimbus Hosting restricts physical access to its data centres.")).toBe(
      true,
    );
    expect(csocs("Tarnby assumes that Nimbus restricts physical access to its data centres.")).toBe(true);
  });
  it("reads 'on the assumption that the following complementary subservice organisation controls are in place'", () => {
    expect(
      csocs(
        "Tarnby's controls were designed on the assumption that the following complementary subservice organisation controls are in place at Nimbus:",
      ),
    ).toBe(true);
  });
});

describe("changes and CUECs", () => {
  it("does not read 'no changes during a period are described' of a point-in-time report as 'None'", () => {
    const r = readAs(
      "soc2_report",
      "Significant Changes and Incidents\nBecause this is a report as of a point in time, no changes during a period are described. No security incidents were identified.",
    );
    expect(r.facts.significant_changes!.value).toBeNull();
    expect(r.facts.incidents!.value).toBe("None");
  });

  it("counts one CUEC per paragraph when every paragraph restates 'User entities are responsible for'", () => {
    const r = readAs(
      "soc2_report",
      [
        "Complementary User Entity Controls",
        "User entities are responsible for provisioning their own users' access and",
        "for reviewing that access periodically.",
        "User entities are responsible for protecting the API keys issued to them.",
        "User entities are responsible for notifying Tarnby of suspected incidents.",
      ].join("\n"),
    );
    expect(r.facts["cuecs.count"]!.value).toBe(3);
  });
});

describe("test results", () => {
  const TYPE2 = "SOC 2 Type 2 Report\n";
  const exceptions = (...pages: string[]) =>
    readAs("soc2_report", TYPE2 + pages[0]!, ...pages.slice(1)).facts["control_tests.exceptions"]!.value as {
      criteria: string[];
      deviation: string;
      sample: { exceptions: number; sample_size: number } | null;
    }[];

  it("reads the criterion from a control id that begins with it ('CC6.3.1 …'), past a 'For a sample of' test", () => {
    const [e] = exceptions(
      [
        "CC6 — Logical and Physical Access Controls",
        "CC6.3.1 User access is reviewed quarterly by",
        "system owners.",
        "For a sample of quarters, inspected the",
        "completed access review.",
        "Exception noted. For 1 of 4",
        "quarterly reviews sampled, the review was late.",
      ].join("\n"),
    );
    expect(e!.criteria).toEqual(["CC6.3"]);
  });

  it("keeps the count told in the sentence after the finding", () => {
    const [e] = exceptions(
      [
        "CC7.2 K-7.2a Alerts are sent to the on-call engineer.",
        "Inspected alert routing.",
        "Exception noted. Alerts raised between",
        "August 4, 2025 and November 28, 2025 were not triaged. For 14 of 25",
        "alerts sampled, there was no evidence of triage.",
        "CC7.3 K-7.3a Security events are evaluated.",
      ].join("\n"),
    );
    expect(e!.criteria).toEqual(["CC7.2"]);
    expect(e!.sample).toEqual({ exceptions: 14, sample_size: 25 });
    expect(e!.deviation).toMatch(/not triaged\. For 14 of 25 alerts sampled, there was no evidence of triage\.$/);
  });

  it("drops the dash after 'Exception noted –' from the deviation", () => {
    const [e] = exceptions(
      "PI1.3 PI1.3-1 Processing jobs are reconciled.\nInspected reconciliations.\nException noted – for 1 of 40 runs sampled, the difference was not investigated.",
    );
    expect(e!.deviation).toBe("for 1 of 40 runs sampled, the difference was not investigated.");
  });
});

describe("signature block and subservice organisations", () => {
  it("takes the signature's place and date, not a restricted-use sentence that ends in a date", () => {
    const r = readAs(
      "soc2_report",
      [
        "Opinion",
        "In our opinion, in all material respects, the description presents the system.",
        "Restricted Use",
        "This report is intended solely for the information",
        "and use of Tarnby, user entities of the system during some or all of the period 1 April 2025",
        "through 31 March 2026, and their auditors.",
        "Ashcombe Ryle Assurance LLP",
        "Cork, Ireland",
        "12 June 2026",
      ].join("\n"),
    );
    expect(r.facts.report_date!.value).toBe("2026-06-12");
    expect(r.facts["auditor.location"]!.value).toBe("Cork, Ireland");
  });

  it("does not run a name list across sentences to a later 'as a subservice organisation'", () => {
    const r = readAs(
      "soc2_report",
      "Tarnby uses Nimbus Cloud Operations Limited (Nimbus) to host the system. The description excludes the controls of the subservice organisation (carve-out method).\nSection 2\nTarnby uses Nimbus Cloud Operations\nLimited (Nimbus) as a subservice organisation; the description excludes its controls.",
    );
    const subs = r.facts.subservice_organizations!.value as { name: string }[];
    expect(subs.map((s) => s.name)).toEqual(["Nimbus Cloud Operations Limited (Nimbus)"]);
  });

  it("reads each row of a subservice table with wrapped cells and its own treatment; both methods read as carve-out", () => {
    const r = readAs(
      "soc2_report",
      [
        "Tarnby uses Quern Tax Services, Inc., whose controls are included (the inclusive method), and Nimbus Hosting, Inc., whose controls are excluded (the carve-out method).",
        "Subservice Organizations",
        "Subservice organization Services provided Treatment in this report",
        "Quern Tax Services, Inc. Preparation and filing of federal",
        "payroll tax returns",
        "Inclusive: controls QT-01 to QT-04",
        "are tested in Section Five",
        "Nimbus Hosting, Inc. Hosting of the production environment",
        "Carve-out: controls excluded;",
        "Tarnby assumes that Nimbus restricts physical access to its data centres to authorised personnel (CC6.4).",
      ].join("\n"),
    );
    expect(r.facts.subservice_method!.value).toBe("carve-out");
    expect(r.facts.subservice_organizations!.value).toMatchObject([
      {
        name: "Quern Tax Services, Inc.",
        service: "Preparation and filing of federal payroll tax returns",
        method: "inclusive",
      },
      { name: "Nimbus Hosting, Inc.", service: "Hosting of the production environment", method: "carve-out" },
    ]);
    expect(r.facts["csocs.present"]!.value).toBe(true);
  });
});
