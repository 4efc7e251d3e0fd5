// Service auditors whose names carry no legal form, or one the rules did not know ("P.S.", a Washington professional
// service corporation): the firm is read from where it stands in the signature block. Made-up text.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const OPINION =
  "In our opinion, in all material respects, the controls stated in the description were suitably designed as of June 30, 2026.";
const RESTRICTED =
  "This report is not intended to be, and should not be, used by anyone other than these specified parties.";

describe("a firm name that reads as ordinary words, over its place and date", () => {
  it("reads 'Sterling Vale' above 'Leeds, United Kingdom' and the date as the auditor", () => {
    const r = readAs(
      "soc2_report",
      [
        "Opinion",
        OPINION,
        "Restricted Use",
        RESTRICTED,
        "",
        "Sterling Vale",
        "Leeds, United Kingdom",
        "May 22, 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Sterling Vale");
    expect(r.facts["auditor.location"]!.value).toBe("Leeds, United Kingdom");
  });

  it("does not take the last words of a wrapped sentence for a firm", () => {
    const r = readAs(
      "soc2_report",
      [
        "Opinion",
        OPINION,
        "This report is intended solely for the information and use of",
        "Specified Parties",
        "Leeds, United Kingdom",
        "May 22, 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBeNull();
  });
});

describe("a firm name over a date line that opens with the place", () => {
  it.each([["Leeds, United Kingdom, May 22, 2026"], ["Leeds, United Kingdom. May 22, 2026"]])(
    "reads 'Sterling Vale' over '%s'",
    (dateLine) => {
      const r = readAs("soc2_report", ["Opinion", OPINION, RESTRICTED, "Sterling Vale", dateLine].join("\n"));
      expect(r.facts["auditor.name"]!.value).toBe("Sterling Vale");
      expect(r.facts["report_date"]!.value).toBe("2026-05-22");
    },
  );
});

describe("a firm whose legal form is P.S.", () => {
  it("reads 'Revision P.S.' printed under the date", () => {
    const r = readAs(
      "soc2_report",
      ["Opinion", OPINION, RESTRICTED, "September 14, 2026", "Revision P.S.", "Seattle, Washington"].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Revision P.S.");
  });
});
