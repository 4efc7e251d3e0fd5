// Certificate rules from the cert10 development set (issue #12: labels set beside the middle of a wrapped value,
// certificates in Portuguese and Swedish, bilingual Japanese/English forms, multi-standard certificates and
// look-alikes). Every text here is made up; each case failed on the rules before this branch.
import { describe, expect, it } from "vitest";
import { classifyText } from "./classify";
import { findDates } from "./dates";
import { repairOcrDateDigits } from "./ocr-digits";
import { readCertificate, row } from "./test-support/positioned";
import { extractFromText } from "./extract-document";
import { normalizeText } from "./normalize";
import { readAs } from "./test-support/read-as";

const values = (r: { facts: unknown }) =>
  Object.fromEntries(Object.entries(r.facts as Record<string, { value: unknown }>).map(([k, f]) => [k, f?.value]));

describe("a label between the lines of its wrapped value", () => {
  it("reads the scope's lines above a label set beside its middle", () => {
    const r = values(
      readAs(
        "iso_certificate",
        [
          "Ashgrove Registrars Ltd certifies that",
          "Pellworth Records Ltd",
          "conforms to ISO/IEC 27001:2022",
          "Certificate No.\tAR-2210",
          "The storage and retrieval of archived business records as a service for",
          "Scope",
          "law firms and accountancy practices.",
          "Issue date\t4 March 2025",
        ].join("\n"),
      ),
    );
    expect(r.scope_statement).toBe(
      "The storage and retrieval of archived business records as a service for law firms and accountancy practices.",
    );
  });

  it("keeps a scope under its label that starts its own sentence", () => {
    const r = values(
      readAs(
        "iso_certificate",
        [
          "Ashgrove Registrars Ltd certifies that",
          "Pellworth Records Ltd",
          "conforms to ISO/IEC 27001:2022 and its extension ISO/IEC 27701:2019",
          "Scope:",
          "The storage of archived business records.",
        ].join("\n"),
      ),
    );
    expect(r.scope_statement).toBe("The storage of archived business records.");
  });
});

describe("certificates printed in Portuguese and Swedish", () => {
  it("reads a Portuguese certificate's labels", () => {
    const r = values(
      readAs(
        "iso_certificate",
        [
          "Certificado n.º PT-ISMS-0400",
          "A Certilusa, Lda. certifica que o Sistema de Gestão de Segurança da Informação de",
          "Mondego Redes, S.A.",
          "está conforme com a norma ISO/IEC 27001:2022",
          "Âmbito\tGestão de centros de dados e serviços de alojamento.",
          "Instalações\t1. Rua Ferreira Borges 50, 3000-180 Coimbra",
          "2. Avenida Fernão de Magalhães 12, 3000-175 Coimbra",
          "Declaração de Aplicabilidade\tversão 2, de 3 de março de 2025",
          "Data da certificação inicial\t9 de abril de 2021",
          "Data de emissão\t2 de abril de 2025",
          "Válido até\t8 de abril de 2027",
          "IPAC",
          "Instituto Português de Acreditação",
        ].join("\n"),
      ),
    );
    expect(r.certificate_number).toBe("PT-ISMS-0400");
    expect(r.scope_statement).toBe("Gestão de centros de dados e serviços de alojamento.");
    expect((r.sites as { location: string }[]).map((s) => s.location)).toEqual([
      "Rua Ferreira Borges 50, 3000-180 Coimbra",
      "Avenida Fernão de Magalhães 12, 3000-175 Coimbra",
    ]);
    expect(r.soa_reference).toEqual({ version: "2", date: "2025-03-03" });
    expect(r.original_certification_date).toBe("2021-04-09");
    expect(r.accreditation_body).toBe("IPAC");
  });

  it("recognises and reads a Swedish certificate", () => {
    const text = [
      "Norrsken Certifiering AB",
      "CERTIFIKAT",
      "Certifikat nr: SE-2290",
      "Härmed intygas att ledningssystemet för informationssäkerhet hos",
      "Vänern Data AB",
      "uppfyller kraven i ISO/IEC 27001:2022",
      "Omfattning:\tUtveckling och drift av bokningssystem för hotell.",
      "Tillämpningsförklaring:\tversion 3, daterad 2 maj 2025",
      "Första certifiering:\t12 augusti 2019",
      "Utfärdat:\t20 maj 2025",
      "Giltigt till:\t11 augusti 2028",
    ].join("\n");
    expect(classifyText({ pages: [text], filename: "c.pdf", format: "pdf" }).kind).toBe("iso_certificate");
    const r = values(readAs("iso_certificate", text));
    expect(r.certificate_number).toBe("SE-2290");
    expect(r.scope_statement).toBe("Utveckling och drift av bokningssystem för hotell.");
    expect(r.soa_reference).toEqual({ version: "3", date: "2025-05-02" });
    expect([r.original_certification_date, r.issue_date, r.expiry_date]).toEqual([
      "2019-08-12",
      "2025-05-20",
      "2028-08-11",
    ]);
    expect(findDates("30 maj 2024").map((d) => d.iso)).toEqual(["2024-05-30"]);
  });

  it("reads a Swedish accreditation mark, the acronym over its noun", () => {
    const r = readCertificate([
      [
        row(12, ["Norrsken Certifiering AB certifies that", 60]),
        row(14, ["Vänern Data AB", 60]),
        row(10, ["conforms to ISO/IEC 27001:2022", 60]),
        row(9, ["Stockholm, 20 May 2025", 60], ["SWEDAC", 450]),
        row(9, ["Eva Holm, VD", 60], ["ACKREDITERING", 450]),
      ],
    ]);
    expect(r.accreditation_body).toBe("SWEDAC");
  });
});

