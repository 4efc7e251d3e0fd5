// Rules written on the failures of the blind-3a set's half A (docs/extraction.md, "blind-3a"), each on made-up text:
// a result cell that points to a summary table of exceptions, a SOC 1's control objectives as criteria, subservice
// organisations with their product in brackets or carved out by (short) name, a changes heading "Changes to the
// System …", "No security incidents …", a "/s/" signature and a firm above its professional designation, a SOC 1
// system "for processing user entities' transactions", a SOC 3 system "controls within the X were effective" and a
// paragraph about its use, CSOCs "X's controls assume that Y accurately records …", an own data centre and its
// recovery site, and a bridge letter's changes listed without bullet glyphs.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("test results", () => {
  it("reads an exception whose result cell refers to a separate summary of exceptions", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 report. Description of tests of controls. Contents",
        "Summary of Exceptions \t9",
        "Ref \tControl Activity \tTest Procedures \tResults",
        "QX-07 Firewall rules are reviewed",
        "every six months.",
        "CC6.6",
        "Inspected the firewall reviews.",
        "Exception noted. See Exception 1 in the",
        "Summary of Exceptions.",
        "QX-08 Backups are encrypted.",
        "A1.2",
        "Inspected the backup settings.",
        "No exceptions noted.",
      ].join("\n"),
      [
        "Summary of Exceptions",
        "No. Ref \tCriteria Description of Exception \tManagement's Response",
        "1 QX-07 CC6.6 \tFor 1 of 2 half-years sampled, the firewall",
        "review was not performed.",
        "The review is now a recurring",
        "ticket with an owner.",
      ].join("\n"),
    );
    const tests = r.facts["control_tests.exceptions_count"]!;
    expect(tests.value).toBe(1);
    const [ex] = r.facts["control_tests.exceptions"]!.value as {
      criteria: string[];
      deviation: string;
      sample: unknown;
      management_response: string;
      pages: number[];
    }[];
    expect(ex!.deviation).toBe("For 1 of 2 half-years sampled, the firewall review was not performed.");
    expect(ex!.criteria).toEqual(["CC6.6"]);
    expect(ex!.sample).toEqual({ exceptions: 1, sample_size: 2 });
    expect(ex!.management_response).toBe("The review is now a recurring ticket with an owner.");
    expect(ex!.pages).toContain(2);
  });

  it("gives a SOC 1 exception the control objective it is tested under", () => {
    const r = readAs(
      "soc1_report",
      [
        "SOC 1 Type 2 report. Tests of operating effectiveness.",
        "Control Objective 2: Controls provide reasonable assurance that payments are authorised.",
        "No. \tControls Specified by Tallowmere \tTests Performed \tResults of Tests",
        "2.1 Payments above the limit are approved",
        "by a second signatory.",
        "Inspected approvals for a sample of payments.",
        "Exception noted. For 3 of 30 payments sampled, no second approval was recorded.",
        "Control Objective 3: Controls provide reasonable assurance that access is restricted.",
        "3.1 Access is reviewed quarterly.",
        "Inspected the reviews.",
        "No exceptions noted.",
      ].join("\n"),
    );
    const [ex] = r.facts["control_tests.exceptions"]!.value as { criteria: string[] }[];
    expect(ex!.criteria).toEqual(["Control Objective 2"]);
  });
});

