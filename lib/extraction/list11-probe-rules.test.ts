// Rules written from invented probes of the weak spots of this area (sub-processor lists and bridge letters), before
// list11-dev's half B was measured: for each family (a date's label, the owner's sentence, a list's numbering, where a
// place is printed, a change log's heading, a no-change claim, a signature) two or more of the ways vendors print it.
// Every text here is made up, and each case failed on the rules before it.
import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { columns } from "./subprocessor-cells";
import { listRows, readList } from "./test-support/read-list";
import { readAs } from "./test-support/read-as";

const table =
  "\n\n| Name | Purpose | Location |\n|---|---|---|\n| Cloud Co Inc. | Hosting | United States |\n| Mail Co Ltd | Email | Ireland |\n";

describe("list11 probes: the list's date under more labels and in other languages", () => {
  it.each([
    "Zuletzt aktualisiert: 3. November 2026",
    "Letzte Aktualisierung: 03.11.2026",
    "Dernière mise à jour : 3 novembre 2026",
    "Mis à jour le 3 novembre 2026",
    "Última actualización: 3 de noviembre de 2026",
    "Laatst bijgewerkt: 3 november 2026",
    "Ultimo aggiornamento: 3 novembre 2026",
    "Senast uppdaterad: 3 november 2026",
    "Gültig ab: 03.11.2026",
    "En vigueur à compter du 3 novembre 2026",
    "Last updated — 3 Nov 2026",
    "Revision date: 2026-11-03",
    "Date of publication: 3 November 2026",
    "Version 5 (November 3, 2026)",
    "Last change: 2026-11-03",
    "Updated 2026/11/03",
  ])("%s", (label) => {
    expect(readList(`# Acme Ltd Sub-processors\n\n${label}${table}`, "list.md").facts.last_updated?.value).toBe(
      "2026-11-03",
    );
  });
  it("reads a year-first date with slashes or dots, and no other numbers", () => {
    expect(findDates("2026/11/03 and 2026.1.5").map((d) => d.iso)).toEqual(["2026-11-03", "2026-01-05"]);
    expect(findDates("version 2026.11.03.4")).toEqual([]);
  });
});

describe("list11 probes: the owner as a legal name in the list's introduction", () => {
  it.each([
    ["This list applies to the services provided by Example Widgets GmbH.", "Example Widgets GmbH"],
    ["Data processor: Example Widgets GmbH", "Example Widgets GmbH"],
    ["Below is the list of sub-processors authorised by Example Widgets AB.", "Example Widgets AB"],
    ["The following companies process personal data on behalf of Example Widgets Oy:", "Example Widgets Oy"],
    ["We, Example Widgets BV, use the sub-processors below.", "Example Widgets BV"],
    ["At Example Widgets Ltd we work with a small number of sub-processors.", "Example Widgets Ltd"],
  ])("%s", (sentence, owner) => {
    expect(readList(`# Sub-processors\n\n${sentence}${table}`, "list.md").facts.vendor?.value).toBe(owner);
  });
  it("takes a legal name standing alone as the page's title", () => {
    expect(readList(`# Example Widgets Ltd\n## Sub-processor list${table}`, "list.md").facts.vendor?.value).toBe(
      "Example Widgets Ltd",
    );
  });
  it("never takes a name given as an example or one of the entries", () => {
    const md = `# Sub-processors\n\nWe use providers such as Example Cloud Inc. to host the service.${table}`;
    expect(readList(md, "list.md").facts.vendor?.value ?? null).toBeNull();
  });
});

describe("list11 probes: numbered lists and places told apart from purposes", () => {
  const want = [
    { name: "Cloud Co Inc.", purpose: "Hosting", location: "United States" },
    { name: "Mail Co Ltd", purpose: "Email delivery", location: "Ireland" },
  ];
  it.each([
    ["1. **Cloud Co Inc.** - Hosting (United States)\n2. **Mail Co Ltd** - Email delivery (Ireland)\n", "list.md"],
    ["1) Cloud Co Inc. - Hosting - United States\n2) Mail Co Ltd - Email delivery - Ireland\n", "list.txt"],
    ["- Cloud Co Inc. (United States): Hosting\n- Mail Co Ltd (Ireland): Email delivery\n", "list.md"],
  ])("%j", (items, file) => {
    expect(listRows(readList(`# Acme Ltd sub-processors\n\n${items}`, file))).toEqual(want);
  });
  it("reads a bullet whose only value is a place as the location, not the purpose", () => {
    const md =
      "# Acme Ltd sub-processors\n\n- **Cloud Co Inc.** - United States\n- **Mail Co Ltd** - Ireland, Germany\n";
    expect(listRows(readList(md, "list.md")).map((r) => [r.purpose, r.location])).toEqual([
      [null, "United States"],
      [null, "Ireland, Germany"],
    ]);
  });
});

