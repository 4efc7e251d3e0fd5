// Certificate rules from the cert9 development set (issue #12: accreditation marks of national bodies, numbered and
// bilingual site lists, certificates in German, Spanish, French, Italian and Dutch). Every text here is made up; each
// case failed on the rules before this branch.
import { describe, expect, it } from "vitest";
import { classifyText } from "./classify";
import { findDates, slashOrder } from "./dates";
import { extractFromText } from "./extract-document";
import { buildPage, type RawItem } from "./layout";
import { readCertificate, row, type Row } from "./test-support/positioned";
import { readAs } from "./test-support/read-as";
import type { TextDocument } from "./types";

const gap = (r: Row, g: number): Row => ({ ...r, gap: g });
const values = (r: { facts: unknown }) =>
  Object.fromEntries(Object.entries(r.facts as Record<string, { value: unknown }>).map(([k, f]) => [k, f?.value]));

describe("certificates printed in other languages", () => {
  it("recognises a Spanish or German certificate by its certifying clause and labels", () => {
    const spanish = [
      "Certificado nº: SI-0193/2025",
      "Auditores Reunidos de Calidad, S.A. certifica que la organización",
      "Ibercom Soluciones Digitales, S.L.",
      "ha implantado un Sistema de Gestión de Seguridad de la Información conforme con la norma ISO/IEC 27001:2022",
      "Válido hasta: 08/06/2028",
    ].join("\n");
    const german = [
      "ZERTIFIKAT",
      "Zertifikat-Registrier-Nr.: 44 121 250318",
      "Die Zertifizierungsstelle der Nordlicht Zertifizierung GmbH bescheinigt, dass das Unternehmen",
      "Hanse Cloud Services GmbH",
      "die Forderungen der ISO/IEC 27001:2022 erfüllt.",
    ].join("\n");
    for (const text of [spanish, german])
      expect(classifyText({ pages: [text], filename: "c.pdf", format: "pdf" }).kind).toBe("iso_certificate");
    // A vendor's flyer saying "se certifica." about itself stays no certificate.
    const flyer = "ISO 27001: La seguridad no se promete, se certifica.\nAvalados por la certificación ISO 27001.";
    expect(classifyText({ pages: [flyer], filename: "f.pdf", format: "pdf" }).kind).not.toBe("iso_certificate");
  });

  it("reads month names of other languages, day first", () => {
    const read = (t: string) => findDates(t).map((d) => d.iso);
    expect(read("18 octobre 2021")).toEqual(["2021-10-18"]);
    expect(read("9 de junio de 2022")).toEqual(["2022-06-09"]);
    expect(read("28. März 2019")).toEqual(["2019-03-28"]);
    expect(read("versie 2.3, 4 juni 2024")).toEqual(["2024-06-04"]);
    expect(read("22 maggio 2019")).toEqual(["2019-05-22"]);
  });

  it("reads slashed dates day first when the labels are in a language that writes them so", () => {
    expect(slashOrder("Fecha de emisión: 02/06/2025\nVálido hasta: 08/06/2028")).toBe("dmy");
    expect(slashOrder("Data prima emissione: 11/02/2020\nScadenza: 10/02/2026")).toBe("dmy");
    expect(slashOrder("Issue date: 02/06/2025")).toBeNull();
  });

  it("reads a scope labelled in another language, and the English half of a bilingual one", () => {
    const spanish = values(
      readAs(
        "iso_certificate",
        [
          "Alcance: Los sistemas de información que dan soporte a los servicios de centro de atención",
          "telefónica, según la Declaración de Aplicabilidad vigente.",
          "Emplazamientos:",
        ].join("\n"),
      ),
    );
    expect(spanish.scope_statement).toBe(
      "Los sistemas de información que dan soporte a los servicios de centro de atención telefónica, según la Declaración de Aplicabilidad vigente.",
    );
    const bilingual = values(
      readAs(
        "iso_certificate",
        "Alcance / Scope: Gestión de la plataforma de seguimiento de flotas y reservas de transporte. Management of the fleet tracking and transport booking platform.\n",
      ),
    );
    expect(bilingual.scope_statement).toBe("Management of the fleet tracking and transport booking platform.");
  });
});

