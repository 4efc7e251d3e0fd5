// Made-up text (soc11 dev set's half A and the other ways firms print the same thing).
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract-document";
import { sampleOf } from "./soc-row-words";
import { readAs } from "./test-support/read-as";
import { layoutOf, positionedDocument, type Row } from "./test-support/table-pages";

const OPINION =
  "In our opinion, in all material respects, the description presents the Harlow Ledger Platform that was designed and implemented throughout the period January 1, 2026 to June 30, 2026.";

function signed(...lines: string[]) {
  const r = readAs("soc2_report", [OPINION, ...lines].join("\n"));
  return {
    date: r.facts["report_date"]!.value,
    firm: r.facts["auditor.name"]!.value,
    place: r.facts["auditor.location"]!.value,
  };
}

describe("a place and date on one line, set apart by a dash, a bar, a comma or 'on'", () => {
  it("reads a three-part place before an em dash and the firm's civil-company form (S.C.)", () => {
    expect(signed("Ibarra Lozano y Asociados, S.C.", "Monterrey, N.L., Mexico — March 20, 2026")).toEqual({
      date: "2026-03-20",
      firm: "Ibarra Lozano y Asociados, S.C.",
      place: "Monterrey, N.L., Mexico",
    });
  });

  it("reads a place and date set apart by a bar", () => {
    expect(signed("Corliss Vane LLP", "Boston, Massachusetts | March 3, 2026")).toEqual({
      date: "2026-03-03",
      firm: "Corliss Vane LLP",
      place: "Boston, Massachusetts",
    });
  });

  it("reads an accented three-part place before a comma and a day-first date", () => {
    expect(signed("Tavares Lima Auditores Ltda.", "São Paulo, SP, Brazil, 10 March 2026")).toEqual({
      date: "2026-03-10",
      firm: "Tavares Lima Auditores Ltda.",
      place: "São Paulo, SP, Brazil",
    });
  });

  it("reads 'Issued at <place> on <date>' without its lead and 'on'", () => {
    expect(signed("Signed: Sawtooth Point CPAs, PLLC", "Issued at Boise, Idaho on November 6th, 2026").place).toBe(
      "Boise, Idaho",
    );
  });

  it("reads a city alone after 'Signed at' and keeps a closing abbreviation's full stop", () => {
    expect(signed("Mokoena Ferreira Inc.", "Signed at Cape Town on 3 March 2026")).toEqual({
      date: "2026-03-03",
      firm: "Mokoena Ferreira Inc.",
      place: "Cape Town",
    });
    expect(signed("Kessler Winthrop LLC", "Chicago, Illinois, U.S.A.", "May 8, 2026").place).toBe(
      "Chicago, Illinois, U.S.A.",
    );
  });

  it("reads a three-part place on its own line over the date", () => {
    expect(signed("Vantresca Moyo LLP", "Toronto, Ontario, Canada", "March 31, 2026").place).toBe(
      "Toronto, Ontario, Canada",
    );
  });
});

describe("a sentence that ends in a date on a line of its own", () => {
  it("is not the signature's date line", () => {
    const r = readAs(
      "soc2_report",
      [
        "In our opinion, in all material respects, the controls operated effectively throughout the period January 1, 2025 to",
        "December 31, 2025.",
        "Restricted Use",
        "/s/ Marlowe Pike LLP",
        "Raleigh, North Carolina",
        "February 6, 2026",
      ].join("\n"),
    );
    expect(r.facts["report_date"]!.value).toBe("2026-02-06");
    expect(r.facts["auditor.location"]!.value).toBe("Raleigh, North Carolina");
  });
});