describe("subservice organisations", () => {
  it("reads names followed by their product in brackets in a 'uses … as subservice organizations' sentence", () => {
    const r = readAs(
      "soc2_report",
      "Pellow uses Northwind Cloud LLC (Northwind Compute) and Quarry Data, Inc. (Quarry Atlas) as subservice\norganizations. The description excludes the controls of the subservice organizations (carve-out method).",
    );
    const subs = r.facts.subservice_organizations!.value as { name: string; service: string | null }[];
    expect(subs.map((s) => s.name)).toEqual(["Northwind Cloud LLC", "Quarry Data, Inc."]);
    expect(subs[1]!.service).toBe("Quarry Atlas");
    expect(r.facts.subservice_method!.value).toBe("carve-out");
  });

  it("finds an organisation the report carves out by its short name, with its full name", () => {
    const r = readAs(
      "soc2_report",
      "Brindle uses Harrowgate Hosting Company, Inc. (HHC) to host the Brindle Portal. The description includes only the\ncontrols of Brindle and excludes controls of HHC. Our examination did not include the services provided by HHC.",
    );
    expect(r.facts.subservice_method!.value).toBe("carve-out");
    const subs = r.facts.subservice_organizations!.value as { name: string; service: string | null }[];
    expect(subs).toMatchObject([
      { name: "Harrowgate Hosting Company, Inc.", service: "host the Brindle Portal", method: "carve-out" },
    ]);
  });

  it("reads CSOCs stated as what the organisation's controls assume, with an adverb", () => {
    const r = readAs(
      "soc1_report",
      "Subservice Organization\nMarrow Custody LLC holds the assets. Tolland's controls assume that Marrow Custody LLC accurately records\nand reports asset movements.",
    );
    expect((r.facts["csocs.present"]!.value as boolean | null) ?? null).toBe(true);
  });
});

describe("changes and incidents", () => {
  it("reads a 'Changes to the System During the Period' heading and 'No security incidents …' as none", () => {
    const r = readAs(
      "soc2_report",
      [
        "Changes to the System During the Period",
        "There were no significant changes to the system during the period.",
        "System Incidents",
        "No security incidents that affected the achievement of Corvel's service commitments were identified.",
        "Subservice Organizations",
      ].join("\n"),
    );
    expect(r.facts.significant_changes!.value).toBe("None");
    expect(r.facts.incidents!.value).toBe("None");
  });
});

describe("auditor's signature", () => {
  const report = (signature: string[]) =>
    readAs(
      "soc2_report",
      ["Opinion", "In our opinion, the controls were effective in all material respects.", ...signature].join("\n"),
    );

  it("reads a firm after a typed '/s/' mark", () => {
    expect(
      report(["/s/ Pennick Ode & Partners LLP", "Tulsa, Oklahoma", "March 3, 2026"]).facts["auditor.name"]!.value,
    ).toBe("Pennick Ode & Partners LLP");
  });

  it("reads a firm without a legal form from the line above its professional designation", () => {
    const r = report(["Harlow Vance", "Chartered Accountants", "Perth, Western Australia", "2 September 2026"]);
    expect(r.facts["auditor.name"]!.value).toBe("Harlow Vance");
    expect(r.facts["auditor.location"]!.value).toBe("Perth, Western Australia");
  });
});

describe("system, services and locations", () => {
  it("reads a SOC 1 system 'for processing user entities' transactions'", () => {
    const r = readAs(
      "soc1_report",
      "We have examined Tolland Pay, Inc.'s (Tolland) description of its Payroll and Benefits\nServices System for processing user entities' transactions throughout the period July 1, 2025 to June 30, 2026.",
    );
    expect(r.facts.system_name!.value).toBe("Payroll and Benefits Services System");
  });

  it("reads a SOC 3 system from 'controls within the X were effective' and a paragraph about its use", () => {
    const r = readAs(
      "soc3_report",
      "We have examined management's assertion that the controls within the Wrenfield Board\nPortal were effective throughout the period 1 July 2025 to 30 June 2026.",
      "Attachment A\nThe Wrenfield Board Portal is used by company secretaries to circulate board papers.",
    );
    expect(r.facts.system_name!.value).toBe("Wrenfield Board Portal");
    expect(r.facts["in_scope.services"]!.value).toEqual(["Wrenfield Board Portal"]);
  });

  it("reads the organisation's own data centre and its recovery site, with their regions", () => {
    const r = readAs(
      "soc1_report",
      "Tolland Pay, Inc. is headquartered in Dover, Delaware and has an office in Moncton, New Brunswick.\nThe system is hosted in Tolland's own data centre in Dover with a recovery site in Moncton.",
    );
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Dover, Delaware", "Moncton, New Brunswick"]);
  });
});

