// Certificate labels read from blind-9's failures after its measurement (each case fails without its rule): a
// surveillance line in German with dotted dates, the English scope after one in the certificate's language, a number
// sign in two languages, "Certificate expiry date" and "Date of current certification", and a body whose name ends in
// "mbH".
import { describe, expect, it } from "vitest";
import { readCertificate, row } from "./test-support/positioned";
import { readAs } from "./test-support/read-as";

describe("certificate labels", () => {
  it("reads the surveillance dates of a German line, dotted dates and all, and a body ending in 'mbH'", () => {
    const r = readAs(
      "iso_certificate",
      "Prüfwerk Zertifizierungsgesellschaft mbH\nZERTIFIKAT\nDie Zertifizierungsstelle bescheinigt hiermit, dass das Unternehmen\nBrandt Systeme GmbH\nein Informationssicherheits-Managementsystem nach ISO/IEC 27001:2022 anwendet.\nZertifikat-Registrier-Nr. PW-ISMS-2025-001\nAusstellungsdatum 07.03.2025\ngültig bis 13.03.2028\nÜberwachungsaudit fällig bis 13.03.2026 / bis 13.03.2027\nHamburg, 07.03.2025\n",
    );
    expect(r.facts.surveillance_due!.value).toEqual(["2026-03-13", "2027-03-13"]);
    expect(r.facts.certification_body!.value).toBe("Prüfwerk Zertifizierungsgesellschaft mbH");
  });

  it("takes the English scope printed under its own label after the French one, and 'N° / No.' as the number's label", () => {
    const r = readAs(
      "iso_certificate",
      "CERTIFICAT / CERTIFICATE\nN° / No. : LX-27K-22-0101\nLumex Certification certifies that the information security management system of\nOrvane SAS\ncomplies with the requirements of ISO/IEC 27001:2022\nDomaine d'application :\nHébergement de plateformes applicatives.\nScope:\nHosting of application platforms.\nDate d'émission / Issue date 29/08/2024\n",
    );
    expect(r.facts.certificate_number!.value).toBe("LX-27K-22-0101");
    expect(r.facts.scope_statement!.value).toBe("Hosting of application platforms.");
  });

  it("reads 'Certificate expiry date' and 'Date of current certification'", () => {
    const r = readAs(
      "iso_certificate",
      "CERTIFICATE OF REGISTRATION\nThis is to certify that the Information Security Management System of\nHallam Data Limited\nhas been assessed and registered as meeting the requirements of ISO/IEC 27001:2022\nCertificate number IS 700001\nDate of original certification 21 June 2018\nDate of current certification 4 July 2024\nCertificate expiry date 20 June 2027\n",
    );
    expect(r.facts.expiry_date!.value).toBe("2027-06-20");
    expect(r.facts.issue_date!.value).toBe("2024-07-04");
    expect(r.facts.original_certification_date!.value).toBe("2018-06-21");
  });
});

describe("a site table numbered beside the site's name", () => {
  it("reads 'No. | Site | Address | Activities' rows, the number and the name one key", () => {
    const v = readCertificate([
      [
        row(11, ["No.", 67], ["Site", 95], ["Address", 182], ["Activities", 365]),
        row(11, ["1", 67], ["Head office", 95], ["5 Greyfriars Walk, Bristol BS1 2NT", 182], ["ISMS management", 365]),
        row(11, ["2", 67], ["Data centre", 95], ["Unit 4, Celtic Springs, Newport NP10 8BE", 182], ["Hosting", 365]),
      ],
    ]);
    expect(v.sites).toEqual([
      { location: "5 Greyfriars Walk, Bristol BS1 2NT", activity: "ISMS management" },
      { location: "Unit 4, Celtic Springs, Newport NP10 8BE", activity: "Hosting" },
    ]);
  });
});

describe("surveillance dates on their label's line", () => {
  it("stops at the line's end when the next line is another field (blind-10 after its measurement)", () => {
    const r = readAs(
      "iso_certificate",
      "CERTIFICATE\nThis is to certify that the information security management system of\nMeriwell GmbH\nconforms to ISO/IEC 27001:2022\nCertificate number: MW-100\nValid until: 13 March 2028\nSurveillance audits due: before 13 March 2026 and before 13 March 2027\nStatement of Applicability: Version 3.2, 10 January 2025\n",
    );
    expect(r.facts.surveillance_due!.value).toEqual(["2026-03-13", "2027-03-13"]);
  });
});

describe("a certificate number printed in groups", () => {
  it("reads 'TZ-ISMS 25 0417' whole (blind-10 after its measurement)", () => {
    const r = readAs(
      "iso_certificate",
      "CERTIFICATE\nCertificate holder: Meriwell GmbH\nStandard: ISO/IEC 27001:2022\nCertificate number: QX-ISMS 25 0001\nDate of issue: 14 March 2025\n",
    );
    expect(r.facts.certificate_number!.value).toBe("QX-ISMS 25 0001");
  });
});