describe("firms named '& Co.' or over a designation with its licensing country", () => {
  it("reads '& Co.' over 'Certified Public Accountants (Isr.)'", () => {
    expect(
      signed("Barak, Levinson & Co.", "Certified Public Accountants (Isr.)", "Tel Aviv, Israel", "October 29, 2026"),
    ).toEqual({ date: "2026-10-29", firm: "Barak, Levinson & Co.", place: "Tel Aviv, Israel" });
  });

  it("reads '& Company' and a firm with no legal form over 'Chartered Accountants (SA)'", () => {
    expect(signed("Halden Moss & Company", "Johannesburg, South Africa", "12 February 2026").firm).toBe(
      "Halden Moss & Company",
    );
    expect(
      signed("Mokoena Ferreira Inc", "Chartered Accountants (SA)", "Registered Auditors", "Cape Town", "3 March 2026")
        .firm,
    ).toBe("Mokoena Ferreira Inc");
    expect(signed("Ndlovu Marais", "Chartered Accountants (SA)", "Durban, South Africa", "3 March 2026").firm).toBe(
      "Ndlovu Marais",
    );
  });
});

function services(...lines: string[]) {
  return readAs("soc2_report", ["Report on Harlow's Description of Its Harlow Ledger Platform", ...lines].join("\n"))
    .facts["in_scope.services"]!.value;
}

describe("services listed one a line under a line that introduces them", () => {
  it("reads unmarked 'Name — what it is' lines under 'Services in scope:'", () => {
    expect(
      services(
        "Services Covered by the Report",
        "Services in scope:",
        "Caldera Drive — file storage and sharing",
        "Caldera Markup — drawing review and annotation",
        "Locations",
      ),
    ).toEqual(["Caldera Drive", "Caldera Markup"]);
  });

  it("reads bare marked names under 'The services covered by this description are:'", () => {
    expect(
      services("The services covered by this description are:", "• Mossbank Bureau Payroll", "• Mossbank ePayslip", ""),
    ).toEqual(["Mossbank Bureau Payroll", "Mossbank ePayslip"]);
  });

  it("reads 'Name: what it is' lines under 'In-scope applications:'", () => {
    expect(
      services(
        "In-scope applications:",
        "Harrowfield Collect: event collection SDKs",
        "Harrowfield Profiles: identity resolution",
      ),
    ).toEqual(["Harrowfield Collect", "Harrowfield Profiles"]);
  });

  it("does not take an introduction of subservice organisations for the services", () => {
    expect(
      services(
        "The system uses the services of the following subservice organizations:",
        "Amazon Web Services: cloud hosting",
        "Twilio Inc.: messaging",
      ),
    ).not.toEqual(["Amazon Web Services", "Twilio Inc."]);
  });
});

describe("an introduction whose sentence is about something else", () => {
  it("does not read roles introduced after a sentence that mentions a product", () => {
    expect(
      services(
        "Teams include Engineering, Product Management, etc. The personnel has also been assigned to the following key roles:",
        "Senior Management: carries the ultimate responsibility",
        "Security Officer: runs the security programme",
      ),
    ).not.toEqual(["Senior Management", "Security Officer"]);
  });
});

describe("services told in a sentence with other verbs and endings", () => {
  it("reads 'The system supports three offerings: A, B and C, used by …'", () => {
    expect(
      services(
        "The system supports three offerings: Oriel Visit, Oriel Messages and Oriel Scheduling, used by clinics.",
      ),
    ).toEqual(["Oriel Visit", "Oriel Messages", "Oriel Scheduling"]);
  });

  it("reads 'The platform encompasses A, B and C.' and 'is made available as A and B, accessed …'", () => {
    expect(services("The platform encompasses Tarn Ledger, Tarn Payables and Tarn Close.")).toEqual([
      "Tarn Ledger",
      "Tarn Payables",
      "Tarn Close",
    ]);
    expect(services("The system is made available as Tarn Web and Tarn Mobile, accessed through a browser.")).toEqual([
      "Tarn Web",
      "Tarn Mobile",
    ]);
  });
});

function subservices(...lines: string[]) {
  const r = readAs("soc2_report", [OPINION, ...lines].join("\n"));
  return (r.facts["subservice_organizations"]!.value ?? []) as { name: string; service: string | null }[];
}

