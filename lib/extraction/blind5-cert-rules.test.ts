// Certificate and sub-processor list rules from the fifth blind set (certificates and lists, half A). Every text here
// is made up; each case stands for a layout the next vendor may print, and each failed on the earlier rules.
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract-document";
import type { RawItem } from "./layout";
import { readCertificate, row } from "./test-support/positioned";
import { readAs } from "./test-support/read-as";
import type { TextDocument } from "./types";

const values = (r: { facts: Record<string, { value: unknown } | undefined> }) =>
  Object.fromEntries(Object.entries(r.facts).map(([k, f]) => [k, f?.value]));

/** A PDF page of [text, x, baseline y] items in a 10 pt font, about half a size wide per character. */
function pdfPage(items: [string, number, number][]) {
  return { width: 612, height: 792, items: items.map(([t, x, y]): RawItem => [t, x, y, t.length * 5, 10, 0]) };
}

function readPdfList(items: [string, number, number][]) {
  const layout = pdfPage(items);
  const doc: TextDocument = {
    pages: [layout.items.map((i) => i[0]).join("\n")],
    filename: "list.pdf",
    format: "pdf",
    layouts: [layout],
  };
  return values(extractFromText(doc, { classification: { kind: "subprocessor_list", confidence: 1, reason: "test" } }));
}

describe("sub-processor lists (blind-5, half A)", () => {
  it("reads a word processor's table whose rows are no further apart than a cell's wrapped lines", () => {
    // Lines of one cell are 11.6 pt apart; the next row starts 12.7 pt below (a border, no cell padding). The
    // header's second line ("Processing", "Location") belongs to the header; the note under the table runs across
    // the columns and is no row.
    const v = readPdfList([
      ["Harrow Notes Sub-processors", 90, 100],
      ["Provider", 90, 200],
      ["Purpose", 210, 200],
      ["Location of", 390, 200],
      ["Head office", 480, 200],
      ["Processing", 390, 211.7],
      ["Country", 480, 211.7],
      ["Northwind", 90, 225],
      ["Hosting of the note store and", 210, 225],
      ["Canada;", 390, 225],
      ["Canada", 480, 225],
      ["Cloud Ltd", 90, 236.6],
      ["its backups", 210, 236.6],
      ["Ireland", 390, 236.6],
      ["Ticketdesk Inc.", 90, 249.3],
      ["Support tickets", 210, 249.3],
      ["Global", 390, 249.3],
      ["United States", 480, 249.3],
      ["Brightpost", 90, 262],
      ["Transactional e-mail", 210, 262],
      ["United States", 390, 262],
      ["United States", 480, 262],
      ["Mailer, Inc.", 90, 273.6],
      ["Harrow affiliates: Harrow Notes GmbH (Germany) provides support for EU customers.", 90, 300],
    ]);
    expect(v.subprocessors).toMatchObject([
      {
        name: "Northwind Cloud Ltd",
        purpose: "Hosting of the note store and its backups",
        location: "Canada; Ireland",
      },
      { name: "Ticketdesk Inc.", purpose: "Support tickets", location: "Global" },
      { name: "Brightpost Mailer, Inc.", purpose: "Transactional e-mail", location: "United States" },
    ]);
  });

  it("names the vendor before its short name in brackets and 'the third-party sub-processors listed below'", () => {
    const r = readAs(
      "subprocessor_list",
      [
        "Sub-processors",
        'Harrow Notes, Inc. ("Harrow") uses the third-party sub-processors listed below to provide its service.',
        "- Northwind Cloud Ltd - hosting (Canada)",
        "- Ticketdesk Inc. - support tickets (United States)",
      ].join("\n"),
    );
    expect(r.facts.vendor?.value).toBe("Harrow Notes, Inc.");
  });

  it("reads cards whose description is printed unlabelled between the name and its location line", () => {
    const r = readAs(
      "subprocessor_list",
      [
        "Quillby - Sub-processors",
        "Last updated: 02.03.2027",
        "Hosting",
        "Northwind Cloud Oy",
        "Hosting of the application servers and the database",
        "Data location: Finland",
        "Brightpost d.o.o. (brightpost.example)",
        "Delivery of notification e-mails",
        "Data location: Croatia",
        "Payments",
        "Paybridge Limited",
        "Merchant of record and invoicing",
        "Data location: United Kingdom",
        "Previously used: Oldmail Inc. for newsletters, removed on 01.01.2027.",
      ].join("\n"),
    );
    expect(r.facts.subprocessors?.value).toMatchObject([
      {
        name: "Northwind Cloud Oy",
        purpose: "Hosting of the application servers and the database",
        location: "Finland",
      },
      {
        name: "Brightpost d.o.o. (brightpost.example)",
        purpose: "Delivery of notification e-mails",
        location: "Croatia",
      },
      { name: "Paybridge Limited", purpose: "Merchant of record and invoicing", location: "United Kingdom" },
    ]);
  });
});

