// Rules written on the failures of the blind-5 set's SOC and bridge-letter documents (docs/extraction.md, "blind-5
// (SOC and bridge letters, hold-out)"), each on made-up text.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

type Sub = { name: string; service: string | null };

describe("subservice organisation table", () => {
  it("keeps a short name or product in brackets after the legal form with the name, not the service", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 2 Report",
        "Subservice Organizations",
        "Brackenfield uses the following subservice organizations. The carve-out method has been used.",
        "Subservice Organization Services Provided",
        "Northwind Compute, Inc. (NWC) Virtual machines and managed databases",
        "Larkspur Systems Corporation (Larkspur Cloud) Object storage and backups",
        "Quillon Ltd. Outbound e-mail delivery",
        "Complementary User Entity Controls",
      ].join("\n"),
    );
    const subs = r.facts.subservice_organizations!.value as Sub[];
    expect(subs.map((s) => [s.name, s.service])).toEqual([
      ["Northwind Compute, Inc. (NWC)", "Virtual machines and managed databases"],
      ["Larkspur Systems Corporation (Larkspur Cloud)", "Object storage and backups"],
      ["Quillon Ltd.", "Outbound e-mail delivery"],
    ]);
  });
});

describe("bridge letter", () => {
  const letter = (body: string) =>
    readAs(
      "bridge_letter",
      [
        "3 November 2026",
        "Dear customer,",
        "Our most recent SOC 2 Type II report on the Merrow Ledger, prepared by Calder Finch LLP, covers the period",
        "1 April 2025 to 31 March 2026.",
        body,
        "Yours faithfully,",
        "Ines Marlowe",
        "Head of Compliance, Merrow Data Ltd",
      ].join("\n"),
    );

  it("reads the opinion date when words name the opinion between 'issued its' and 'opinion on'", () => {
    const r = letter("Calder Finch LLP issued its unqualified opinion on 12 May 2026.");
    expect(r.facts["referenced_report.report_or_opinion_date"]!.value).toBe("2026-05-12");
  });

  it("reads 'no changes … that would have a material effect' as no material change", () => {
    const r = letter(
      [
        "To the best of our knowledge, there have been no changes to the Merrow Ledger, its control environment or",
        "the controls described in the report between 1 April 2026 and 31 October 2026 that would have a material",
        "effect on the conclusions reached in the report.",
      ].join("\n"),
    );
    expect(r.facts.material_changes_disclosed!.value).toBe("none");
  });

  it("does not read a 'no changes' sentence that excepts something as none", () => {
    const r = letter(
      "There have been no changes to the controls, other than the move of our ticketing tool, that would have a material effect on the report.",
    );
    expect(r.facts.material_changes_disclosed!.value).not.toBe("none");
  });
});
