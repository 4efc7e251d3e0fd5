// Rules written on the failures of the blind-4 set's SOC half A (docs/extraction.md, "blind-4 (SOC)"), each on
// made-up text: a period told as "the N months ended D", a numbered "Changes and Incidents" heading, a sentence saying
// no changes and no incidents without a heading, a bare city under the firm's designation, and user entities named
// by what they are ("Clinics are responsible for …") in the user entity controls paragraph.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("period told by its length", () => {
  it("reads 'the twelve months ended D' as a year ending on D", () => {
    const r = readAs(
      "soc2_report",
      "SOC 2 Type 2 Report\nQuillfield Ltd\nFor the twelve months ended 30 June 2026",
      "In our opinion, in all material respects, the controls operated effectively throughout the twelve months ended 30 June 2026.",
    );
    expect(r.facts.period_start!.value).toBe("2025-07-01");
    expect(r.facts.period_end!.value).toBe("2026-06-30");
  });

  it("reads 'the six-month period ended D'", () => {
    const r = readAs("soc2_report", "SOC 2 Type 2 Report\nfor the six-month period ended December 31, 2025");
    expect(r.facts.period_start!.value).toBe("2025-07-01");
    expect(r.facts.period_end!.value).toBe("2025-12-31");
  });
});

describe("changes and incidents", () => {
  it("reads a numbered heading shared by changes and incidents", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report",
        "2.7 Significant Changes and Incidents",
        "No significant changes were made to the system during the period. No security incidents requiring disclosure",
        "occurred during the period.",
        "3. Controls and Tests",
      ].join("\n"),
    );
    expect(r.facts.incidents!.value).toBe("None");
    expect(r.facts.significant_changes!.value).toBe("None");
  });

  it("reads one sentence saying there were no changes and no incidents, with no heading of its own", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report",
        "Boundaries. The system excludes the corporate network.",
        "There were no significant changes to the system and no security incidents during the period.",
        "Section 4 – Tests",
      ].join("\n"),
    );
    expect(r.facts.significant_changes!.value).toBe("None");
    expect(r.facts.incidents!.value).toBe("None");
  });
});

describe("auditor location", () => {
  it("reads a city printed alone between the firm's designation and the date", () => {
    const r = readAs(
      "soc2_report",
      [
        "In our opinion, in all material respects, the description fairly presents the system as at 31 May 2026.",
        "",
        "Tollard Vance LLP",
        "Chartered Accountants",
        "Leeds",
        "4 July 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.location"]!.value).toBe("Leeds");
  });
});

describe("user entity controls", () => {
  it("reads responsibilities opened by what the user entities are", () => {
    const r = readAs(
      "soc2_report",
      [
        "Section III – Description of the Clinic Portal",
        "User entity controls. Clinics are responsible for approving the staff who may use the portal. Clinics are",
        "responsible for keeping patient contact details current.",
        "",
        "Section IV – Controls",
      ].join("\n"),
    );
    expect(r.facts["cuecs.count"]!.value).toBe(2);
    expect(r.facts["cuecs.items"]!.value).toMatchObject([
      { text: "Clinics are responsible for approving the staff who may use the portal" },
      { text: "Clinics are responsible for keeping patient contact details current" },
    ]);
  });
});

describe("control blocks", () => {
  it("reads an exception's criterion and control from a block headed 'Control ID (Criterion X)'", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report",
        "Section IV – Controls, Tests and Results",
        "",
        "Control QF-2 (Criterion CC6.3)",
        "Access is reviewed every quarter.",
        "Test: Inspected a sample of 4 quarterly reviews.",
        "Result: No exceptions noted.",
        "",
        "Control QF-3 (Criteria CC8.1, CC7.1)",
        "Changes are approved before release.",
        "Test: Inspected a sample of 30 changes.",
        "Result: Exceptions noted. For 2 of 30 changes sampled, approval was recorded after release.",
      ].join("\n"),
    );
    expect(r.facts["control_tests.exceptions_count"]!.value).toBe(1);
    const [ex] = r.facts["control_tests.exceptions"]!.value as { criteria: string[]; control: string }[];
    expect(ex!.criteria).toEqual(["CC7.1", "CC8.1"]);
    expect(ex!.control).toBe("Changes are approved before release.");
  });
});

describe("subservice organisations", () => {
  it("reads a 'Name – service' list whose bullet glyphs are not in the text layer", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report",
        "2.3 Subservice Organisations",
        "Quillfield uses the following subservice organisations:",
        "Google Cloud EMEA Limited – hosting of the platform (europe-west2)",
        "Vonage Business Ltd – voice calls to support customers",
        "",
        "The controls of the subservice organisations listed above are excluded from the description (carve-out method).",
      ].join("\n"),
    );
    expect(r.facts.subservice_organizations!.value).toMatchObject([
      { name: "Google Cloud EMEA Limited", service: "hosting of the platform (europe-west2)", method: "carve-out" },
      { name: "Vonage Business Ltd", service: "voice calls to support customers", method: "carve-out" },
    ]);
  });
});