describe("site lists", () => {
  it("reads a numbered or bulleted list under the site label, one site per item", () => {
    const v = values(
      readAs(
        "iso_certificate",
        [
          "Locations:",
          "1. 1200 Market Street, Suite 800, Philadelphia, PA 19107 – Headquarters and ISMS manage-",
          "ment",
          "2. 300 Innovation Drive, Raleigh, NC 27606 – Software development",
          "Original Registration Date: January 11, 2023",
        ].join("\n"),
      ),
    );
    expect(v.sites).toEqual([
      {
        location: "1200 Market Street, Suite 800, Philadelphia, PA 19107",
        activity: "Headquarters and ISMS management",
      },
      { location: "300 Innovation Drive, Raleigh, NC 27606", activity: "Software development" },
    ]);
    const spanish = values(
      readAs(
        "iso_certificate",
        "Emplazamientos:\n• Calle de Alcalá 265, 28027 Madrid\n• Avenida de la Innovación 5, 41020 Sevilla\n",
      ),
    );
    expect(spanish.sites).toEqual([
      { location: "Calle de Alcalá 265, 28027 Madrid", activity: null },
      { location: "Avenida de la Innovación 5, 41020 Sevilla", activity: null },
    ]);
  });

  it("splits a site column at its item numbers and keeps a province code in the address", () => {
    const v = readCertificate([
      [
        row(10, ["Sedi / Sites", 50], ["1. Calle Larga XXII Marzo 2090, 30124 Venezia", 210]),
        row(10, ["2. Via Torino 151, 30172 Mestre (VE)", 210]),
      ],
    ]);
    expect(v.sites).toEqual([
      { location: "Calle Larga XXII Marzo 2090, 30124 Venezia", activity: null },
      { location: "Via Torino 151, 30172 Mestre (VE)", activity: null },
    ]);
  });

  it("reads a site table whose first column numbers the rows, and stops at a form's label under it", () => {
    const v = readCertificate([
      [
        row(11, ["No.", 58], ["Location", 120], ["Activities", 330]),
        row(11, ["1.", 58], ["Stationsweg 18, 3811 MT Amersfoort", 120], ["Head office", 330]),
        row(11, ["2.", 58], ["Science Park 400, 1098 XH Amsterdam", 120], ["Hosting operations", 330]),
        row(11, ["Initial certification date:", 58], ["14 March 2022", 360]),
      ],
    ]);
    expect(v.sites).toEqual([
      { location: "Stationsweg 18, 3811 MT Amersfoort", activity: "Head office" },
      { location: "Science Park 400, 1098 XH Amsterdam", activity: "Hosting operations" },
    ]);
  });
});

describe("accreditation marks and bodies as printed text", () => {
  it("reads ENAC's mark stacked under its acronym, in Spanish", () => {
    const v = readCertificate([
      [
        row(11, ["Auditores Reunidos de Calidad, S.A.", 58]),
        row(11, ["Paseo de la Castellana 141, 28046 Madrid", 58], ["ENAC", 470]),
        row(9, ["CERTIFICACIÓN", 455]),
        row(9, ["Nº 12/C-SG034", 458]),
      ],
    ]);
    expect(v.accreditation_body).toBe("ENAC");
  });

  it("names the body from the form of its accreditation number when the acronym is an image", () => {
    const v = values(readAs("iso_certificate", "Deutsche Akkreditierungs-\nstelle\nD-ZM-19044-01-00\n"));
    expect(v.accreditation_body).toBe("DAkkS");
  });

  it("reads a mark OCR put at the ends of the lines beside it", () => {
    const v = values(
      readAs(
        "iso_certificate",
        "Severn Assurance Ltd, Gloucester UKAS\nDirector of Certification MANAGEMENT\nSYSTEMS\n2231\n",
      ),
    );
    expect(v.accreditation_body).toBe("UKAS");
  });

  it("reads ISO/IEC whose I OCR lost", () => {
    const v = values(readAs("iso_certificate", "has been approved to the following standard:\nSO/IEC 27001:2022\n"));
    expect(v.standard).toBe("ISO/IEC 27001");
    expect(v.standard_version).toBe("2022");
  });

  it("takes the certification firm from a name line beside a mark's words, before its town", () => {
    const v = readCertificate([
      [
        row(10, ["Si attesta che il sistema di gestione della sicurezza delle informazioni di", 50]),
        row(14, ["Lagunare Software S.p.A.", 200]),
        row(10, ["Tecnoverifica Certificazioni S.r.l., Padova", 38], ["L'ENTE ITALIANO DI ACCREDITAMENTO", 468]),
      ],
    ]);
    expect(v.certification_body).toMatch(/^Tecnoverifica Certificazioni S\.r\.l\.?$/);
  });
});

