// Certificate forms beyond the label-colon-value line (issue #12's blind set showed each): every label above its value,
// a scope annex and a site schedule on later pages, a certificate written only in sentences, a two-column label/value
// table. Each case is made-up text laid out by position as pdf.js reports it, and each failed on the earlier rules.
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract-document";
import { readCertificate, row, type Row } from "./test-support/positioned";
import { findDates, slashOrder } from "./dates";
import type { TextDocument } from "./types";

const read = (pages: Row[][]) => readCertificate(pages);

function readText(...pages: string[]): Record<string, unknown> {
  const doc: TextDocument = { pages, filename: "certificate.pdf", format: "text" };
  const r = extractFromText(doc, {
    classification: { kind: "iso_certificate", confidence: 1, reason: "test" },
    now: new Date("2026-01-01"),
  });
  return Object.fromEntries(
    Object.entries(r.facts as Record<string, { value: unknown }>).map(([k, f]) => [k, f.value]),
  );
}

describe("certificate forms read by position and by sentence", () => {
  it("reads every label above its value: surveillance due, a site list split at semicolons, the scope up to the next label", () => {
    const L = 7.5;
    const V = 11;
    const v = read([
      [
        row(16, ["Larkspur Zertifizierung GmbH", 70]),
        row(24, ["Certificate", 70]),
        row(L, ["CERTIFICATE HOLDER", 80]),
        row(14, ["Ammerbach Sensorik GmbH", 80]),
        row(L, ["MANAGEMENT SYSTEM STANDARD", 80]),
        row(12, ["ISO/IEC 27001:2022", 80]),
        row(L, ["SCOPE OF CERTIFICATION", 80]),
        row(V, ["Design and calibration of industrial pressure sensors and the operation of the", 80]),
        row(V, ["sensor telemetry portal. Statement of Applicability:", 80]),
        row(V, ["Version 2.4 of 03.02.2025.", 80]),
        row(L, ["SITES", 80]),
        row(V, ["Ulm (headquarters), Hafenbad 3, 89073 Ulm, Germany; Jena (calibration", 80]),
        row(V, ["laboratory), Carl-Zeiss-Platz 2, 07743 Jena, Germany", 80]),
        row(L, ["CERTIFICATE REGISTRATION NO.", 80]),
        row(12, ["LZ-27-0098", 80]),
        row(L, ["NEXT SURVEILLANCE AUDIT DUE", 80]),
        row(12, ["by 14.03.2026", 80]),
      ],
    ]);
    expect(v.surveillance_due).toEqual(["2026-03-14"]);
    expect(v.sites).toEqual([
      "Ulm (headquarters), Hafenbad 3, 89073 Ulm, Germany",
      "Jena (calibration laboratory), Carl-Zeiss-Platz 2, 07743 Jena, Germany",
    ]);
    expect(v.scope_statement).toBe(
      "Design and calibration of industrial pressure sensors and the operation of the sensor telemetry portal. Statement of Applicability: Version 2.4 of 03.02.2025.",
    );
    expect(v.soa_reference).toEqual({ version: "2.4", date: "2025-02-03" });
  });

  it("reads a scope annex and a Site | Address | Activities schedule, and slashed dates in the certificate's own order", () => {
    const v = read([
      [
        row(13, ["VELLANO CERTIFICAZIONI S.p.A.", 60]),
        row(10, ["CERTIFICATE No. VC-27-3310", 60]),
        row(10, ["We hereby certify that the organisation", 60]),
        row(12, ["Brenta Logistica S.r.l.", 60]),
        row(10, ["operates a management system that complies with the requirements of ISO/IEC 27001:2022", 60]),
        row(10, ["for the scope described in Annex 1 and at the sites listed in Annex 2.", 60]),
        row(10, ["Date of initial certification:", 60], ["21/09/2017", 260]),
        row(10, ["Date of this issue:", 60], ["04/06/2025", 260]),
        row(10, ["Expiry date:", 60], ["20/09/2026", 260]),
      ],
      [
        row(13, ["Annex 1 to certificate VC-27-3310 - Scope of certification", 60]),
        row(10, ["Brenta Logistica S.r.l.", 60]),
        row(10, ["Operation of a warehouse management platform for pharmaceutical distributors, in", 60]),
        row(10, ["accordance with the Statement of Applicability rev. 4 of 02/05/2025.", 60]),
        row(10, ["Exclusions: none.", 60]),
      ],
      [
        row(13, ["Annex 2 to certificate VC-27-3310 - Site schedule", 60]),
        row(9.5, ["Site", 64], ["Address", 124], ["Activities", 324]),
        row(9.5, ["1 (HQ)", 64], ["Via Roma 4, 35122 Padova (PD), Italy", 124], ["Management, development", 324]),
        row(9.5, ["2", 64], ["Via Verdi 9, 30172 Mestre (VE), Italy", 124], ["Warehouse operations", 324]),
      ],
    ]);
    expect(v.issue_date).toBe("2025-06-04");
    expect(v.scope_statement).toBe(
      "Operation of a warehouse management platform for pharmaceutical distributors, in accordance with the Statement of Applicability rev. 4 of 02/05/2025.",
    );
    expect(v.soa_reference).toEqual({ version: "4", date: "2025-05-02" });
    expect(v.sites).toEqual([
      { location: "Via Roma 4, 35122 Padova (PD), Italy", activity: "Management, development" },
      { location: "Via Verdi 9, 30172 Mestre (VE), Italy", activity: "Warehouse operations" },
    ]);
  });

  it("reads a certificate written only in sentences: holder and its address, number, body, first issue and reissue", () => {
    const v = readText(
      "KOOKABURRA ASSURANCE\nCertificate of Conformity\n" +
        "This is to certify that the information security management system of Wattle Health\nRecords Pty Ltd, Level 3, 10 Queen Street, Brisbane QLD 4000, Australia, has been\n" +
        "assessed and found to conform to the requirements of ISO/IEC 27001:2022 for the following\nscope:\n" +
        "The hosting and support of electronic health record systems.\n" +
        "This certificate, number KA-27-0412, was first issued on 2 March 2020, was reissued on\n1 March 2026 following a recertification audit, and remains valid until 1 March 2029.\n" +
        "Signed for and on behalf of Kookaburra Assurance Pty Ltd\nJune Tallis, Chief Executive\n",
    );
    expect(v).toMatchObject({
      certificate_holder: "Wattle Health Records Pty Ltd",
      certificate_number: "KA-27-0412",
      certification_body: "Kookaburra Assurance Pty Ltd",
      original_certification_date: "2020-03-02",
      issue_date: "2026-03-01",
      expiry_date: "2029-03-01",
      scope_statement: "The hosting and support of electronic health record systems.",
      sites: [{ location: "Level 3, 10 Queen Street, Brisbane QLD 4000, Australia", activity: null }],
    });
  });

  it("reads a two-column label/value table: the holder without its label, the scope in the value column, the body from the letterhead", () => {
    const v = read([
      [
        row(8, ["Gannet Certification Ltd · 4 Harbour Row · Penzance TR18 2AA · United Kingdom", 60]),
        row(22, ["CERTIFICATE", 226]),
        row(10, ["Certificate number", 67], ["GC-ISMS-5521", 217]),
        row(10, ["Organisation", 67], ["Pendeen Cloud Ltd", 217]),
        row(10, ["Standard", 67], ["ISO/IEC 27001:2022", 217]),
        row(10, ["Scope", 67], ["Hosting and support of the Pendeen backup service, in", 217]),
        row(10, ["accordance with the Statement of Applicability version 2.0.", 217]),
        row(10, ["Issue date", 67], ["30 April 2026", 217]),
        row(10, ["Expiry date", 67], ["11 May 2029", 217]),
        row(9, ["Mara Quiller, Certification Manager, Gannet Certification Ltd", 60]),
      ],
    ]);
    expect(v.certificate_holder).toBe("Pendeen Cloud Ltd");
    expect(v.scope_statement).toBe(
      "Hosting and support of the Pendeen backup service, in accordance with the Statement of Applicability version 2.0.",
    );
    expect(v.certification_body).toBe("Gannet Certification Ltd");
  });
});