describe("an integrated management system's certificate", () => {
  const ims = [
    "Burren Quality Certification Ltd",
    "CERTIFICATE OF REGISTRATION",
    "Burren Quality Certification Ltd certifies that",
    "Inishmore Data Teoranta",
    "Kilronan, Inis Mór, Co. Galway H91 X2Y3, Ireland",
    "operates a management system that complies with",
    "ISO 9001:2015 and ISO/IEC 27001:2022",
    "Certificate No.: BQC-IMS-2291",
  ].join("\n");

  it("is an information-security certificate when ISO/IEC 27001 is among the standards it conforms to", () => {
    expect(classifyText({ pages: [ims], filename: "c.pdf", format: "pdf" }).kind).toBe("iso_certificate");
    const r = values(readAs("iso_certificate", ims));
    expect([r.standard, r.standard_version]).toEqual(["ISO/IEC 27001", "2022"]);
    // An Irish holder's legal form ("Teoranta", Limited).
    expect(r.certificate_holder).toBe("Inishmore Data Teoranta");
  });

  it("stays a quality certificate when ISO/IEC 27001 is named only outside the conformity clause", () => {
    const quality = [
      "This is to certify that the Quality Management System of",
      "Aran Secure Software Ltd",
      "has been assessed and found to conform to the requirements of",
      "ISO 9001:2015",
      "for the scope: Development of monitoring software. Controls aligned with ISO/IEC 27001:2022 are not covered.",
      "Certificate number: BQC-QMS-2290",
    ].join("\n");
    expect(classifyText({ pages: [quality], filename: "c.pdf", format: "pdf" }).kind).toBe("other_certificate");
  });
});

describe("a grid of labels over values as OCR reads it", () => {
  it("completes dates wrapped in narrow cells with the years under them and reads them in the labels' order", () => {
    const page = [
      "Tayside Assurance Ltd",
      "This is to certify that the Information Security Management System of",
      "Glenshee Routing Ltd",
      "has been assessed as conforming to ISO/IEC 27001:2022",
      "Certificate No. Original approval Current certificate Certificate expiry",
      "TAL-55120 3 March 14 February 2 March",
      "2020 2026 2029",
    ].join("\n");
    const r = values(
      extractFromText(
        { pages: [normalizeText(page)], filename: "scan.pdf", format: "pdf", ocrPages: [1] },
        { classification: { kind: "iso_certificate", confidence: 1, reason: "test" }, now: new Date("2026-06-01") },
      ),
    );
    expect([r.original_certification_date, r.issue_date, r.expiry_date]).toEqual([
      "2020-03-03",
      "2026-02-14",
      "2029-03-02",
    ]);
    expect(r.certificate_number).toBe("TAL-55120");
  });
});

describe("the holder's address under its name", () => {
  it("is not the certifying sentence that goes on under the name", () => {
    const r = values(
      readAs(
        "iso_certificate",
        [
          "Pennine Registrars Ltd",
          "This is to certify that",
          "Calder Valley Freight Ltd",
          "operates an Information Security Management System",
          "which complies with the requirements of ISO/IEC 27001:2022",
        ].join("\n"),
      ),
    );
    expect(r.sites).toBeNull();
  });
});

