// Certificate rules from the cert9 development set (issue #12: accreditation marks of national bodies, numbered and
// bilingual site lists, certificates in German, Spanish, French, Italian and Dutch). Every text here is made up; each
// case failed on the rules before this branch.
import { describe, expect, it } from "vitest";
import { classifyText } from "./classify";
import { findDates, slashOrder } from "./dates";
import { readCertificate, row } from "./test-support/positioned";
import { readAs } from "./test-support/read-as";

const values = (r: ReturnType<typeof readAs>) =>
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