// Read from the held-out half's failures, after its figure was taken.
describe("cert9 half B: site tables, labels in other languages, values drawn after their labels", () => {
  it("splits header cells set closer than a cell gap, and a site's name run into its address", () => {
    const v = readCertificate([
      [
        row(11, ["Sito", 58], ["Indirizzo", 96], ["Attività", 313]),
        row(11, ["Sito 1", 58], ["Via Emilia Ponente 214, 40133 Bologna", 96], ["Sede legale", 313]),
        gap(row(11, ["Sito 2", 58], ["Via Tortona 33, 20144 Milano", 96], ["Sviluppo software", 313]), 30),
        gap(row(11, ["Data prima emissione:", 58], ["22/05/2019", 399]), 30),
      ],
    ]);
    expect(v.sites).toEqual([
      { location: "Via Emilia Ponente 214, 40133 Bologna", activity: "Sede legale" },
      { location: "Via Tortona 33, 20144 Milano", activity: "Sviluppo software" },
    ]);
    // Italian date labels, day first.
    expect(v.original_certification_date).toBe("2019-05-22");
  });

  it("keeps a row whose centred cells interleave their lines, and ends at a line with nothing in the key or address column", () => {
    // Row 1: the key's two lines (German over English) around the address's one line, half a line apart; row 2's
    // address wraps at a text line's step; a mark's words sit under the table at a row's distance.
    const v = readCertificate([
      [
        row(10.5, ["Standort", 58], ["Anschrift", 148], ["Tätigkeiten", 419]),
        gap(row(10.5, ["Site", 58], ["Address", 148], ["Activities", 419]), 12.3),
        gap(row(10.5, ["Zentrale", 58], ["Management", 419]), 29.2),
        gap(row(10.5, ["Königsallee 92, 40212 Düsseldorf", 148]), 6.1),
        gap(row(10.5, ["Head office", 58], ["Management", 419]), 6.2),
        gap(
          row(10.5, ["Rechenzentrum", 58], ["Hanauer Landstraße 302, 60314 Frankfurt am", 148], ["Betrieb", 419]),
          29.2,
        ),
        gap(row(10.5, ["Data centre", 58], ["Main", 148], ["Operations", 419]), 12.3),
        gap(row(10, ["Deutsche", 454]), 29.5),
      ],
    ]);
    expect(v.sites).toEqual([
      { location: "Zentrale Head office: Königsallee 92, 40212 Düsseldorf", activity: "Management Management" },
      {
        location: "Rechenzentrum Data centre: Hanauer Landstraße 302, 60314 Frankfurt am Main",
        activity: "Betrieb Operations",
      },
    ]);
  });

  it("reads a form's numbered site labels, one site each", () => {
    const v = readCertificate([
      [
        row(7.5, ["Site 1", 45], ["Level 9, 120 Collins Street, Melbourne VIC 3000", 112]),
        row(7.5, ["Site 2", 45], ["18 Hunter Street, Sydney NSW 2000", 112]),
        row(7.5, ["Certificate No:", 45], ["SCA-27K-3391", 165]),
      ],
    ]);
    expect(v.sites).toEqual([
      { location: "Level 9, 120 Collins Street, Melbourne VIC 3000", activity: null },
      { location: "18 Hunter Street, Sydney NSW 2000", activity: null },
    ]);
  });

  it("reads the number after 'n.', after 'N° de certificat', and with its closing letters", () => {
    const number = (t: string) => values(readAs("iso_certificate", t)).certificate_number;
    expect(number("Certificato n. IT-27K-08812\n")).toBe("IT-27K-08812");
    expect(number("N° de certificat : FR-SMSI-2024-1187\n")).toBe("FR-SMSI-2024-1187");
    expect(number("Zertifikat-Registrier-Nr.: 12 310 58214 TMS\n")).toBe("12 310 58214 TMS");
  });

  it("reads a Statement of Applicability named in Italian, French or Dutch", () => {
    const soa = (t: string) => values(readAs("iso_certificate", t)).soa_reference;
    expect(soa("Dichiarazione di Applicabilità: rev. 4 del 10/01/2025\nScadenza: 21/05/2028\n")).toEqual({
      version: "4",
      date: "2025-01-10",
    });
    expect(soa("Déclaration d'applicabilité : version 7 du 2 septembre 2024\n")).toEqual({
      version: "7",
      date: "2024-09-02",
    });
    expect(soa("Verklaring van toepasselijkheid: versie 2.3, 4 juni 2024\n")).toEqual({
      version: "2.3",
      date: "2024-06-04",
    });
  });

  it("keeps the English half of a scope printed in Dutch and English", () => {
    const v = values(
      readAs(
        "iso_certificate",
        "Toepassingsgebied / Scope: Het ontwikkelen en beheren van betaaldiensten voor webwinkels. The development and management of payment services for online shops.\n",
      ),
    );
    expect(v.scope_statement).toBe("The development and management of payment services for online shops.");
  });

  it("pairs a two-line label with its value when the page is read as two columns", () => {
    // The scope's rows give the value column an edge of its own, so the column reader reads the labels' column first
    // and the values after it: each date is a line of its own further on, centred between its label's two lines.
    const it10 = (t: string, x: number, y: number): RawItem => [t, x, y, t.length * 5.2, 10.5, 0];
    const items: RawItem[] = [
      it10("Entwicklung und Betrieb von Software zur Einwilligungsverwaltung", 211, 283.2),
      it10("Geltungsbereich", 58, 295.5),
      it10("und Datenschutzberatung.", 211, 295.5),
      it10("Scope", 58, 307.7),
      it10("Development and operation of consent management software and", 211, 307.7),
      it10("data protection consulting.", 211, 320.0),
      it10("Zertifikat-Registrier-Nr.", 58, 349.2),
      it10("Certificate Registration No.", 58, 361.4),
      it10("Erstzertifizierung", 58, 390.6),
      it10("Initial certification", 58, 402.9),
      it10("gültig bis", 58, 473.5),
      it10("valid until", 58, 485.8),
      it10("12 310 58214 TMS", 211, 355.3),
      it10("30.11.2020", 211, 396.7),
      it10("29.11.2026", 211, 479.6),
    ];
    // The column reader's order, which the rule has to cope with.
    expect(buildPage({ width: 595, height: 842, items }).lines.at(-1)!.text).toBe("29.11.2026");
    const layout = { width: 595, height: 842, items };
    const doc: TextDocument = { pages: [buildPage(layout).text], filename: "c.pdf", format: "pdf", layouts: [layout] };
    const r = extractFromText(doc, { classification: { kind: "iso_certificate", confidence: 1, reason: "test" } });
    const v = values(r);
    expect(v.original_certification_date).toBe("2020-11-30");
    expect(v.expiry_date).toBe("2026-11-29");
  });
});

describe("accreditation marks on one line", () => {
  it("reads an acronym with its code or its scheme's word on the same line, not a French company's SAS", () => {
    const body = (mark: string) =>
      values(readAs("iso_certificate", `Acme Certification B.V., Utrecht\tJ. Smith, Director\t${mark}\n`))
        .accreditation_body;
    expect(body("RvA C 123")).toBe("RvA");
    expect(body("COFRAC CERTIFICATION DE SYSTEMES DE MANAGEMENT")).toBe("COFRAC");
    expect(body("Pour Qualitéa SAS CERTIFICATION")).toBeNull();
  });
});

describe("a scope's words broken at the line's end", () => {
  it("joins a word the line broke with a hyphen, and keeps a compound's own hyphen before a capital", () => {
    const v = values(
      readAs(
        "iso_certificate",
        "Scope: Analytics software for health-\ncare payers and Managed-\nHosting services.\nCertificate Number: 2025-ISMS-7781\n",
      ),
    );
    expect(v.scope_statement).toBe("Analytics software for healthcare payers and Managed-Hosting services.");
  });
});
