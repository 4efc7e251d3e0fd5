// SOC 2 result cells, CUEC lists and bridge-letter change sentences as the h-socprose dev documents and the seen blind
// reports print them (issue #12), each on made-up text that the earlier rules misread: a deviation told in several
// sentences, criteria beside the control id or wrapped over two lines, a response inside the result cell, CUEC bullets
// under a sentence-case heading, a change excepted inside the no-change sentence.
import { describe, expect, it } from "vitest";
import { findControlTests } from "./soc-tests";
import { layoutOf, positionedDocument, type Row } from "./test-support/table-pages";
import { readAs, textDocument } from "./test-support/read-as";
import { buildTextIndex } from "./text-index";

const S = 8;
const line = (gap: number, ...cells: [string, number][]): Row => ({ cells, size: S, gap });

function streamTests(text: string) {
  return findControlTests(buildTextIndex(textDocument(text)), "type_2").value!;
}

describe("result cells read by position", () => {
  const header = line(
    20,
    ["Control #", 40],
    ["Control Activity", 110],
    ["Tests Performed", 280],
    ["Results of Tests", 440],
  );
  const page = layoutOf([
    header,
    line(20, ["HG-1", 40], ["Code of conduct is", 110], ["Inspected records.", 280], ["No exceptions noted.", 440]),
    line(10, ["acknowledged.", 110]),
    line(
      20,
      ["HG-2", 40],
      ["Background checks are", 110],
      ["Inspected records.", 280],
      ["Exception noted. For 3 of 25", 440],
    ),
    line(10, ["done before start.", 110], ["hires, the check was late.", 440]),
    line(10, ["In one case it was 41 days", 440]),
    line(10, ["late. Management's response:", 440]),
    line(10, ["Checks now come first.", 440]),
    line(
      20,
      ["HG-3", 40],
      ["Policies are approved.", 110],
      ["Inspected policies.", 280],
      ["Deviation identified: The", 440],
    ),
    line(10, ["review was not performed.", 440]),
  ]);

  it("keeps every sentence of the cell up to management's response, and the response apart", () => {
    const fact = findControlTests(buildTextIndex(positionedDocument(page)), "type_2");
    expect(fact.value!.exceptions[0]).toMatchObject({
      deviation: "For 3 of 25 hires, the check was late. In one case it was 41 days late.",
      management_response: "Checks now come first.",
    });
  });

  it("reads 'Deviation identified:' as the result's marker, not as the deviation's first word", () => {
    const fact = findControlTests(buildTextIndex(positionedDocument(page)), "type_2");
    expect(fact.value!.exceptions.map((e) => e.deviation)).toContain("The review was not performed.");
  });
});

describe("result rows read from the text stream", () => {
  it("joins a criteria cell printed beside the id and wrapped onto the next line", () => {
    const t = streamTests(
      "TR-16 CC6.2 New access is approved.\nFor a sample of users, inspected tickets.\nNo exceptions noted.\n" +
        "TR-17 CC6.2,\nCC6.3\nAccess of terminated users is\nrevoked within one day.\nFor a sample of terminated users,\n" +
        "compared dates.\nException noted. For 2 of 25\nterminated users sampled, access\nwas revoked late. Management's\n" +
        "response: Both users had left in a holiday week.\nOffboarding is now automatic.\n" +
        "TR-18 CC6.3 Access is reviewed quarterly.\nFor a sample of quarters, inspected reviews.\nNo exceptions noted.\n",
    );
    expect(t.exceptions[0]).toMatchObject({
      criteria: ["CC6.2", "CC6.3"],
      deviation: "For 2 of 25 terminated users sampled, access was revoked late.",
      management_response: "Both users had left in a holiday week. Offboarding is now automatic.",
    });
  });

  it("takes the criteria printed between the id and the control, not a wrapped criterion of an earlier row", () => {
    const t = streamTests(
      "TR-24 CC7.3,\nCC7.4\nIncidents are handled under a plan.\nInspected the plan.\nNo exceptions noted.\n" +
        "TR-32 A1.3 Restoration from backup is tested\nquarterly.\nFor a sample of quarters, inspected\nthe records.\n" +
        "Exception noted. For 1 of 4 quarters sampled, no restoration test was performed.\n",
    );
    expect(t.exceptions[0]!.criteria).toEqual(["A1.3"]);
  });

  it("reads criteria labelled in the control's cell", () => {
    const t = streamTests(
      "SW-5 Candidates are interviewed.\nTrust services criteria: CC1.4\nInspected scorecards.\nNo exceptions noted.\n" +
        "SW-6 Staff complete training at\nonboarding and every year.\nTrust services criteria: CC1.5, CC2.2\n" +
        "For a sample of 40 staff, inspected records.\nException noted. For 1 of 40 staff\nsampled, training was late.\n",
    );
    expect(t.exceptions[0]).toMatchObject({
      criteria: ["CC1.5", "CC2.2"],
      control: "Staff complete training at onboarding and every year.",
    });
  });
});

const CUEC_REPORT = (section: string) =>
  "Independent Service Auditor's Report\nTo the Management of Tamsin Reef Analytics, Inc.:\n" +
  "We have examined the description for the period June 1, 2025 to May 31, 2026.\n" +
  section;

