// Rules written on the failures of the list11-dev set's half A (invented sub-processor lists and bridge letters,
// 2026-12-07): a German CSV export separated by semicolons, a plain-text table in fixed-width columns, an owner named
// with a bracket of defined terms, a bridge range "since X and through Y", a change counted before it is stated.
// Each rule is tested in several of the ways vendors print the same thing; every text here is made up, and each case
// failed on the rules before it.
import { describe, expect, it } from "vitest";
import { classifyText } from "./classify";
import { columns } from "./subprocessor-cells";
import { listDocument, listRows, readList } from "./test-support/read-list";
import { readAs } from "./test-support/read-as";

const names = (r: ReturnType<typeof readList>) => listRows(r).map((x) => x.name);

describe("list11: CSV exports separated by semicolons or tabs", () => {
  const german = [
    "Liste der Unterauftragsverarbeiter der Beispiel Daten GmbH;;;",
    "Stand: 03.11.2026;;;",
    ";;;",
    "Unterauftragsverarbeiter;Leistung;Datenkategorien;Ort der Verarbeitung",
    "Wolke Hosting AG;Rechenzentrum und Hosting;Alle Kundendaten;Deutschland",
    'Post Versand SAS;Versand von E-Mails;"Name, E-Mail-Adresse";Frankreich',
    "Zahl Dienst Ltd;Zahlungsabwicklung;Rechnungsdaten;Irland, USA",
  ].join("\r\n");
  it("reads a semicolon-separated export (German Excel) by its semicolons, a comma inside a cell kept", () => {
    expect(listRows(readList(german, "liste.csv"))).toEqual([
      { name: "Wolke Hosting AG", purpose: "Rechenzentrum und Hosting", location: "Deutschland" },
      { name: "Post Versand SAS", purpose: "Versand von E-Mails", location: "Frankreich" },
      { name: "Zahl Dienst Ltd", purpose: "Zahlungsabwicklung", location: "Irland, USA" },
    ]);
  });
  it("names the owner after another language's word for sub-processors ('der Beispiel Daten GmbH')", () => {
    expect(readList(german, "liste.csv").facts.vendor?.value).toBe("Beispiel Daten GmbH");
  });
  it("reads a tab-separated export", () => {
    const tsv =
      "Vendor\tPurpose\tCountry\nCloud Co Inc.\tHosting, backups\tUnited States\nMail Co Ltd\tEmail\tIreland\n";
    expect(listRows(readList(tsv, "vendors.csv"))).toEqual([
      { name: "Cloud Co Inc.", purpose: "Hosting, backups", location: "United States" },
      { name: "Mail Co Ltd", purpose: "Email", location: "Ireland" },
    ]);
  });
  it("keeps reading a comma export by its commas when its cells hold semicolons", () => {
    const csv =
      "Sub-processor,Purpose,Location\nCloud Co Inc.,Hosting; backups; logs,United States\nMail Co Ltd,Email; SMS,Ireland\n";
    expect(listRows(readList(csv, "subprocessors.csv")).map((r) => r.purpose)).toEqual([
      "Hosting; backups; logs",
      "Email; SMS",
    ]);
  });
  it("classes a French export separated by semicolons as a list by its header alone", () => {
    const csv =
      "Sous-traitant;Finalité;Lieu de traitement\nNuage SAS;Hébergement;France\nCourriel SA;E-mails;Belgique\n";
    expect(classifyText(listDocument(csv, "liste.csv")).kind).toBe("subprocessor_list");
  });
});

describe("list11: column headers in other languages", () => {
  it.each([
    [["Nom", "Finalité", "Pays"], { name: 0, purpose: 1, location: 2 }],
    [["Proveedor", "Finalidad", "Sede", "Ubicación del tratamiento"], { name: 0, purpose: 1, location: 3 }],
    [["Naam", "Omschrijving", "Locatie"], { name: 0, purpose: 1, location: 2 }],
    [["Firma", "Zweck", "Standort"], { name: 0, purpose: 1, location: 2 }],
  ])("%j", (header, want) => {
    expect(columns(header)).toEqual(want);
  });
  it.each([
    ["# Liste des sous-traitants ultérieurs de Exemple Nuage SAS", "Exemple Nuage SAS"],
    ["# Lista de subencargados de Ejemplo Datos S.L.", "Ejemplo Datos S.L."],
    ["# Subverwerkers van Voorbeeld Software B.V.", "Voorbeeld Software B.V."],
  ])("names the owner in '%s'", (title, owner) => {
    const md = `${title}\n\n| Name | Purpose | Location |\n|---|---|---|\n| Cloud Co Inc. | Hosting | United States |\n| Mail Co Ltd | Email | Ireland |\n`;
    expect(readList(md, "list.md").facts.vendor?.value).toBe(owner);
  });
});