describe("list11 probes: where the data sits, before the company's seat", () => {
  it.each([
    [["Vendor", "Headquarters", "Purpose", "Data storage location"], 3],
    [["Company", "Corporate location", "Service", "Server location"], 3],
    [["Sub-processor", "Entity country", "Nature of processing", "Where data is stored"], 3],
  ])("%j", (header, location) => {
    expect(columns(header).location).toBe(location);
  });
});

describe("list11 probes: change logs headed in other languages add no entries", () => {
  it.each([
    ["## Änderungshistorie", "| Datum | Anbieter | Änderung |"],
    ["## Historique des modifications", "| Date | Sous-traitant | Modification |"],
    ["## Historial de cambios", "| Fecha | Proveedor | Cambio |"],
  ])("%s", (heading, header) => {
    const md = `# Sub-processors${table}\n${heading}\n\n${header}\n|---|---|---|\n| 01.10.2026 | Old Co Ltd | x |\n`;
    expect(listRows(readList(md, "list.md")).map((r) => r.name)).toEqual(["Cloud Co Inc.", "Mail Co Ltd"]);
  });
});

describe("list11 probes: bridge letters", () => {
  const letter = (o: { bridge?: string; sign?: string }) =>
    "Example Systems Inc.\n100 Main Street, Springfield\nNovember 20, 2026\nTo whom it may concern:\nExample Systems " +
    "Inc. engaged Sample & Partners LLP to perform a SOC 2 Type 2 examination for the period October 1, 2025 through " +
    "September 30, 2026. The report was issued on November 2, 2026.\n" +
    `${o.bridge ?? "We are not aware of any material changes between October 1, 2026 and November 15, 2026."}\n` +
    `${o.sign ?? "Sincerely,\nJane Roe\nChief Security Officer"}\n`;
  it.each([
    "There have not been any material changes to the system between October 1, 2026 and November 15, 2026.",
    "From October 1, 2026 through November 15, 2026 no events or changes have occurred that would materially affect the report.",
    "The controls described in the report have remained in place and unchanged from October 1, 2026 through November 15, 2026.",
  ])("a no-change claim in other words: %s", (bridge) => {
    const f = readAs("bridge_letter", letter({ bridge })).facts;
    expect([f.material_changes_disclosed?.value, f.bridge_covers_through?.value]).toEqual(["none", "2026-11-15"]);
  });
  it.each([
    [
      "Between October 1, 2026 and November 15, 2026 there were no material changes, other than the following: our CISO changed on October 5, 2026.",
      "our CISO changed on October 5, 2026.",
    ],
    [
      "With one exception, there have been no material changes between October 1, 2026 and November 15, 2026: on October 12, 2026 we replaced our SIEM.",
      "on October 12, 2026 we replaced our SIEM.",
    ],
  ])("a change excepted by 'the following' or 'one exception': %s", (bridge, change) => {
    expect(readAs("bridge_letter", letter({ bridge })).facts.material_changes_disclosed?.value).toBe(change);
  });
  it("ends 'the following change:' at the closing", () => {
    const bridge =
      "Between October 1, 2026 and November 15, 2026 we made the following change: we moved our data centre to Frankfurt.";
    expect(readAs("bridge_letter", letter({ bridge })).facts.material_changes_disclosed?.value).toBe(
      "we moved our data centre to Frankfurt.",
    );
  });
  it.each([
    "Electronically signed by: Jane Roe, Chief Security Officer",
    "Digitally signed by Jane Roe (Chief Security Officer)",
    "Approved by: Jane Roe | Chief Security Officer",
  ])("a signer named after a label: %s", (sign) => {
    expect(readAs("bridge_letter", letter({ sign })).facts.signatory?.value).toBe("Jane Roe");
  });
});