describe("bridge letters", () => {
  it("reads changes listed after 'other than the changes listed below' when the bullets left no glyph", () => {
    const r = readAs(
      "bridge_letter",
      [
        "March 2, 2027",
        "Our most recent SOC 2 Type 2 report covered the period January 1, 2026 to December 31, 2026.",
        "Management confirms that, other than the changes listed below, there have been no material changes",
        "to the system during this period:",
        "On January 20, 2027, Corvel replaced its ticketing tool with a new",
        "service. Corvel reviewed the provider's SOC 2 report.",
        "In February 2027 Corvel moved its backups to a second region.",
        "Management is not aware of any security incidents during this period.",
        "Sincerely,",
      ].join("\n"),
    );
    const changes = r.facts.material_changes_disclosed!.value as string;
    expect(changes).toMatch(/^On January 20, 2027, Corvel replaced/);
    expect(changes).toMatch(/In February 2027 Corvel moved its backups to a second region\.$/);
  });
});

// Written after half B was measured (its failures read): a letter over two reports in one table, numbered and
// wrapped section headings, and a run-on "uses" sentence followed by one about the subservice organisations' controls.
describe("after half B", () => {
  it("reads a bridge letter over a SOC 1 and a SOC 2 listed in one table for its SOC 2 row", () => {
    const r = readAs(
      "bridge_letter",
      [
        "February 10, 2027",
        "Re: Bridge letter for the period January 1, 2027 through January 31, 2027",
        'Pelham Ledger, Inc. ("Pelham") engages Orrin Vale LLP to examine its controls. Our two most recent reports are:',
        "Report \tPeriod covered \tReport date \tService auditor",
        "SOC 1 Type 2 - internal control over financial reporting",
        "January 1, 2026 to",
        "December 31, 2026",
        "January 20,",
        "2027",
        "Orrin Vale LLP",
        "SOC 2 Type 2 - Security",
        "April 1, 2026 to",
        "December 31, 2026",
        "January 27,",
        "2027",
        "Orrin Vale LLP",
        "Both reports end on December 31, 2026, and no report covers the time since.",
        "We confirm that there have been no material changes to the system during the bridge period.",
        "Sincerely,",
      ].join("\n"),
    );
    expect(r.facts["referenced_report.auditor"]!.value).toBe("Orrin Vale LLP");
    expect(r.facts["referenced_report.period_start"]!.value).toBe("2026-04-01");
    expect(r.facts["referenced_report.period_end"]!.value).toBe("2026-12-31");
    expect(r.facts["referenced_report.report_or_opinion_date"]!.value).toBe("2027-01-27");
  });

  it("reads numbered section headings, one wrapped after a small word", () => {
    const r = readAs(
      "soc2_report",
      [
        "8. Significant changes during the",
        "period",
        "In May 2026 Tarrow moved its backups to a second region. No",
        "other significant changes occurred.",
        "9. Incidents",
        "No incidents requiring disclosure occurred during the period.",
        "10. Subservice organisations",
      ].join("\n"),
    );
    expect(r.facts.significant_changes!.value).toBe("In May 2026 Tarrow moved its backups to a second region.");
    expect(r.facts.incidents!.value).toBe("None");
  });

  it("reads 'uses A for x and B for y' when the next sentence speaks of the subservice organisations' controls", () => {
    const r = readAs(
      "soc3_report",
      "Corvel uses Northwind Cloud, Inc. for cloud hosting and Quayside Carrier Networks, Inc. for call\ntermination. The description of the boundaries of the system indicates that complementary subservice\norganization controls are necessary. It excludes the controls of the subservice organizations.",
    );
    const subs = r.facts.subservice_organizations!.value as { name: string }[];
    expect(subs.map((s) => s.name)).toEqual(["Northwind Cloud, Inc.", "Quayside Carrier Networks, Inc."]);
  });
});