describe("exceptions told in a numbered section", () => {
  it("reads each 'See 5.2 below' row from that section's row with the same control id", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report",
        "5.1 Tests of Controls",
        "CC6.1 \tQF-02 Access is reviewed quarterly.",
        "Inspected a sample of 4 reviews. Exceptions noted. See",
        "5.2 below.",
        "CC6.6 \tQF-03 Firewall rules are reviewed.",
        "Inspected the firewall reviews.",
        "No exceptions noted.",
        "CC8.1 \tQF-07 Changes are approved.",
        "Inspected a sample of 30 changes. Exceptions noted. See",
        "5.2 below.",
      ].join("\n"),
      [
        "5.2 Exceptions and Management Responses",
        "Criterion Control \tException \tManagement response",
        "CC6.1 \tQF-02 For 1 of 4 quarters sampled, the review was",
        "not performed.",
        "The review is now a ticket with an owner.",
        "CC8.1 \tQF-07 For 2 of 30 changes sampled, approval was",
        "recorded after release.",
        "Releases now require an approval.",
      ].join("\n"),
    );
    expect(r.facts["control_tests.exceptions_count"]!.value).toBe(2);
    const exceptions = r.facts["control_tests.exceptions"]!.value as {
      criteria: string[];
      deviation: string;
      management_response: string;
    }[];
    expect(exceptions).toMatchObject([
      {
        criteria: ["CC6.1"],
        deviation: "For 1 of 4 quarters sampled, the review was not performed.",
        management_response: "The review is now a ticket with an owner.",
      },
      {
        criteria: ["CC8.1"],
        deviation: "For 2 of 30 changes sampled, approval was recorded after release.",
        management_response: "Releases now require an approval.",
      },
    ]);
  });
});

describe("inclusive method", () => {
  it("names the subservice organisation whose controls the description includes", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report",
        "Quillfield uses Harbourside Hosting LLC to provide data center facilities. The description includes the",
        "relevant controls of Harbourside Hosting LLC (the inclusive method), and our examination included those",
        "controls.",
      ].join("\n"),
    );
    expect(r.facts.subservice_method!.value).toBe("inclusive");
    expect(r.facts.subservice_organizations!.value).toMatchObject([
      { name: "Harbourside Hosting LLC", service: "provide data center facilities", method: "inclusive" },
    ]);
  });
});

describe("a SOC 3 system description (rules written after reading the held-out failures)", () => {
  const soc3 = [
    "Quillfield Health, Inc.",
    "SOC 3 Report",
    "In our opinion, management's assertion that the controls within the Quillfield Booking system were",
    "effective throughout the period January 1, 2026 through June 30, 2026 is fairly stated.",
    "",
    "Attachment A – Description of the Quillfield Booking System",
    "Infrastructure",
    "The system is hosted on Azure. Microsoft Corporation is responsible for physical and environmental controls of",
    "those data centers.",
    "Complementary User Entity Controls",
    "The system is designed with the assumption that user entities have implemented the following controls:",
    "Practices limit administrator accounts to authorized staff.",
    "Practices review the audit log monthly for unexpected",
    "access.",
    "Practices tell Quillfield of suspected compromise of their accounts.",
    "ATTACHMENT B – SERVICE COMMITMENTS",
    "Quillfield commits to 99.9% availability.",
  ].join("\n");

  it("reads the system named before a lower-case 'system' in 'controls within the X system were effective'", () => {
    expect(readAs("soc3_report", soc3).facts.system_name!.value).toBe("Quillfield Booking");
  });

  it("reads CSOCs from 'X is responsible for physical and environmental controls'", () => {
    expect(readAs("soc3_report", soc3).facts["csocs.present"]!.value).toBe(true);
  });

  it("does not read CSOCs from the service organisation's own responsibility for its data centres", () => {
    const own = soc3
      .replace("The system is hosted on Azure. Microsoft Corporation", "Quillfield Health")
      .replace("of\nthose data centers.", "of\nits own data centers.");
    expect(own).toContain("Quillfield Health is responsible for physical");
    expect(readAs("soc3_report", own).facts["csocs.present"]?.value).not.toBe(true);
  });

  it("reads CUECs listed one sentence a line after 'the following controls:' without bullet glyphs", () => {
    const r = readAs("soc3_report", soc3);
    expect(r.facts["cuecs.count"]!.value).toBe(3);
    expect(r.facts["cuecs.items"]!.value).toMatchObject([
      { text: "Practices limit administrator accounts to authorized staff." },
      { text: "Practices review the audit log monthly for unexpected access." },
      { text: "Practices tell Quillfield of suspected compromise of their accounts." },
    ]);
  });
});
