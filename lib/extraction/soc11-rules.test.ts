// Made-up text (soc11 dev set's half A and the other ways firms print the same thing).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

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

  it("reads a three-part place on its own line over the date", () => {
    expect(signed("Vantresca Moyo LLP", "Toronto, Ontario, Canada", "March 31, 2026").place).toBe(
      "Toronto, Ontario, Canada",
    );
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