describe("subservice organisations named with other verbs than 'uses … to provide'", () => {
  it("reads 'relies on A for x and on B for y' followed by the carve-out method", () => {
    const subs = subservices(
      "Oriel relies on Google LLC for cloud hosting and on Vonage Holdings Corp. for video and telephony services. These subservice organizations are excluded from the boundaries of the system (the carve-out method).",
    );
    expect(subs.map((s) => [s.name, s.service])).toEqual([
      ["Google LLC", "cloud hosting"],
      ["Vonage Holdings Corp.", "video and telephony services"],
    ]);
  });

  it("reads 'utilizes A to provide x and B to provide y'", () => {
    const subs = subservices(
      "Acme utilizes Amazon Web Services, Inc. to provide hosting and Twilio Inc. to provide messaging. The carve-out method has been used for these subservice organizations.",
    );
    expect(subs.map((s) => s.name)).toEqual(["Amazon Web Services, Inc.", "Twilio Inc."]);
  });

  it("reads a single 'uses A for x.' whose next sentence names the carve-out method", () => {
    const subs = subservices(
      "Tavor uses Microsoft Corporation for Azure hosting. The controls of Microsoft Corporation are not included in the scope of this report (carve-out method).",
    );
    expect(subs.map((s) => [s.name, s.service])).toEqual([["Microsoft Corporation", "Azure hosting"]]);
  });

  it("reads a single 'leverages A to provide x.' called the subservice organization after", () => {
    const subs = subservices(
      "The carve-out method is used. Acme leverages Google LLC to provide cloud hosting. Our examination did not include the services provided by the subservice organization.",
    );
    expect(subs.map((s) => s.name)).toEqual(["Google LLC"]);
  });

  it("does not take a tool used for a task for a subservice organisation", () => {
    const subs = subservices(
      "Subservice organizations are carved out (carve-out method). Engineers use Jira for tracking. Acme uses Atlassian Jira for ticketing.",
      "Our examination covered the remaining controls.",
    );
    expect(subs.map((s) => s.name)).not.toContain("Atlassian Jira");
  });
});

describe("a subservice table's rows joined by a space, names in other legal forms", () => {
  it("reads names ending 'S.A. de C.V.', 'Co., Ltd.' and 'Pte. Ltd.' before a lower-case service", () => {
    const subs = subservices(
      "The carve-out method has been used in this report.",
      "Subservice Organization Services Provided",
      "Oracle de México, S.A. de C.V. cloud infrastructure",
      "Ishikari Datacenter Co., Ltd. colocation data center services",
      "Merlion Hosting Pte. Ltd. Managed hosting in Singapore",
    );
    expect(subs.map((s) => [s.name, s.service])).toEqual([
      ["Oracle de México, S.A. de C.V.", "cloud infrastructure"],
      ["Ishikari Datacenter Co., Ltd.", "colocation data center services"],
      ["Merlion Hosting Pte. Ltd.", "Managed hosting in Singapore"],
    ]);
  });
});

const L = (gap: number, ...cells: [string, number][]): Row => ({ cells, size: 8, gap });

function readSocPositioned(...pages: Row[][]) {
  const doc = positionedDocument(...pages.map((rows) => layoutOf(rows)));
  return extractFromText(doc, { classification: { kind: "soc2_report", confidence: 1, reason: "test" } }).facts;
}

