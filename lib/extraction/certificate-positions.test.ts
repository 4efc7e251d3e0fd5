// Certificates read by position (issue #12): made-up certificates in the layouts of made-up development certificates
// (ReportLab, Chromium, LibreOffice). Each case failed on the rules before label-blocks.ts and its callers.
import { describe, expect, it } from "vitest";
import { readCertificate, row, type Row } from "./test-support/positioned";

const gap = (r: Row, g: number): Row => ({ ...r, gap: g });

describe("certificates read by position", () => {
  it("reads a table whose label cells wrap and whose values are centred beside them", () => {
    const v = readCertificate([
      [
        row(20, ["Certificate of Approval", 150]),
        row(10, ["This certificate confirms that the management system of the organisation below was assessed.", 60]),
        row(10, ["Organisation", 60], ["Pendle Digital Services Limited", 200]),
        gap(row(9.5, ["Standard", 60], ["ISO/IEC 27001:2022", 200]), 24),
        gap(row(9.5, ["Certificate", 60]), 24),
        gap(row(12, ["PDS/27001/0458", 200]), 6),
        gap(row(9.5, ["number", 60]), 6),
        gap(row(9.5, ["Date of", 60]), 24),
        gap(row(12, ["original", 60], ["4 November 2019", 200]), 11),
        gap(row(9.5, ["certification", 60]), 11),
        gap(row(9.5, ["Previous", 60]), 24),
        gap(row(12, ["certificate", 60], ["3 November 2025", 200]), 11),
        gap(row(9.5, ["valid until", 60]), 11),
        gap(row(9.5, ["Date of this", 60]), 24),
        gap(row(12, ["28 October 2025", 200]), 6),
        gap(row(9.5, ["certificate", 60]), 6),
        gap(row(9.5, ["Certificate", 60]), 24),
        gap(row(12, ["valid until", 60], ["3 November 2028", 200]), 11),
        gap(row(9.5, ["Next", 60]), 24),
        gap(row(12, ["surveillance", 60], ["15 October 2026", 200]), 11),
        gap(row(9.5, ["audit due", 60]), 11),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_holder: "Pendle Digital Services Limited",
      certificate_number: "PDS/27001/0458",
      original_certification_date: "2019-11-04",
      issue_date: "2025-10-28",
      expiry_date: "2028-11-03",
      surveillance_due: ["2026-10-15"],
    });
  });

  it("reads a label above its value ('AWARDED TO' over the name) and a surveillance schedule's rows", () => {
    const v = readCertificate([
      [
        row(13, ["Calloway Assurance Services Ltd", 60]),
        row(22, ["CERTIFICATE OF REGISTRATION", 120]),
        row(7.5, ["AWARDED TO", 70]),
        row(17, ["Merrow Health Analytics Ltd", 70]),
        row(10, ["Orchard House, 22 Severn Street, Birmingham B1 1QG", 70]),
        row(12, ["ISO/IEC 27001:2022", 70]),
        row(7.5, ["SURVEILLANCE SCHEDULE", 70]),
        row(9, ["Audit", 70], ["Due by", 230]),
        row(9.5, ["Surveillance audit 1", 70], ["20 March 2027", 230]),
        row(9.5, ["Surveillance audit 2", 70], ["20 March 2028", 230]),
      ],
    ]);
    expect(v.certificate_holder).toBe("Merrow Health Analytics Ltd");
    expect(v.surveillance_due).toEqual(["2027-03-20", "2028-03-20"]);
  });

  it("reads a sentence form: holder as subject, body as object, number and dates in sentences, a scope paragraph", () => {
    const v = readCertificate([
      [
        row(26, ["Certificate", 300]),
        row(13, ["Corrib Signal Networks Limited, 14 Dock Road, Galway H91 X2Y4, Ireland, has been assessed by", 60]),
        row(13, ["Halden Certification Ltd and found to operate an information security management system that", 60]),
        row(13, ["conforms to ISO/IEC 27001:2022.", 250]),
        gap(row(11, ["The certification applies to: the provision of managed network monitoring services to", 60]), 24),
        gap(row(11, ["enterprise customers, including the supporting network engineering activities.", 60]), 15),
        gap(
          row(10.5, ["Certificate CSN-2291-IE was first issued on 2 February 2022. This certificate is issued on", 60]),
          26,
        ),
        gap(
          row(10.5, ["30 January 2025 and remains valid until 1 February 2028. Surveillance audits are due by", 60]),
          14,
        ),
        gap(row(10.5, ["31 January 2026 and 31 January 2027.", 250]), 14),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_holder: "Corrib Signal Networks Limited",
      certification_body: "Halden Certification Ltd",
      certificate_number: "CSN-2291-IE",
      surveillance_due: ["2026-01-31", "2027-01-31"],
      scope_statement:
        "the provision of managed network monitoring services to enterprise customers, including the supporting network engineering activities.",
      sites: [{ location: "14 Dock Road, Galway H91 X2Y4, Ireland", activity: null }],
    });
  });

  it("reads a word processor's bilingual table, the issuer at the top and a scope and sites on an annex page", () => {
    const v = readCertificate(
      [
        [
          row(14, ["Alpenzert AG", 60]),
          row(11, ["Bahnhofplatz 2, 3011 Bern, Schweiz", 60]),
          row(22, ["ZERTIFIKAT / CERTIFICATE", 130]),
          row(11, ["Zertifikatsinhaber / Certificate holder Brunnhofer Datentechnik AG", 60]),
          row(11, ["Norm / Standard", 60], ["ISO/IEC 27001:2022", 300]),
          row(11, ["Geltungsbereich / Scope", 60], ["Siehe Anlage 1 / See Annex 1", 300]),
          row(11, ["Erstzertifizierung / Initial", 60], ["12.06.2018", 300]),
          row(11, ["certification", 60]),
          row(11, ["Ausstellungsdatum / Date of issue", 60], ["30.05.2024", 300]),
        ],
        [
          row(11, ["Geltungsbereich / Scope of certification", 60]),
          row(11, ["Design, development and hosting of the Brunnhofer document archive platform.", 60]),
          row(11, ["Standorte / Sites", 60]),
          row(11, ["Standort / Site", 60], ["Adresse / Address", 300]),
          row(11, ["Zug", 60], ["Industriestrasse 7, 6300 Zug", 300]),
          row(11, ["Basel", 60], ["Aeschenvorstadt 55, 4051 Basel", 300]),
        ],
      ],
      1.2,
    );
    expect(v).toMatchObject({
      certificate_holder: "Brunnhofer Datentechnik AG",
      certification_body: "Alpenzert AG",
      original_certification_date: "2018-06-12",
      scope_statement: "Design, development and hosting of the Brunnhofer document archive platform.",
    });
    expect((v.sites as { location: string }[]).map((s) => s.location)).toEqual([
      "Zug: Industriestrasse 7, 6300 Zug",
      "Basel: Aeschenvorstadt 55, 4051 Basel",
    ]);
  });

  it("follows a scope cell that points to an annex to the scope under the annex's heading", () => {
    const v = readCertificate([
      [
        row(22, ["CERTIFICATE", 130]),
        row(11, ["Certificate holder", 60], ["Brunnhofer Datentechnik AG", 300]),
        row(11, ["Standard", 60], ["ISO/IEC 27001:2022", 300]),
        row(11, ["Scope", 60], ["See Annex 1 to this certificate", 300]),
      ],
      [
        row(11, ["Scope (Annex 1)", 60]),
        row(11, ["Design, development and hosting of the Brunnhofer document archive platform.", 60]),
      ],
    ]);
    expect(v.scope_statement).toBe("Design, development and hosting of the Brunnhofer document archive platform.");
  });

  it("reads a surveillance schedule whose rows are keyed by number, a holder without a legal form and a body by its label", () => {
    const v = readCertificate([
      [
        row(22, ["CERTIFICATE", 130]),
        row(11, ["Certificate holder", 60], ["Brightwater Analytics", 250]),
        row(11, ["Standard", 60], ["ISO/IEC 27001:2022", 250]),
        row(11, ["Certification body", 60], ["Norland Registrars Ltd, 4 Quay Street, Hull", 250]),
        row(11, ["Surveillance audits", 60]),
        row(10, ["No.", 60], ["Due", 250]),
        row(10, ["1", 60], ["14 August 2026", 250]),
        row(10, ["2", 60], ["14 August 2027", 250]),
        row(10, ["Recertification", 60], ["14 May 2028", 250]),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_holder: "Brightwater Analytics",
      certification_body: "Norland Registrars Ltd",
      surveillance_due: ["2026-08-14", "2027-08-14"],
    });
  });

  it("reads the holder wrapped after 'certifies that', 'for the scope of', a two-block form with 'Certificate ID', 'This issue' and numbered surveillance labels", () => {
    const v = readCertificate([
      [
        row(22, ["ISO/IEC 27001:2022 Certificate", 112]),
        row(11.5, ["Sillvane Certification Ltd hereby certifies that Orlo Pay", 146]),
        row(11.5, ["Technologies Pty Ltd, Level 12, 60 Martin Place, Sydney NSW", 122]),
        row(11.5, ["2000, Australia, operates an information security management", 124]),
        row(11.5, ["system which complies with ISO/IEC 27001:2022 for the scope of the", 107]),
        row(11.5, ["development and operation of merchant payment gateway services.", 123]),
        gap(row(10, ["Certificate ID:", 79], ["SV-ISMS-00782", 175], ["Expires:", 326], ["04/11/2027", 423]), 44),
        gap(row(10, ["Initial issue:", 79], ["05/11/2021", 175], ["1st surveillance: 28/10/2025", 326]), 18),
        gap(row(10, ["This issue:", 79], ["28/10/2024", 175], ["2nd", 326]), 18.7),
        gap(row(10, ["surveillance:", 326], ["28/10/2026", 423]), 11.3),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_holder: "Orlo Pay Technologies Pty Ltd",
      certificate_number: "SV-ISMS-00782",
      issue_date: "2024-10-28",
      original_certification_date: "2021-11-05",
      expiry_date: "2027-11-04",
      surveillance_due: ["2025-10-28", "2026-10-28"],
      scope_statement: "the development and operation of merchant payment gateway services.",
      sites: [{ location: "Level 12, 60 Martin Place, Sydney NSW 2000, Australia", activity: null }],
    });
  });

  it("reads a header row of wrapped bilingual labels over a row of values, and a scope continued on an annex page", () => {
    const v = readCertificate(
      [
        [
          row(13, ["CERTIQUAL FRANCE SAS", 57]),
          row(22, ["CERTIFICAT / CERTIFICATE", 130]),
          row(11, ["Certiqual France SAS certifie que le système de management de / certifies that the", 74]),
          row(11, ["management system of", 242]),
          row(16, ["Vaudrel Informatique SARL", 182]),
          row(11, ["4 allée des Tilleuls, 69003 Lyon, France", 195]),
          row(11, ["est conforme à / conforms to ISO/IEC 27001:2022", 167]),
          row(11, ["Scope: Hosting of healthcare data platforms (continued on page 2).", 57]),
          row(11, ["N° de certificat /", 57], ["Date d'émission /", 306]),
          row(11, ["Certificate no.", 57], ["Issue date", 306], ["Valid until", 431]),
          gap(row(11, ["CQF-2024-11873", 57], ["16/09/2024", 306], ["18/09/2027", 431]), 26),
          row(11, ["Audits de surveillance / Surveillance audits: 16/09/2025, 16/09/2026", 57]),
        ],
        [
          row(11, ["Scope of certification (continued)", 57]),
          row(11, ["including backup, monitoring and incident management.", 57]),
        ],
      ],
      1.2,
    );
    expect(v).toMatchObject({
      certificate_holder: "Vaudrel Informatique SARL",
      certification_body: "Certiqual France SAS",
      certificate_number: "CQF-2024-11873",
      issue_date: "2024-09-16",
      expiry_date: "2027-09-18",
      surveillance_due: ["2025-09-16", "2026-09-16"],
      scope_statement:
        "Hosting of healthcare data platforms (continued on page 2). including backup, monitoring and incident management.",
    });
  });

  it("reads a table whose labels are set flush right in smaller type, wrapped, beside their values", () => {
    // Label cells end at x 195 (right-aligned, 9 pt); values start at 213 (12 pt): 18 pt apart, under the usual cell gap.
    const label = (t: string, g: number): Row => ({ cells: [[t, 195 - t.length * 4.5]], size: 9, gap: g });
    const value = (t: string): Row => ({ cells: [[t, 213]], size: 12, gap: 0 });
    const v = readCertificate([
      [
        row(26, ["Certificate", 230]),
        label("Certified organisation", 40),
        value("Lindqvist Byggdata AB"),
        label("Management system", 28),
        value("ISO/IEC 27001:2022"),
        label("standard", 7.5),
        label("Date of initial", 27),
        value("2022-03-14"),
        label("certification", 7.5),
        label("Date of current", 27),
        value("2025-03-03"),
        label("certification decision", 7.5),
        label("Certificate valid until", 27),
        value("2028-03-13"),
      ],
    ]);
    expect(v).toMatchObject({
      certificate_holder: "Lindqvist Byggdata AB",
      original_certification_date: "2022-03-14",
      issue_date: "2025-03-03",
      expiry_date: "2028-03-13",
    });
  });
});
