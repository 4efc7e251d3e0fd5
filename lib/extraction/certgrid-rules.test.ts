// Certificate grids, letterheads, marks and pdfTeX accents (issue #12, helper h-certgrid): made-up certificates in
// the layouts of the made-up development certificates of /work/extra-corpus/certgrid-dev. Each case failed on the
// rules before this branch.
import { describe, expect, it } from "vitest";
import { slashOrder } from "./dates";
import { buildPage, type RawItem } from "./layout";
import { normalizeText } from "./normalize";
import { readCertificate, row, type Row } from "./test-support/positioned";

const gap = (r: Row, g: number): Row => ({ ...r, gap: g });

describe("pdfTeX's spacing accents", () => {
  it("composes an accent printed before its letter, in the one normalisation", () => {
    expect(normalizeText("Holandsk\u00B4a 10, Bud\u02C7ejovice, Fran\u00B8cois, tr`es")).toBe(
      "Holandská 10, Budějovice, François, très",
    );
    // A backtick outside a word stays one.
    expect(normalizeText("run `npm test` now")).toBe("run `npm test` now");
    // An acute typed for an apostrophe before a word-final s is no "ś"; inside a word it is.
    expect(normalizeText("the company\u00B4s services")).not.toContain("ś");
    expect(normalizeText("Wojew\u00B4odzka \u00B4Slask")).toBe("Wojewódzka Ślask");
  });

  it("joins an item ending in an accent with the next, and puts a capital's raised accent into its word", () => {
    const items: RawItem[] = [
      ["Holandsk\u00B4", 60, 100, 40, 10, 0],
      ["a 10", 100, 100, 20, 10, 0],
      ["\u02C7", 131, 97.5, 5, 10, 0],
      ["Cesk\u00B4", 130, 100, 25, 10, 0],
      ["e", 155, 100, 5, 10, 0],
    ];
    expect(buildPage({ width: 595, height: 842, items }).text).toBe("Holandská 10 České");
  });
});