describe("services and locations tables read by position", () => {
  it("reads a services table broken over a page under its repeated header, a name wrapped in its cell", () => {
    const facts = readSocPositioned(
      [
        L(20, ["Services Covered by the Report", 40]),
        L(14, ["The following services are included in the scope of this report:", 40]),
        L(20, ["Application", 50], ["Purpose", 160]),
        L(20, ["Zenteno Checkout", 50], ["Hosted payment page for merchants", 160]),
      ],
      [
        L(20, ["Application", 50], ["Purpose", 160]),
        L(20, ["Zenteno Transfers", 50], ["SPEI bank transfer processing", 160]),
        L(20, ["Zenteno Merchant", 50], ["Merchant reporting and refunds", 160]),
        L(10, ["Dashboard", 50]),
        L(24, ["Locations", 40]),
        L(14, ["Our people work in the offices listed in the table of facilities above and below this line.", 40]),
      ],
    );
    expect(facts["in_scope.services"]!.value).toEqual([
      "Zenteno Checkout",
      "Zenteno Transfers",
      "Zenteno Merchant Dashboard",
    ]);
  });

  it("reads the location column of a 'Facility | Location | Purpose' table, a place wrapped in its cell", () => {
    const facts = readSocPositioned([
      L(20, ["Locations", 40]),
      L(20, ["Facility", 50], ["Location", 150], ["Purpose", 300]),
      L(20, ["Head office", 50], ["Monterrey, Nuevo", 150], ["Management and support", 300]),
      L(10, ["León", 150]),
      L(20, ["Operations center", 50], ["Guadalajara, Jalisco", 150], ["Payment operations", 300]),
      L(24, ["Infrastructure", 40]),
      L(14, ["The system runs on virtual machines, managed databases and object storage in two regions.", 40]),
    ]);
    expect(facts["in_scope.locations"]!.value).toEqual(["Monterrey, Nuevo León", "Guadalajara, Jalisco"]);
  });
});

describe("a CUEC table whose criteria come first, its rows set without padding", () => {
  it("starts a row at each criterion in the first column", () => {
    const facts = readSocPositioned([
      L(20, ["Complementary User Entity Controls", 40]),
      L(20, ["Criteria", 50], ["User Entity Responsibility", 150]),
      L(12, ["CC6.1", 50], ["Customers approve the supplier master data they load into Kaimai.", 150]),
      L(10, ["PI1.3", 50], ["Customers review payment batches before releasing them to their bank.", 150]),
      L(10, ["CC6.2, CC6.3", 50], ["Customers remove access for their staff who no longer require it.", 150]),
      L(10, ["CC6.1", 50], ["Customers keep their bank file credentials confidential.", 150]),
      L(24, ["Significant Changes During the Period", 40]),
      L(14, ["There have been no significant changes to the system during the period under review here.", 40]),
    ]);
    const cuecs = facts["cuecs.items"]!.value as { text: string; criteria: string[] }[];
    expect(cuecs.map((c) => c.criteria)).toEqual([["CC6.1"], ["PI1.3"], ["CC6.2", "CC6.3"], ["CC6.1"]]);
    expect(facts["cuecs.count"]!.value).toBe(4);
  });
});

describe("an exception's words broken at a narrow cell's line ends by a hyphenating typesetter", () => {
  it("prints them whole in the deviation", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report on the suitability of the design and operating effectiveness of controls",
        "Section IV: Tests of Controls",
        "We sampled new users and inspected their access requests; access was approved for each user we sampled.",
        "Control No. Criteria Control Activity Test Performed Test Results",
        "C-08 CC6.2 New user access is approved. Inspected access requests. Exception noted. For 1",
        "of 20 new users sam-",
        "pled, the access request",
        "was approved after ac-",
        "cess was granted.",
        "C-09 CC6.3 Access is revoked. Inspected revocations. No exceptions noted.",
      ].join("\n"),
    );
    const exceptions = r.facts["control_tests.exceptions"]!.value as { deviation: string }[] | null;
    expect(exceptions?.map((e) => e.deviation)).toEqual([
      "For 1 of 20 new users sampled, the access request was approved after access was granted.",
    ]);
  });
});