describe("certificates (blind-5, half A)", () => {
  const landscape = (...extra: ReturnType<typeof row>[]) =>
    readCertificate([
      [
        row(20, ["Keelmark Register Ltd", 56], ["Dock Lane 4, Bristol BS1 4QQ, United Kingdom", 520]),
        row(24, ["Certificate of Registration", 240]),
        row(12, ["This is to certify that the Information Security Management System of", 200]),
        row(18, ["Fjellbyte AS", 340]),
        row(11, ["Kongens gate 7, 0153 Oslo, Norway", 330]),
        row(11, ["has been assessed and found to conform with the requirements of ISO/IEC 27001:2022 for the", 115]),
        row(11, ["following scope: the hosting of booking software.", 125]),
        row(10, ["It was issued on 2 March 2026 and remains valid until 1 March 2029.", 130]),
        row(9.5, ["Sites covered", 85], ["Certificate details", 450]),
        row(9.5, ["Kongens gate 7, 0153 Oslo, Norway (head office)", 85], ["Certificate number: KR-55120", 450]),
        row(
          9.5,
          ["Fjordvegen 2, 6004 Alesund, Norway (support)", 85],
          ["Statement of Applicability: SoA v7, 2026-01-20", 450],
        ),
        row(9.5, ["Accreditation: UKAS Management Systems 9999", 450]),
        ...extra,
      ],
    ]);

  it("reads the sites under their heading beside another block, and an SoA version printed 'v7'", () => {
    const v = landscape();
    expect(v.sites).toEqual([
      { location: "Kongens gate 7, 0153 Oslo, Norway", activity: "head office" },
      { location: "Fjordvegen 2, 6004 Alesund, Norway", activity: "support" },
    ]);
    expect(v.soa_reference).toEqual({ version: "v7", date: "2026-01-20" });
  });

  it("names the certification body signed for at the end of a cell, a mark's words beside it", () => {
    const v = landscape(
      row(9, ["Ann Other, Certification Director", 85], ["MANAGEMENT SYSTEMS", 645]),
      row(9, ["for and on behalf of Keelmark Register Ltd", 85], ["9999", 684]),
    );
    expect(v.certification_body).toBe("Keelmark Register Ltd");
  });

  it("reads an accreditation mark that prints its scheme and number under the acronym (OCR text)", () => {
    const r = readAs(
      "iso_certificate",
      [
        "ORBITA CERTIFICATION PVT. LTD.",
        "CERTIFICATE",
        "This is to certify that",
        "HALVERN SOFTWARE PVT. LTD.",
        "has implemented an Information Security Management System in accordance with",
        "ISO/IEC 27001:2022",
        "Certificate No. : OC/ISMS/26/101",
        "Date of Issue : 15/05/2026",
        "Date of Expiry : 14/05/2029",
        "NABCB",
        "ISMS 212",
        "Authorised Signatory",
      ].join("\n"),
    );
    expect(r.facts.accreditation_body?.value).toBe("NABCB");
  });
});

describe("certificates (blind-5, half B, after the held-out measure)", () => {
  it("takes the holder's address and an 'Additional site:' of a label/value form as the sites", () => {
    const v = readCertificate([
      [
        row(13, ["Harbeck Certification GmbH · Kaistraße 4 · 24103 Kiel", 60]),
        row(16, ["CERTIFICATE", 200]),
        row(12, ["ISO/IEC 27001:2022", 200]),
        row(10, ["Certificate holder:", 60], ["Tullen Software B.V.", 260]),
        row(10, ["Address:", 60], ["Prinsengracht 12, 1015 DV Amsterdam, the", 260]),
        row(10, ["Netherlands", 260]),
        row(10, ["Additional site:", 60], ["Tullen Software B.V., Stationsweg 3, 3511 ED", 260]),
        row(10, ["Utrecht, the Netherlands", 260]),
        row(10, ["Scope of certification:", 60], ["Development and hosting of ticketing software.", 260]),
        row(10, ["Certificate registration no.:", 60], ["HC-2201", 260]),
        row(10, ["Valid until:", 60], ["01.02.2029", 260]),
      ],
    ]);
    expect(v.sites).toEqual([
      "Prinsengracht 12, 1015 DV Amsterdam, the Netherlands",
      "Tullen Software B.V., Stationsweg 3, 3511 ED Utrecht, the Netherlands",
    ]);
  });

  // A bilingual scan as OCR reads it (no positions).
  const bilingual = [
    "ÇINAR BELGELENDİRME",
    "Çınar Belgelendirme ve Denetim Ltd. Şti. - Atatürk Cad. No: 12, Kadıköy / İSTANBUL",
    "SERTİFİKA / CERTIFICATE",
    "Bu belge, aşağıda adı geçen kuruluşun / This is to certify that the organisation",
    "EGE VERİ HİZMETLERİ A.Ş.",
    "operates an information security management system which complies with the requirements of",
    "ISO/IEC 27001:2022",
    "KAPSAM / SCOPE:",
    "Yazılım geliştirme ve barındırma hizmetleri.",
    "Software development and hosting services.",
    "Sertifika No / Certificate No : CB-1020",
    "Yayın Tarihi / Issue Date : 01.04.2026",
    "Geçerlilik Tarihi / Expiry Date : 31.03.2029",
    "TÜRKAK",
    "AB-0123-YS",
    "Genel Müdür / General Manager",
  ].join("\n");

  it("reads the English half of a scope under a bilingual heading ('KAPSAM / SCOPE:')", () => {
    const r = readAs("iso_certificate", bilingual);
    expect(r.facts.scope_statement?.value).toBe("Software development and hosting services.");
  });

  it("names the certification firm of a letterhead line that runs on with a dash and its address", () => {
    const r = readAs("iso_certificate", bilingual);
    expect(r.facts.certification_body?.value).toBe("Çınar Belgelendirme ve Denetim Ltd. Şti.");
  });

  it("reads an accreditation mark that prints an accreditation code under the acronym", () => {
    const r = readAs("iso_certificate", bilingual);
    expect(r.facts.accreditation_body?.value).toBe("TÜRKAK");
  });
});
