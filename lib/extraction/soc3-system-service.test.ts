// Made-up SOC 3 text (blind-13 and blind-14's halves A each had a SOC 3 told this way).
import { describe, expect, it } from "vitest";
import { brokenPhrase } from "./line-end-hyphens";
import { readAs } from "./test-support/read-as";

const soc3 = (lines: string[]) =>
  readAs(
    "soc3_report",
    [
      "Harlow Cloud, LLC",
      "SOC 3 Report",
      "Independent Service Auditor's Report",
      "We have examined Harlow Cloud, LLC's assertion that the controls within the Harlow Record Vault (system) were",
      "effective throughout the period 1 July 2025 to 30 June 2026.",
      ...lines,
    ].join("\n"),
  );

describe("a SOC 3's system offered as its service", () => {
  it("reads 'The <system> provides …' as the service", () => {
    const r = soc3([
      "",
      "Attachment A — System Description",
      "The Harlow Record Vault provides S3-compatible storage.",
    ]);
    expect(r.facts["in_scope.services"]!.value).toEqual(["Harlow Record Vault"]);
  });

  it("keeps the organisation's name a paragraph puts before the system's ('Harlow Record Vault offers …')", () => {
    const r = readAs(
      "soc3_report",
      [
        "Harlow Cloud, LLC",
        "SOC 3 Report",
        "To the Management of Harlow Cloud, LLC",
        "In our opinion, management's assertion that the controls within Harlow's Record Vault system were effective",
        "throughout the period is fairly stated.",
        "",
        "Management's Assertion",
        "Harlow Record Vault offers long-term, write-once storage of regulated records.",
      ].join("\n"),
    );
    expect(r.facts["in_scope.services"]!.value).toEqual(["Harlow Record Vault"]);
  });
});

describe("complementary subservice organisation controls named in words broken at a line's end", () => {
  it("finds 'Complementary subser-⏎vice organization controls'", () => {
    const r = soc3([
      "Harlow uses Quayside Colocation, Inc. for data center services. The assertion excludes the controls of",
      "Quayside Colocation, Inc. (carve-out method). Complementary subser-",
      "vice organization controls at Quayside are assumed in the design of Harlow's controls.",
    ]);
    expect(r.facts["csocs.present"]!.value).toBe(true);
  });

  it("builds a pattern that takes the phrase whole or broken, and nothing else", () => {
    const re = new RegExp(brokenPhrase("subservice organization"));
    expect(re.test("subservice organization")).toBe(true);
    expect(re.test("subser-\n  vice organi-\nzation")).toBe(true);
    expect(re.test("subser- vice organization")).toBe(false);
  });
});

describe("a SOC 2 auditor's report saying the description needs complementary subservice organisation controls", () => {
  it("finds 'The description indicates that complementary subservice organization controls are necessary'", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type II Report",
        "Harlow uses Microsoft Corporation (Microsoft Azure) to host its production environment. The",
        "description indicates that complementary subservice organization controls are necessary; the",
        "description presents Harlow's controls but excludes the related controls of Microsoft Azure (the",
        "carve-out method).",
      ].join("\n"),
    );
    expect(r.facts["csocs.present"]!.value).toBe(true);
  });
});

describe("a system's name broken at a line's end in 'description of its …'", () => {
  it("joins 'Clinical Schedul-⏎ing Service'", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 1 Report",
        "Harlow Clinical Scheduling Service", // printed whole on the cover: the broken word is joined
        "We have examined Harlow Labs, Inc.'s accompanying description of its Harlow Clinical Schedul-",
        "ing Service as of March 31, 2026, and the suitability of the design of controls.",
      ].join("\n"),
    );
    expect(r.facts.system_name!.value).toBe("Harlow Clinical Scheduling Service");
  });
});