describe("the Statement of Applicability's version as printed", () => {
  it("reads 'Ver.', 'Edition', 'v.4' and a version printed after the date", () => {
    const soa = (line: string) =>
      values(
        readAs(
          "iso_certificate",
          [
            "Ashgrove Registrars Ltd certifies that",
            "Pellworth Records Ltd",
            "conforms to ISO/IEC 27001:2022",
            line,
          ].join("\n"),
        ),
      ).soa_reference;
    expect(soa("Statement of Applicability dated 2025-03-01, version 7")).toEqual({ version: "7", date: "2025-03-01" });
    expect(soa("Statement of Applicability Ver. 2.0 approved on 5 May 2024")).toEqual({
      version: "2.0",
      date: "2024-05-05",
    });
    expect(soa("Statement of Applicability\tEdition 2, 7 July 2025")).toEqual({ version: "2", date: "2025-07-07" });
    expect(soa("Statement of Applicability: v.4 / 2025-02-11")).toEqual({ version: "v.4", date: "2025-02-11" });
  });
});

describe("a scan's labels and values in cells", () => {
  it("reads a Russian issue label alone in its cell, its date in the next", () => {
    const r = values(
      readAs(
        "iso_certificate",
        [
          "СЕРТИФИКАТ СООТВЕТСТВИЯ",
          "Выдан: Товариществу с ограниченной ответственностью «Альфа-Сервис»",
          "соответствует требованиям ISO/IEC 27001:2013",
          "Выдан\t14.10.2021 г.\tДействует до\t14.10.2024 г.",
        ].join("\n"),
      ),
    );
    expect([r.issue_date, r.expiry_date]).toEqual(["2021-10-14", "2024-10-14"]);
  });
});

describe("OCR's look-alike letters in dates", () => {
  it("reads a date's O, l and I back as digits, and leaves words alone", () => {
    const read = (t: string) => findDates(repairOcrDateDigits(t)).map((d) => d.iso);
    expect(findDates("Initial certification: 1O October 2O17").map((d) => d.iso)).toEqual([]);
    expect(read("Initial certification: 1O October 2O17")).toEqual(["2017-10-10"]);
    expect(read("Expiry: O6.03.2027")).toEqual(["2027-03-06"]);
    expect(read("Issued March l8, 2024")).toEqual(["2024-03-18"]);
    expect(read("valid till 0l.l2.2027")).toEqual(["2027-12-01"]);
    const words = "I lo Oslo Issue lO in May 2026";
    expect(repairOcrDateDigits(words)).toBe(words);
  });
});

describe("the holder named in the certifying sentence", () => {
  const read = (...lines: string[]) => values(readAs("iso_certificate", ["CERTIFICATE", ...lines].join("\n")));

  it("is the organisation after 'the ISMS of' or 'the ISMS operated by', not the sentence", () => {
    expect(
      read(
        "This is to certify that the ISMS of Quarry Lane Software Ltd, 4 High Street, Bath BA1 1AA, has been assessed and found to conform to ISO/IEC 27001:2022.",
      ).certificate_holder,
    ).toBe("Quarry Lane Software Ltd");
    expect(
      read(
        "Marlow Assurance Ltd hereby certifies that the ISMS operated by Kinross Data Services Ltd at 9 Union Street, Aberdeen conforms to ISO/IEC 27001:2022.",
      ).certificate_holder,
    ).toBe("Kinross Data Services Ltd");
  });

  it("has no address in the sentence that goes on under its name", () => {
    const r = read(
      "We certify that",
      "the information security management system operated by",
      "Harrowgate Metrics plc",
      "meets the requirements of ISO/IEC 27001:2022",
    );
    expect([r.certificate_holder, r.sites]).toEqual(["Harrowgate Metrics plc", null]);
  });
});