describe("exception markers in a heading's case or with a bracketed plural", () => {
  const row = (marker: string) =>
    readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report on the suitability of the design and operating effectiveness of controls",
        "Section IV: Tests of Controls",
        "Control No. Criteria Control Activity Test Performed Results Exceptions Noted",
        `C-08 CC6.2 New user access is approved. Inspected access requests. ${marker} For 1 of 20 new users sampled, the access request was approved after access was granted.`,
        "C-09 CC6.3 Access is revoked. Inspected revocations. NO EXCEPTIONS NOTED.",
      ].join("\n"),
    ).facts["control_tests.exceptions"]!.value as { deviation: string }[] | null;

  it.each([
    "Exceptions Noted:",
    "EXCEPTION NOTED:",
    "Exception(s) noted:",
    "Deviation(s) noted.",
    "Exception Identified:",
    "Exception noted;",
  ])("reads the deviation after '%s'", (marker) => {
    expect(row(marker)?.map((e) => e.deviation)).toEqual([
      "For 1 of 20 new users sampled, the access request was approved after access was granted.",
    ]);
  });
});

describe("a deviation's counts spelt out", () => {
  it.each([
    ["For two (2) of twenty-five (25) new hires sampled, the check was late.", 2, 25],
    ["For 1 (one) of 10 (ten) terminated customers sampled, data was kept.", 1, 10],
    ["For three of the forty changes sampled, approval was missing.", 3, 40],
    ["In one out of sixty samples, the review was not documented.", 1, 60],
    ["For 4 out of 30 days sampled, the backup failed.", 4, 30],
  ])("reads the sample of '%s'", (deviation, exceptions, size) => {
    expect(sampleOf(deviation)).toEqual({ exceptions, sample_size: size });
  });
});

describe("read from half B: a sentence-form marker and named bullets after 'the following services'", () => {
  it("reads the deviation after 'The following exception was noted:'", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report on the suitability of the design and operating effectiveness of controls",
        "Section IV: Tests of Controls",
        "C-13 CC7.2 Alerts are triaged. Inspected tickets. The following exception was noted: For 2 of 25 security alerts sampled, no ticket was created to track the triage.",
        "C-14 CC7.3 Incidents are reviewed. Inspected the log. No exceptions noted.",
      ].join("\n"),
    );
    const ex = r.facts["control_tests.exceptions"]!.value as { deviation: string }[] | null;
    expect(ex?.map((e) => e.deviation)).toEqual([
      "For 2 of 25 security alerts sampled, no ticket was created to track the triage.",
    ]);
  });

  it("keeps only the names of bullets that say what each offering is", () => {
    expect(
      services(
        "The system includes the following services:",
        "* Wattlebird Appointments - online booking",
        "* Wattlebird Notes - clinical notes",
        "",
      ),
    ).toEqual(["Wattlebird Appointments", "Wattlebird Notes"]);
  });
});

describe("complementary subservice organization controls said necessary by the auditor's paragraph", () => {
  const csocs = (text: string) =>
    (readAs("soc2_report", [OPINION, text].join("\n")).facts["csocs.present"]?.value ?? false) as boolean;

  it("reads a SOC 2 report's 'The description indicates that … are necessary'", () => {
    expect(
      csocs(
        "Tavor uses a subservice organization to provide hosting. The description indicates that complementary subservice organization controls that are suitably designed and operating effectively are necessary, along with controls at Tavor, to achieve Tavor's service commitments.",
      ),
    ).toBe(true);
  });

  it("reads the SOC 3 wording with 'description' broken at a line's end", () => {
    expect(
      csocs(
        "Oriel uses Google LLC to provide cloud hosting. The de-\nscription of the boundaries of the system indicates that complementary subservice organization controls that are suitably designed are necessary, along with controls at Oriel.",
      ),
    ).toBe(true);
  });
});

describe("the opinion's sentence about the exceptions is no result (merge review)", () => {
  it("does not read 'The exceptions noted in Section 4 did not … result in a failure' as an exception", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report",
        "Description of Tests of Controls",
        "The specific controls we tested and the nature, timing, and results of those tests are presented in",
        "Section 4. The exceptions noted in Section 4 did not, in our judgment, result in a failure to achieve the",
        "related criteria.",
        "",
        "CC6.2  Access is approved.  Inspected requests.  Exception noted. For 2 of 25 sampled new hires, access was",
        "provisioned before approval.",
      ].join("\n"),
    );
    expect(r.facts["control_tests.exceptions_count"]!.value).toBe(1);
  });
});