describe("list11: plain-text tables in fixed-width columns", () => {
  it("reads columns under a dashed rule, a wrapped cell joined to its row", () => {
    const txt = [
      "Subprocessor            Service provided              Location",
      "----------------------  ----------------------------  --------------",
      "Cloud Co, Inc.          Hosting and object storage    United States",
      "Metrics Co (Parent,     Metrics, logs and traces for  EU (Frankfurt)",
      "Inc.)                   the telemetry pipeline",
      "Chat Co Ltd             Support chat                  Ireland",
      "",
      "Notice period: 30 days.",
    ].join("\n");
    expect(listRows(readList(txt, "list.txt"))).toEqual([
      { name: "Cloud Co, Inc.", purpose: "Hosting and object storage", location: "United States" },
      {
        name: "Metrics Co (Parent, Inc.)",
        purpose: "Metrics, logs and traces for the telemetry pipeline",
        location: "EU (Frankfurt)",
      },
      { name: "Chat Co Ltd", purpose: "Support chat", location: "Ireland" },
    ]);
  });
  it("reads columns under a rule of equals signs, a long name running past its column's edge", () => {
    const txt = [
      "Vendor           Purpose          Region",
      "===============  ===============  ========",
      "Very Long Cloud Company GmbH  Hosting   Germany",
      "Mail Co Ltd      Email            Ireland",
    ].join("\n");
    expect(listRows(readList(txt, "list.txt"))).toEqual([
      { name: "Very Long Cloud Company GmbH", purpose: "Hosting", location: "Germany" },
      { name: "Mail Co Ltd", purpose: "Email", location: "Ireland" },
    ]);
  });
  it("reads columns without a rule when the rows line up under the header", () => {
    const txt = [
      "Sub-processors of our service:",
      "",
      "Provider         Purpose            Country",
      "Cloud Co Inc.    Hosting            United States",
      "Mail Co Ltd      Email delivery     Ireland",
      "Chat Co Ltd      Support chat       United Kingdom",
    ].join("\n");
    expect(names(readList(txt, "list.txt"))).toEqual(["Cloud Co Inc.", "Mail Co Ltd", "Chat Co Ltd"]);
  });
});

describe("list11: the owner as the subject of the sentence that introduces the list", () => {
  const table = "\n\n| Name | Purpose |\n|---|---|\n| Cloud Co Inc. | Hosting |\n| Mail Co Ltd | Email |\n";
  it.each([
    [
      'Example Analytics Limited ("Example", "we") relies on the companies below to run the service.',
      "Example Analytics Limited",
    ],
    ['Example Pty Ltd (hereinafter "Example") works with the following third parties:', "Example Pty Ltd"],
    ['Example GmbH (the "Processor") has engaged the sub-processors listed below.', "Example GmbH"],
    ['Example Inc. ("Example" or "us") shares personal data with the service providers named below.', "Example Inc."],
  ])("%s", (sentence, owner) => {
    expect(readList(`# Our providers\n\n${sentence}${table}`, "list.md").facts.vendor?.value).toBe(owner);
  });
});

describe("list11: bridge ranges joined by longer words", () => {
  const letter = (sentence: string) =>
    "Example Systems Inc.\n2026-11-20\nTo whom it may concern,\nExample Systems Inc. received a SOC 2 Type 2 report " +
    "from Sample & Co LLP on the design and operating effectiveness of controls throughout the period 2025-06-01 to " +
    `2026-05-31.\n${sentence}\nSincerely,\nJane Roe\nChief Security Officer\n`;
  it.each([
    "Since 2026-06-01 and through 2026-11-15, we are not aware of any significant changes to the system.",
    "From 2026-06-01 up to and including 2026-11-15, we are not aware of any significant changes to the system.",
    "For the bridge period beginning 2026-06-01 and ending on 2026-11-15 there were no material changes.",
  ])("%s", (sentence) => {
    const r = readAs("bridge_letter", letter(sentence));
    expect(r.facts.bridge_covers_through?.value).toBe("2026-11-15");
    expect(r.facts.no_material_change_as_of?.value).toBe("2026-11-15");
  });
});

describe("list11: a change a bridge letter counts, then states", () => {
  const letter = (body: string) =>
    "Example Clinical Limited\n17 November 2026\nDear Customer,\nExample Clinical Limited was examined by Sample " +
    "Accountants, whose SOC 2 Type II report covers 1 July 2025 to 30 June 2026.\nThis gap letter covers the period " +
    `from 1 July 2026 to 31 October 2026.\n${body}\nYours faithfully,\nJane Roe\nChief Operating Officer\n`;
  it.each([
    [
      "During the Gap Period there has been one change to the system that we consider relevant to users of the report: " +
        "on 14 August 2026 we replaced our endpoint protection product with another vendor's. Apart from this change, " +
        "management is not aware of any material changes to the controls.",
      "on 14 August 2026 we replaced our endpoint protection product with another vendor's",
    ],
    [
      "One notable change took place during the bridge period: we moved ticketing to a hosted help desk on 3 September " +
        "2026. Otherwise there were no material changes.",
      "we moved ticketing to a hosted help desk on 3 September 2026",
    ],
    [
      "The only material change in the period was that we migrated our database to the Frankfurt region. There have " +
        "been no other material changes.",
      "we migrated our database to the Frankfurt region",
    ],
  ])("%s", (body, change) => {
    expect(readAs("bridge_letter", letter(body)).facts.material_changes_disclosed?.value).toBe(change);
  });
});
