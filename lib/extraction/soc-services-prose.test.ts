// Made-up text (soc10 dev set's half A).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("services in scope told in a sentence", () => {
  it("reads each name of 'The system comprises A, B and C, hosted in …'", () => {
    const r = readAs(
      "soc2_report",
      [
        "Services Provided",
        "The system comprises Harlow Ledger, Harlow Signals and Harlow Sync, hosted in Amazon Web Services",
        "data centers in the us-east-1 region. Other products are not in scope.",
      ].join("\n"),
    );
    expect(r.facts["in_scope.services"]!.value).toEqual(["Harlow Ledger", "Harlow Signals", "Harlow Sync"]);
  });

  it("reads 'is offered as two services, A and B, which …' and leaves lower-case components alone", () => {
    const r = readAs(
      "soc3_report",
      "The archive is offered as two services, Corvane Archive Basic and Corvane Archive Legal, which run in Dublin.",
    );
    expect(r.facts["in_scope.services"]!.value).toEqual(["Corvane Archive Basic", "Corvane Archive Legal"]);
    const parts = readAs("soc3_report", "The system comprises infrastructure, software, people, procedures and data.");
    expect(parts.facts["in_scope.services"]!.value ?? []).toEqual([]);
  });
});

describe("services named in other sentence forms", () => {
  const services = (text: string) => readAs("soc2_report", text).facts["in_scope.services"]!.value;
  it("reads 'consists of the following applications: A, B and C.' and 'The products in scope are A, B and C.'", () => {
    expect(
      services(
        "System Overview\nThe system consists of the following applications: Alder Intake, Alder Review and Alder Archive.",
      ),
    ).toEqual(["Alder Intake", "Alder Review", "Alder Archive"]);
    expect(services("Scope\nThe products in scope are Birchway Connect, Birchway Vault and Birchway Sign.")).toEqual([
      "Birchway Connect",
      "Birchway Vault",
      "Birchway Sign",
    ]);
  });
  it("reads a counted list whose items say what they are", () => {
    expect(
      services(
        "Overview\nThe Tessary platform comprises two modules: Tessary Books, which handles ledgers, and Tessary Pay, which runs payroll.",
      ),
    ).toEqual(["Tessary Books", "Tessary Pay"]);
  });
});

describe("a service's name hyphenated at a line's end", () => {
  it("joins the broken word when the document prints it whole elsewhere", () => {
    const r = readAs(
      "soc2_report",
      [
        "Ashgrove Learning provides the platform to school districts.",
        "The Ashgrove Classroom Platform comprises Ashgrove Gradebook, Ashgrove Assignments, Ash-",
        "grove Parent View and Ashgrove Rostering, hosted in Google Cloud data centers in Iowa.",
      ].join("\n"),
    );
    expect(r.facts["in_scope.services"]!.value).toEqual([
      "Ashgrove Gradebook",
      "Ashgrove Assignments",
      "Ashgrove Parent View",
      "Ashgrove Rostering",
    ]);
  });
});

describe("services named after 'It comprises' or an organisation that offers a counted list", () => {
  const services = (text: string) => readAs("soc2_report", text).facts["in_scope.services"]!.value;
  it("reads 'It comprises A, B and C, which …' at a line's start", () => {
    expect(
      services(
        "Harlow Ledger System\nIt comprises Harlow Ledger, Harlow Pay and Harlow Reports, which are delivered as software as a service.",
      ),
    ).toEqual(["Harlow Ledger", "Harlow Pay", "Harlow Reports"]);
  });
  it("reads 'Harlow offers three products: A, B and C.'", () => {
    expect(
      services("Company Overview\nHarlow offers three products: Harlow Ledger, Harlow Pay and Harlow Reports."),
    ).toEqual(["Harlow Ledger", "Harlow Pay", "Harlow Reports"]);
  });
});