describe("slashed dates in a document's own order", () => {
  it("reads an ambiguous date day-first when the document's unambiguous slashed dates are day-first", () => {
    const text = "Initial: 20/11/2018 Issue: 10/12/2025";
    expect(slashOrder(text)).toBe("dmy");
    expect(findDates("10/12/2025", slashOrder(text))[0]!.iso).toBe("2025-12-10");
    expect(findDates("10/12/2025")[0]!.iso).toBe("2025-10-12");
    expect(slashOrder("11/20/2018 and 21/11/2018")).toBeNull();
  });
});

describe("a vendor's claims page", () => {
  function claims(text: string): Record<string, unknown> {
    const doc: TextDocument = { pages: [text], filename: "flyer.pdf", format: "text" };
    const r = extractFromText(doc, { classification: { kind: "claims_page", confidence: 1, reason: "test" } });
    return Object.fromEntries(
      Object.entries(r.facts as Record<string, { value: unknown }>).map(([k, f]) => [k, f.value]),
    );
  }

  it("reads the standard, edition and certification body from the sentence that claims the certification", () => {
    expect(
      claims(
        "Heron Files\nISO 27001 certified.\nOur information security\nmanagement system is certified to\nISO/IEC 27001:2022 by Marten\nCertification GmbH, covering the whole platform.\n",
      ),
    ).toEqual({ standard: "ISO/IEC 27001", standard_version: "2022", certification_body: "Marten Certification GmbH" });
  });

  it("reads nothing from a page that lists standards without saying who certified what", () => {
    expect(claims("Our certifications\nISO/IEC 27017:2015\nISO/IEC 27701:2019\nISO 9001\n")).toEqual({});
  });
});
