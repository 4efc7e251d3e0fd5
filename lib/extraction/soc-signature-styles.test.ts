// Made-up text (soc10 dev set's half A).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const OPINION =
  "In our opinion, in all material respects, the description presents the Harlow Ledger Platform that was designed and implemented throughout the period January 1, 2026 to June 30, 2026.";

describe("signature blocks in other national styles", () => {
  it("reads the firm over the signing accountant's name and title (Australian style)", () => {
    const r = readAs(
      "soc2_report",
      [
        OPINION,
        "Kellaway Assurance Pty Ltd",
        "Morgan Tate",
        "Director",
        "Perth, Western Australia",
        "3 March 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Kellaway Assurance Pty Ltd");
    expect(r.facts["auditor.location"]!.value).toBe("Perth, Western Australia");
  });

  it("reads a place and day-first date line over the firm (German style)", () => {
    const r = readAs(
      "soc2_report",
      [OPINION, "Hamburg, 4 December 2025", "Nordlicht Revision GmbH", "Wirtschaftsprüfungsgesellschaft"].join("\n"),
    );
    expect(r.facts["report_date"]!.value).toBe("2025-12-04");
    expect(r.facts["auditor.name"]!.value).toBe("Nordlicht Revision GmbH");
    expect(r.facts["auditor.location"]!.value).toBe("Hamburg");
  });

  it("reads a firm over 'Public Accountants and Chartered Accountants' and a city-state (Singapore style)", () => {
    const r = readAs(
      "soc2_report",
      [
        OPINION,
        "Lim Corvane & Partners PAC",
        "Public Accountants and Chartered Accountants",
        "Singapore",
        "27 March 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Lim Corvane & Partners PAC");
    expect(r.facts["auditor.location"]!.value).toBe("Singapore");
  });
});

describe("a firm that signs 'For X' over its designation, a partner and a place", () => {
  it("keeps the firm's name without 'For'", () => {
    const r = readAs(
      "soc2_report",
      [
        OPINION,
        "For Raghunath & Iyer LLP",
        "Chartered Accountants",
        "Firm Registration No. 104455W",
        "Meera Kulkarni",
        "Partner",
        "Place: Nagpur",
        "Date: 14 November 2025",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Raghunath & Iyer LLP");
  });
});

describe("signature blocks with other legal forms and accented places", () => {
  it("reads 'for and on behalf of' a B.V. under a place and date line (Dutch style)", () => {
    const r = readAs(
      "soc2_report",
      [OPINION, "Utrecht, 5 March 2026", "for and on behalf of Veldhuis Assurance B.V.", "drs. J. Bakker RA"].join(
        "\n",
      ),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Veldhuis Assurance B.V.");
    expect(r.facts["auditor.location"]!.value).toBe("Utrecht");
  });
  it("reads a place with accented letters above the date", () => {
    const r = readAs(
      "soc2_report",
      [
        OPINION,
        "Duchesne Tremblay S.E.N.C.R.L.",
        "Chartered Professional Accountants",
        "Québec, Canada",
        "January 22, 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.name"]!.value).toBe("Duchesne Tremblay S.E.N.C.R.L.");
    expect(r.facts["auditor.location"]!.value).toBe("Québec, Canada");
  });
});

describe("a place given with a label in the signature", () => {
  it("reads 'Place: Chennai' over 'Date: …'", () => {
    const r = readAs(
      "soc2_report",
      [
        OPINION,
        "For Pradhan Rao & Co.",
        "Chartered Accountants",
        "Suresh Pradhan",
        "Partner",
        "Place: Chennai",
        "Date: 3 February 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.location"]!.value).toBe("Chennai");
    expect(r.facts["report_date"]!.value).toBe("2026-02-03");
  });
});