describe("CUEC lists", () => {
  it("reads bullets under a sentence-case heading, each closed by its criteria in brackets", () => {
    const r = readAs(
      "soc2_report",
      CUEC_REPORT(
        "Complementary user entity controls\nThe controls were designed with the assumption that user entities will implement the following controls:\n" +
          "• Customers manage the accounts of their own users.\n(CC6.2, CC6.3)\n• Customers restrict the sharing of API keys. (CC6.1)\n" +
          "• Customers keep copies of source data. (A1.2)\nIV. Applicable Trust Services Criteria\nThe tests below were performed.\n",
      ),
    );
    expect(r.facts["cuecs.items"]!.value).toEqual([
      expect.objectContaining({
        text: "Customers manage the accounts of their own users.",
        criteria: ["CC6.2", "CC6.3"],
      }),
      expect.objectContaining({ text: "Customers restrict the sharing of API keys.", criteria: ["CC6.1"] }),
      expect.objectContaining({ text: "Customers keep copies of source data.", criteria: ["A1.2"] }),
    ]);
  });

  it("does not count the sentence that introduces the list as a CUEC", () => {
    const r = readAs(
      "soc2_report",
      CUEC_REPORT(
        "Complementary User Entity Controls\nUser entities are responsible for the following controls:\n" +
          "• User entities are responsible for approving their staff's access.\n• User entities are responsible for reviewing rejected invoices.\n",
      ),
    );
    expect(r.facts["cuecs.count"]!.value).toBe(2);
  });

  it("reads bullets that do not restate 'responsible for' after 'responsible for the following:'", () => {
    const r = readAs(
      "soc2_report",
      CUEC_REPORT(
        "Complementary User Entity Controls\nUser entities are responsible for the following:\n" +
          "• Approving the clinics that may send referrals.\n• Reviewing referrals returned as undeliverable.\n• Keeping identifiers out of notes.\n",
      ),
    );
    expect(r.facts["cuecs.count"]!.value).toBe(3);
  });

  it("ends a list whose bullet glyphs are drawn at the next section's heading", () => {
    const r = readAs(
      "soc2_report",
      CUEC_REPORT(
        "Complementary User Entity Controls\nThe controls assume that user entities have the following controls in place:\n" +
          "Administrators approve which instructors may publish courses.\nUser entities review the exports they download.\n" +
          "Section IV: Trust Services Criteria, Related Controls, Tests of\nControls and Results\nThe tests follow.\n",
      ),
    );
    expect(r.facts["cuecs.count"]!.value).toBe(2);
  });
});

const LETTER = (body: string, closing = "Sincerely,\nMaja Ekholm\nHead of Compliance\n") =>
  "Lindqvist Payroll Cloud AB\nOctober 12, 2026\nTo our customers:\nBridge Letter\n" +
  "Our most recent SOC 2 Type 2 report, prepared by Marrow Keane LLP, covers the period January 1, 2026 to June 30, 2026.\n" +
  body +
  closing;

describe("bridge letters: what changed", () => {
  const changes = (body: string) => readAs("bridge_letter", LETTER(body)).facts.material_changes_disclosed!.value;

  it("reads a change excepted inside the no-change sentence", () => {
    expect(
      changes(
        "For the period July 1, 2026 through September 30, 2026, there have been no changes to our system that would have a material effect on the report, except that on August 17, 2026 we moved our database to a second region.\n",
      ),
    ).toBe("on August 17, 2026 we moved our database to a second region");
  });

  it("reads a change under a heading naming the bridge period, closed by a full stop or alone on its line", () => {
    const inline =
      "Management confirms that, except as described below, there have been no material changes to the system.\n" +
      "Change during the bridge period. On September 8, 2026 we began serving Euro-\npean customers from a second region.\n" +
      "We are not aware of any security incident.\n";
    expect(changes(inline)).toBe("On September 8, 2026 we began serving European customers from a second region.");
    const alone =
      "- there have been no material changes to the system, other than the change described below;\n- we are not aware of any failure of controls.\n" +
      "Change during the bridge period\nOn July 13, 2026 we opened a second region.\nThis letter is provided for information only.\n";
    expect(changes(alone)).toBe("On July 13, 2026 we opened a second region.");
  });

  it("reads 'no changes … that would affect the report's conclusions' and 'have not changed materially' as none", () => {
    expect(
      changes(
        "Management is not aware of any changes to the platform or its controls during this period that would affect the report's conclusions.\n",
      ),
    ).toBe("none");
    expect(
      changes(
        "The platform and its controls have not changed materially between July 1, 2026 and September 30, 2026.\n",
      ),
    ).toBe("none");
  });
});

describe("bridge letters: the report and the signer", () => {
  it("reads a report date the sentence gives after the report's period", () => {
    const r = readAs(
      "bridge_letter",
      "Harrowgate Ledger Systems, Inc.\nJuly 8, 2026\nHarrowgate engaged Pellam & Stroud LLP to examine its controls. Their SOC 2 Type 2 report covers the period April 1, 2025 to March 31, 2026 and was issued on May 22, 2026.\n" +
        "This letter covers the period from April 1, 2026 through June 30, 2026.\nSincerely,\nDana Whitcombe\nChief Financial Officer\n",
    );
    expect(r.facts["referenced_report.report_or_opinion_date"]!.value).toBe("2026-05-22");
  });

  it("reads the typed name under a signature printed as initials and surname", () => {
    const r = readAs(
      "bridge_letter",
      LETTER(
        "There have been no material changes to the system.\n",
        "Sincerely,\nR. Oduya\nRenata Oduya\nChief Executive Officer\n",
      ),
    );
    expect(r.facts.signatory!.value).toBe("Renata Oduya");
  });
});
