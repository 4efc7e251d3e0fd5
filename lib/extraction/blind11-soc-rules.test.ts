// SOC 2 rules read from half A of the blind-11 set's failures (issue #12): exceptions listed again in an unaudited
// section, each under a "Control CC6.2.3 (CC6.2)" heading with "Exception:" and "Management's response:" lines; an auditor's place
// with accents. Every
// text here is made up; each case failed before its rule.
import { describe, expect, it } from "vitest";
import { findControlTests } from "./soc-tests";
import { readAs, textDocument } from "./test-support/read-as";
import { buildTextIndex } from "./text-index";

const tests = (text: string) => findControlTests(buildTextIndex(textDocument(text)), "type_2").value!;

const OTHER_INFORMATION = [
  "C1.2 C1.2.1 Confidential data is disposed of. Inspected disposal records. No exceptions noted.",
  "Section V - Other Information Provided by the Company",
  "The information in this section has not been subjected to the procedures applied in the examination.",
  "Control CC6.2.3 (CC6.2)",
  "Exception: For 2 of 25 sampled new hires, access was provisioned before approval.",
  "Management's response: The workflow now blocks an account until the approval is recorded.",
  "Control A1.2.2 (A1.2)",
  "Exception: For 1 of 4 sampled quarters, the restoration test was not performed.",
  "Management's response: A calendar control now tracks each quarter's test.",
].join("\n");

describe("exceptions listed under control headings with their responses", () => {
  const t = tests(OTHER_INFORMATION);

  it("takes each exception's criteria from its heading, not from a criterion further up", () => {
    expect(t.exceptions.map((e) => e.criteria)).toEqual([["CC6.2"], ["A1.2"]]);
  });

  it("ends a response at the next control's heading", () => {
    expect(t.exceptions.map((e) => e.management_response)).toEqual([
      "The workflow now blocks an account until the approval is recorded.",
      "A calendar control now tracks each quarter's test.",
    ]);
  });
});

describe("the auditor's place in letters of any alphabet", () => {
  it("reads 'Montréal, Québec' under the firm's designation", () => {
    const r = readAs(
      "soc2_report",
      [
        "Independent Service Auditor's Report",
        "To the Board of Directors of Lachine Freight Corp.",
        "Opinion. In our opinion, in all material respects, the description presents the system.",
        "",
        "Beaupré Lortie LLP",
        "Chartered Professional Accountants",
        "Montréal, Québec",
        "December 15, 2025",
      ].join("\n"),
    );
    expect(r.facts["auditor.location"]!.value).toBe("Montréal, Québec");
  });
});

describe("responses listed under bare control ids after the test table (read after blind-11 half B)", () => {
  const text = [
    "CC6.2 T-13 Terminated users' access is removed.",
    "Inspected removals. No exceptions noted.",
    "P6.1 T-47 Personal information is disclosed only with consent.",
    "Inspected logs. No exceptions noted.",
    "Section 5: Management's Responses to Exceptions (unaudited)",
    "T-31 (CC7.1)",
    "Deviation: Quarterly vulnerability scans were not performed for 3 of 4 quarters.",
    "Response: The licence lapsed and scans resumed in May.",
    "T-14 (CC6.2, CC6.3)",
    "Deviation: For 1 of 4 reviews sampled, evidence of review was not retained.",
    "Response: Reviews are now recorded in the GRC platform.",
    "Acme Health LLC - SOC 2 Type II",
    "6 of 6",
  ].join("\n");
  const t = tests(text);

  it("takes the criteria in brackets after the id, not the last criterion of the table above", () => {
    expect(t.exceptions.map((e) => e.criteria)).toEqual([["CC7.1"], ["CC6.2", "CC6.3"]]);
  });

  it("ends each response at the next id or the running footer, without its label", () => {
    expect(t.exceptions.map((e) => e.management_response)).toEqual([
      "The licence lapsed and scans resumed in May.",
      "Reviews are now recorded in the GRC platform.",
    ]);
  });
});

describe("no incidents, in other words", () => {
  it("reads 'did not experience any security incidents' as none", () => {
    const r = readAs(
      "soc2_report",
      "System description\nIncidents\nAcme did not experience any security incidents during the review period.\n",
    );
    expect(r.facts.incidents!.value).toBe("None");
  });
});