describe("certificates in grids of labels above values", () => {
  it("reads the second label row's values by position and a Statement of Applicability wrapped in its column", () => {
    const v = readCertificate([
      [
        row(14, ["NORDCERT", 60], ["Nordcert Zertifizierungs GmbH\u0088 Ringstraße 4, 1010 Wien, Austria", 200]),
        row(24, ["Certificate", 230]),
        row(9, ["Certificate holder", 60]),
        row(12, ["Alder Mobility GmbH", 60]),
        row(9, ["Standard", 60]),
        row(12, ["ISO/IEC 27001:2022", 60]),
        gap(row(9, ["Certificate registration no.", 60], ["Valid from", 230], ["Valid until", 390]), 30),
        gap(row(12, ["AB-1234-5", 60], ["3 May 2025", 230], ["2 May 2028", 390]), 15),
        gap(row(9, ["First certification", 60], ["Audit report", 230], ["Statement of Applicability", 390]), 16),
        gap(row(12, ["3 May 2019", 60], ["AR-25-0871", 230], ["Version 2.4 of 15", 390]), 15),
        gap(row(12, ["June 2025", 390]), 14),
        gap(row(12, ["AKKREDITIERUNG", 400]), 60),
        gap(row(12, ["AUSTRIA", 420]), 14),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_number: "AB-1234-5",
      original_certification_date: "2019-05-03",
      expiry_date: "2028-05-02",
      soa_reference: { version: "2.4", date: "2025-06-15" },
      certification_body: "Nordcert Zertifizierungs GmbH",
      accreditation_body: "AKKREDITIERUNG AUSTRIA",
    });
  });

  it("reads a header label broken with a hyphen and a value wrapped with one; 'Accredited Body No.' names no body", () => {
    const v = readCertificate([
      [
        row(20, ["CERTIFICATE", 200]),
        row(10, ["This is to certify that", 200]),
        row(16, ["Tellier Santé SAS", 200]),
        row(10, ["ISO/IEC 27001:2022", 200]),
        gap(row(8, ["CERTIFICATE NUMBER", 62], ["ISSUE DATE", 202], ["EXPIRY DATE", 341]), 30),
        gap(row(10.9, ["CQ-2207", 62], ["17 November 2025", 202], ["16 November 2028", 341]), 14),
        gap(
          row(8, ["INITIAL CERTIFICATION", 62], ["CERTIFICATION DECISION", 202], ["STATEMENT OF APPLICABIL-", 341]),
          37,
        ),
        gap(row(8, ["ITY", 341]), 13),
        gap(row(10.9, ["17 November 2022", 62], ["10 November 2025", 202], ["Version 5.0 of 2 Octo-", 341]), 14),
        gap(row(10.9, ["ber 2025", 341]), 13),
        gap(row(9.5, ["Accreditation:", 60], ["JAS-ANZ Accredited Body No. Z44101", 165]), 30),
      ],
    ]);
    expect(v).toMatchObject({
      soa_reference: { version: "5.0", date: "2025-10-02" },
      accreditation_body: "JAS-ANZ",
      original_certification_date: "2022-11-17",
    });
  });

  it("reads two blocks of wrapped bilingual labels side by side, their values centred beside them", () => {
    const v = readCertificate([
      [
        row(20, ["CERTIFICATE", 150]),
        row(10, ["This is to certify that", 150]),
        row(16, ["Wendel Datentechnik GmbH", 150]),
        row(10, ["ISO/IEC 27001:2022", 150]),
        gap(row(10, ["Zertifikat-Nr. /", 59], ["Erstzertifizierung /", 304]), 30),
        gap(row(10, ["QX-27001-1188", 171], ["7 April 2017", 426]), 6),
        gap(row(10, ["Certificate no.:", 59], ["Initial certification:", 304]), 6),
        gap(row(10, ["Nächstes", 304]), 16),
        gap(row(10, ["Ausstellungsdatum /", 59], ["Überwachungsaudit /", 304]), 11),
        gap(row(10, ["3 March 2025", 171], ["until 2 February 2026", 426]), 6),
        gap(row(10, ["Date of issue:", 59], ["Next surveillance", 304]), 6),
        gap(row(10, ["audit:", 304]), 12),
        gap(row(10, ["Erklärung zur", 304]), 16),
        gap(row(10, ["Gültig bis / Valid", 59], ["Anwendbarkeit /", 304], ["Version 3.1 of 12", 426]), 12),
        gap(row(10, ["6 April 2028", 171]), 5),
        gap(row(10, ["until:", 59], ["Statement of", 304], ["January 2025", 426]), 6),
        gap(row(10, ["Applicability:", 304]), 12),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_number: "QX-27001-1188",
      issue_date: "2025-03-03",
      original_certification_date: "2017-04-07",
      expiry_date: "2028-04-06",
      surveillance_due: ["2026-02-02"],
      soa_reference: { version: "3.1", date: "2025-01-12" },
    });
  });
});

describe("letterheads, audit programmes and marks", () => {
  it("keeps a firm's lines stacked beside a logo word apart, and reads an audit programme and a first certification", () => {
    const v = readCertificate([
      [
        row(9, ["Brakcert B.V.", 420]),
        gap(row(28, ["BRAKCERT", 40]), 7),
        gap(row(8, ["Havenstraat 4, 3011 Rotterdam", 420]), 5),
        row(24, ["CERTIFICATE", 40]),
        row(10, ["The information security management system of", 40]),
        row(17, ["Zeeburg Cloud Services B.V.", 40]),
        row(10, ["Kade 17, 2628 EB Delft, The Netherlands", 40]),
        row(10, ["has been assessed and found to meet the requirements of ISO/IEC 27001:2022.", 40]),
        gap(row(7, ["CERTIFICATE NUMBER", 40], ["DATE OF CERTIFICATION", 300]), 30),
        gap(row(11, ["ZC-1188-ISMS", 40], ["16 July 2025", 300]), 15),
        gap(row(7, ["VALID UNTIL", 40], ["FIRST CERTIFIED ON", 300]), 35),
        gap(row(11, ["15 July 2028", 40], ["16 July 2019", 300]), 15),
        gap(row(11, ["Audit programme", 40]), 35),
        row(9, ["Audit", 40], ["Planned date", 220]),
        row(9.5, ["Recertification", 40], ["15-04-2028", 220]),
        row(9.5, ["Surveillance 1", 40], ["15-06-2026", 220]),
        row(9.5, ["Surveillance 2", 40], ["15-06-2027", 220]),
        gap(row(16, ["RvA", 480]), 60),
        gap(row(8, ["C 617", 488]), 15),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_holder: "Zeeburg Cloud Services B.V.",
      certification_body: "Brakcert B.V.",
      issue_date: "2025-07-16",
      original_certification_date: "2019-07-16",
      surveillance_due: ["2026-06-15", "2027-06-15"],
      accreditation_body: "RvA",
    });
  });

  it("skips an accreditor's registration number, reads 'revision 4' and slashed dates in the written dates' order", () => {
    const v = readCertificate([
      [
        row(7, ["INAB Registration No. 413C", 450]),
        row(18, ["CERTIFICATE", 215]),
        row(9, ["Orla Registrars Ltd certifies that the management system of", 89]),
        row(14, ["Kilbeg Clinical Data Ltd", 190]),
        row(9, ["meets the requirements of ISO/IEC 27001:2022.", 150]),
        row(9, ["Statement of Applicability, revision 4, 2 June 2025.", 150]),
        row(7, ["Certificate Number", 30], ["ORL-ISMS-0042", 236]),
        row(7, ["Date of original approval", 30], ["14 September 2022", 236]),
        row(7, ["Certificate expiry", 30], ["13 September 2028", 236]),
        row(7.5, ["Audit programme for the current cycle", 27]),
        row(7, ["Audit", 31], ["Date", 288]),
        row(7, ["Surveillance audit 1", 31], ["due by 04/08/2026", 288]),
        row(7, ["Surveillance audit 2", 31], ["due by 04/08/2027", 288]),
        gap(row(11, ["DANAK", 480]), 30),
        row(7, ["CERTIFICERING", 470]),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_number: "ORL-ISMS-0042",
      soa_reference: { version: "4", date: "2025-06-02" },
      surveillance_due: ["2026-08-04", "2027-08-04"],
      accreditation_body: "DANAK",
    });
  });

  it("takes the slash order from the written-out dates only when they all agree", () => {
    expect(slashOrder("Issued 12 September 2025; due 12/08/2026")).toBe("dmy");
    expect(slashOrder("Issued September 12, 2025; due 12/08/2026")).toBe("mdy");
    expect(slashOrder("Issued 12 September 2025, expires September 11, 2028")).toBeNull();
  });

  it("reads a letterhead firm and a holder alone on its line ending in a capitalised short legal form, and a mark's words stacked", () => {
    const v = readCertificate([
      [
        row(8.5, ["Haldor Sertifisering AS", 420]),
        row(26, ["CERTIFICATE", 195]),
        row(10, ["This is to certify that the information security management system of", 123]),
        row(17, ["Lysaker Nett AS", 197]),
        row(14, ["ISO/IEC 27001:2022", 218]),
        gap(row(9, ["Oslo, 14 January 2026", 62], ["NORSK", 450]), 200),
        gap(row(9, ["AKKREDITERING", 427]), 14),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_holder: "Lysaker Nett AS",
      certification_body: "Haldor Sertifisering AS",
      accreditation_body: "NORSK AKKREDITERING",
    });
  });
});