describe("list11 probes: bridge letters written in other languages", () => {
  const german =
    "Beispiel Software GmbH\nMusterstraße 1, 80331 München\n\nMünchen, 20. November 2026\n\nÜberbrückungserklärung zum SOC 2 " +
    "Typ 2 Bericht\n\nSehr geehrte Damen und Herren,\n\ndie Prüfer Treuhand GmbH Wirtschaftsprüfungsgesellschaft hat unseren " +
    "SOC 2 Typ 2 Bericht für den Zeitraum vom 1. Oktober 2025 bis 30. September 2026 erstellt; der Bericht ist datiert " +
    "auf den 2. November 2026.\n\nFür den Zeitraum vom 1. Oktober 2026 bis zum 15. November 2026 sind uns keine " +
    "wesentlichen Änderungen an unserem System bekannt.\n\nMit freundlichen Grüßen\n\nAnna Beispiel\nLeiterin " +
    "Informationssicherheit\n";
  const french =
    "Exemple Logiciel SAS\n10 rue de la Paix, 75002 Paris\n\nParis, le 20 novembre 2026\n\nObjet : lettre de couverture " +
    "– rapport SOC 2 Type 2\n\nMadame, Monsieur,\n\nLe cabinet Audit Conseil SAS a émis le 2 novembre 2026 notre rapport " +
    "SOC 2 Type 2 couvrant la période du 1er octobre 2025 au 30 septembre 2026.\n\nPour la période du 1er octobre 2026 " +
    "au 15 novembre 2026, nous n'avons connaissance d'aucun changement significatif de notre système.\n\nCordialement,\n\n" +
    "Marie Exemple\nResponsable de la sécurité\n";
  const spanish =
    "Ejemplo Software S.L.\nCalle Mayor 1, 28013 Madrid\n\nMadrid, 20 de noviembre de 2026\n\nAsunto: carta puente del " +
    "informe SOC 2 Tipo 2\n\nEstimados señores:\n\nAuditores Ejemplo S.L.P. emitió el 2 de noviembre de 2026 nuestro " +
    "informe SOC 2 Tipo 2 para el periodo del 1 de octubre de 2025 al 30 de septiembre de 2026.\n\nDurante el periodo " +
    "del 1 de octubre de 2026 al 15 de noviembre de 2026 no se han producido cambios significativos en nuestro " +
    "sistema.\n\nAtentamente,\n\nLucía Ejemplo\nDirectora de Seguridad\n";
  it.each([
    ["German", german, "Prüfer Treuhand GmbH Wirtschaftsprüfungsgesellschaft"],
    ["French", french, "Audit Conseil SAS"],
    ["Spanish", spanish, "Auditores Ejemplo S.L.P."],
  ])(
    "%s: the auditor, the report's period and date, the bridge's range and its no-change claim",
    (_l, text, auditor) => {
      const f = readAs("bridge_letter", text).facts;
      expect({
        letter: f.letter_date?.value,
        auditor: f["referenced_report.auditor"]?.value,
        start: f["referenced_report.period_start"]?.value,
        end: f["referenced_report.period_end"]?.value,
        reported: f["referenced_report.report_or_opinion_date"]?.value,
        through: f.bridge_covers_through?.value,
        changes: f.material_changes_disclosed?.value,
      }).toEqual({
        letter: "2026-11-20",
        auditor,
        start: "2025-10-01",
        end: "2026-09-30",
        reported: "2026-11-02",
        through: "2026-11-15",
        changes: "none",
      });
    },
  );
});

describe("list11 probes: a report's period told by its end, a claim that runs to the letter's date", () => {
  const letter = (report: string, bridge: string) =>
    `Example Systems Inc.\nNovember 20, 2026\nTo whom it may concern:\n${report}\n${bridge}\nSincerely,\nJane Roe\nChief Security Officer\n`;
  const claim = "We are not aware of any material changes to our controls since the end of that period.";
  it.each([
    ["Our SOC 2 Type 2 report by Sample LLP covers the year ended 30 June 2026.", "2025-07-01", "2026-06-30"],
    ["Our SOC 2 Type 2 report by Sample LLP covers the fiscal year ending 30 June 2026.", "2025-07-01", "2026-06-30"],
    ["Our SOC 2 Type 2 report by Sample LLP covered the period ending September 30, 2026.", null, "2026-09-30"],
  ])("%s", (report, start, end) => {
    const f = readAs("bridge_letter", letter(report, claim)).facts;
    expect([f["referenced_report.period_start"]?.value ?? null, f["referenced_report.period_end"]?.value]).toEqual([
      start,
      end,
    ]);
  });
  it.each([
    "From October 1, 2026 to the present, there have been no material changes.",
    "As of the date of this letter, we are not aware of any material changes since September 30, 2026.",
    "Since September 30, 2026, there have been no material changes to our controls.",
    claim,
  ])("the no-change claim runs to the letter's date: %s", (bridge) => {
    const report = "Sample LLP examined our controls for October 1, 2025 to September 30, 2026.";
    expect(readAs("bridge_letter", letter(report, bridge)).facts.no_material_change_as_of?.value).toBe("2026-11-20");
  });
});
