// Made-up text (soc10 dev set's half A).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("a test result told as 'Not operating effectively.'", () => {
  it("reads the deviation and its sample, the marker hyphenated by a narrow column", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 report for the period July 1, 2025 to December 31, 2025",
        "suitability of the design and operating effectiveness of controls",
        "CC7.2 Security events are logged cen-",
        "trally and alerts are triaged.",
        "Inspected alert tickets for a sample of alerts.",
        "Not operating effec-",
        "tively. For 4 of 30 high-severity alerts",
        "sampled, no triage ticket was created.",
        "CC7.3 Incidents are recorded.",
        "Inspected incident tickets.",
        "No exceptions noted.",
      ].join("\n"),
    );
    const tests = r.facts["control_tests.exceptions"]!.value as { criteria: string[]; sample: unknown }[];
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ criteria: ["CC7.2"], sample: { exceptions: 4, sample_size: 30 } });
  });
});

describe("other words for an exception in a results cell", () => {
  it("reads 'Exception identified.', 'Operating exception noted:' and 'Control deviation:'", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 report for the period July 1, 2025 to December 31, 2025",
        "suitability of the design and operating effectiveness of controls",
        "CC6.1 Multi-factor authentication is enforced.",
        "Inspected the identity provider configuration.",
        "Exception identified. For 2 of 25 users sampled, MFA was disabled.",
        "CC6.2 Access is approved before it is granted.",
        "Inspected access tickets.",
        "Operating exception noted: For 1 of 20 new users sampled, approval was missing.",
        "CC6.3 Access is removed within one day.",
        "Inspected leaver tickets.",
        "Control deviation: For 3 of 15 leavers sampled, access remained after 5 days.",
        "CC7.1 Scans run monthly.",
        "Inspected scan reports.",
        "No exceptions noted.",
        "Exceptions identified during testing are described with each control.",
      ].join("\n"),
    );
    const tests = r.facts["control_tests.exceptions"]!.value as { criteria: string[]; sample: unknown }[];
    expect(tests.map((t) => t.criteria)).toEqual([["CC6.1"], ["CC6.2"], ["CC6.3"]]);
    expect(tests[2]).toMatchObject({ sample: { exceptions: 3, sample_size: 15 } });
  });
});