describe("certificates printed in Polish and Czech (from half B's failures)", () => {
  it("recognises and reads a Polish certificate", () => {
    const text = [
      "Pomorska Jednostka Certyfikacji Sp. z o.o.",
      "ul. Długa 5, 80-827 Gdańsk",
      "CERTYFIKAT",
      "nr PL-IS-0077/2024",
      "Niniejszym zaświadcza się, że",
      "Bałtycka Chmura sp. z o.o.",
      "ul. Morska 12, 81-323 Gdynia",
      "wdrożyła system zarządzania bezpieczeństwem informacji zgodny z wymaganiami normy ISO/IEC 27001:2022",
      "Zakres certyfikacji:\tUsługi hostingu aplikacji.",
      "Deklaracja stosowania:\twersja 2 z dnia 03.04.2024",
      "Data pierwszej certyfikacji:\t11.05.2018",
      "Data wydania:\t02.05.2024",
      "Certyfikat ważny do:\t10.05.2027",
    ].join("\n");
    expect(classifyText({ pages: [text], filename: "c.pdf", format: "pdf" }).kind).toBe("iso_certificate");
    const r = values(readAs("iso_certificate", text));
    expect([r.certificate_holder, r.certification_body, r.certificate_number]).toEqual([
      "Bałtycka Chmura sp. z o.o.",
      "Pomorska Jednostka Certyfikacji Sp. z o.o.",
      "PL-IS-0077/2024",
    ]);
    expect(r.scope_statement).toBe("Usługi hostingu aplikacji.");
    expect(r.soa_reference).toEqual({ version: "2", date: "2024-04-03" });
    expect([r.original_certification_date, r.issue_date, r.expiry_date]).toEqual([
      "2018-05-11",
      "2024-05-02",
      "2027-05-10",
    ]);
    expect(findDates("12 marca 2025").map((d) => d.iso)).toEqual(["2025-03-12"]);
  });

  it("recognises and reads a Czech certificate, its dates spaced after the dots", () => {
    const text = [
      "Morava Cert s.r.o.",
      "CERTIFIKÁT",
      "č. CZ-IS-0412",
      "Certifikační orgán Morava Cert s.r.o. tímto potvrzuje, že organizace",
      "Ostravská Data a.s.",
      "zavedla systém managementu bezpečnosti informací v souladu s normou ISO/IEC 27001:2022",
      "Předmět certifikace: Provoz datového centra.",
      "Prohlášení o aplikovatelnosti: verze 3 ze dne 4. 9. 2024",
      "Datum první certifikace:\t6. 10. 2021",
      "Datum vydání:\t1. 10. 2024",
      "Platnost do:\t5. 10. 2027",
    ].join("\n");
    expect(classifyText({ pages: [text], filename: "c.pdf", format: "pdf" }).kind).toBe("iso_certificate");
    const r = values(readAs("iso_certificate", text));
    expect([r.certificate_holder, r.certification_body, r.certificate_number]).toEqual([
      "Ostravská Data a.s.",
      "Morava Cert s.r.o.",
      "CZ-IS-0412",
    ]);
    expect(r.scope_statement).toBe("Provoz datového centra.");
    expect(r.soa_reference).toEqual({ version: "3", date: "2024-09-04" });
    expect([r.original_certification_date, r.issue_date, r.expiry_date]).toEqual([
      "2021-10-06",
      "2024-10-01",
      "2027-10-05",
    ]);
  });

  it("reads Polish and Czech accreditation marks, the acronym over the body's name", () => {
    const mark = (acronym: string, name: string) =>
      readCertificate([
        [
          row(12, ["Norrsken Certifiering AB certifies that", 60]),
          row(14, ["Vänern Data AB", 60]),
          row(10, ["conforms to ISO/IEC 27001:2022", 60]),
          row(9, ["Signed 20.05.2025", 60], [acronym, 450]),
          row(9, ["Eva Holm", 60], [name, 450]),
        ],
      ]).accreditation_body;
    expect(mark("PCA", "Polskie Centrum Akredytacji")).toBe("PCA");
    expect(mark("ČIA", "Český institut pro akreditaci")).toBe("ČIA");
  });
});

describe("an English certificate's sentence and references (from half B's failures)", () => {
  const text = [
    "Wombat Assurance Pty Ltd",
    "CERTIFICATE OF APPROVAL",
    "This is to certify that the information security management system of Quokka Ledger Pty Ltd,",
    "12 King William Street, Adelaide SA 5000, has been audited and complies with ISO/IEC 27001:2022",
    "for the scope of:",
    "The operation of payroll software for Australian employers.",
    "Certificate No. WA-1180 Statement of Applicability: Rev. B dated 3 March 2025",
    "Dana Lee, Chief Executive Officer, Wombat Assurance Pty Ltd",
  ].join("\n");

  it("takes the holder from a certifying line that names the system's organisation, and a scope after 'for the scope of:'", () => {
    const r = values(readAs("iso_certificate", text));
    expect(r.certificate_holder).toBe("Quokka Ledger Pty Ltd");
    expect(r.scope_statement).toBe("The operation of payroll software for Australian employers.");
  });

  it("reads a lettered revision of the Statement of Applicability", () => {
    expect(values(readAs("iso_certificate", text)).soa_reference).toEqual({ version: "B", date: "2025-03-03" });
  });
});
