// Rules written on the failures of the list10-dev set's half A (invented sub-processor lists and bridge letters from
// several producers, 2026-12-07): a CSV export's change-log section, a spreadsheet's label/value date row, a running
// footer inside a PDF table, HTML cards, nested YAML, Indian letter conventions. Every text here is made up, and each
// case failed on the rules before it.
import { describe, expect, it } from "vitest";
import { listRows as rows10, readList } from "./test-support/read-list";
import { gridSubprocessors } from "./subprocessor-grid";
import { subprocessorsFromPdfTable } from "./subprocessor-pdf-table";
import { layoutOf, positionedDocument } from "./test-support/table-pages";
import { readAs } from "./test-support/read-as";

const names = (r: ReturnType<typeof readList>) => rows10(r).map((x) => x.name);

describe("list10: spreadsheet exports (CSV)", () => {
  const csv = `Widgetly Ltd - Sub-processor register,,
Last updated,14/11/2026,
,,
Sub-processor,Purpose,Location
Cloud Co GmbH,Hosting,Germany
Mail Co Inc.,Email,United States
,,
Change log,,
Date,Change,Sub-processor
02/09/2026,Removed,Old Desk Ltd
`;
  it("ends the list at the first empty row: a change-log section below it adds no entries", () => {
    expect(names(readList(csv, "list.csv"))).toEqual(["Cloud Co GmbH", "Mail Co Inc."]);
  });
  it("reads a 'Last updated' label cell's date from the next cell", () => {
    expect(readList(csv, "list.csv").facts.last_updated?.value).toBe("2026-11-14");
  });
});

describe("list10: a running footer under a PDF table", () => {
  const S = 10;
  const line = (gap: number, ...cells: [string, number][]): Row2 => ({ cells, size: S, gap });
  type Row2 = { cells: [string, number][]; size: number; gap: number };
  const header = line(20, ["Sub-processor", 60], ["Service provided", 260], ["Data region", 440]);
  const page = (n: number, rows: [string, string, string][]) => [
    line(0, ["ACME FREIGHT — SUB-PROCESSORS", 200]),
    header,
    ...rows.map(([a, b, c]) => line(22, [a, 60], [b, 260], [c, 440])),
    line(30, ["Effective 2 October 2026", 60], [`Page ${n} of 2`, 440]),
  ];
  const p1 = page(1, [
    ["Cloud Co GmbH", "Hosting", "Germany"],
    ["Mail Co Inc.", "Email", "United States"],
  ]);
  const p2 = page(2, [["Chat Co Ltd", "Support chat", "United Kingdom"]]);
  const doc = () => positionedDocument(layoutOf(p1), layoutOf(p2));

  it("is no row of the table read by position (grid)", () => {
    expect(gridSubprocessors(doc())?.map((r) => r.name)).toEqual(["Cloud Co GmbH", "Mail Co Inc.", "Chat Co Ltd"]);
  });
  it("is no row of the table read line by line", () => {
    expect(subprocessorsFromPdfTable(doc())?.rows.map((r) => r.name)).toEqual([
      "Cloud Co GmbH",
      "Mail Co Inc.",
      "Chat Co Ltd",
    ]);
  });
});

describe("list10: web pages drawn as cards", () => {
  const card = (name: string, purpose: string, place: string) => `
    <div class="vendor-card">
      <div class="head"><h3>${name}</h3></div>
      <div class="body">
        <div class="row"><span class="label">Purpose</span><span class="value">${purpose}</span></div>
        <div class="row"><span class="label">Location</span><span class="value">${place}</span></div>
      </div>
    </div>`;
  const page = `<!DOCTYPE html><html><body><main><h1>Subprocessors</h1><p>Updated on Nov 9, 2026</p>
  <section class="grid">${card("Cloud Co GmbH", "Hosting", "Germany")}${card("Chat Co Ltd", "Support chat", "France")}</section>
  </main><footer><p>&copy; 2026 Widgetly Loom, Inc. &middot; 1 Market Street, Springfield</p></footer></body></html>`;

  it("reads label and value elements as labelled lines (cards with a label span before a value span)", () => {
    const r = readList(page, "subprocessors.html");
    expect(r.facts.subprocessors?.value).toMatchObject([
      { name: "Cloud Co GmbH", purpose: "Hosting", location: "Germany" },
      { name: "Chat Co Ltd", purpose: "Support chat", location: "France" },
    ]);
  });

  it("reads a definition list's terms as labels", () => {
    const dl = (name: string, purpose: string) =>
      `<div class="card"><h3>${name}</h3><dl><dt>Purpose</dt><dd>${purpose}</dd><dt>Region</dt><dd>EU</dd></dl></div>`;
    const r = readList(
      `<html><body><h1>Subprocessors</h1>${dl("Cloud Co GmbH", "Hosting")}${dl("Mail Co Inc.", "Email")}</body></html>`,
      "subprocessors.html",
    );
    expect(r.facts.subprocessors?.value).toMatchObject([
      { name: "Cloud Co GmbH", purpose: "Hosting", location: "EU" },
      { name: "Mail Co Inc.", purpose: "Email", location: "EU" },
    ]);
  });

  it("takes the owner from the footer's copyright line (entities decoded, blank blocks below it not counted)", () => {
    expect(readList(page, "subprocessors.html").facts.vendor?.value).toBe("Widgetly Loom, Inc.");
  });
});

describe("list10: nested YAML registers", () => {
  const yaml = `meta:
  company: Widgetly Labs B.V.
  last_updated: "2026-10-21"
categories:
  - category: Infrastructure
    vendors:
      - company: Cloud Co GmbH
        service: Hosting
        region: Germany
  - category: Communication
    vendors:
      - company: Mail Co Inc.
        service: Email
        region: United States
changelog:
  - company: Old Mail SAS
    action: removed
`;
  it("reads records named by another key than 'name', nested under categories", () => {
    expect(rows10(readList(yaml, "subprocessors.yaml"))).toEqual([
      { name: "Cloud Co GmbH", purpose: "Hosting", location: "Germany" },
      { name: "Mail Co Inc.", purpose: "Email", location: "United States" },
    ]);
  });
  it("does not take the change log's records for entries", () => {
    const named = `vendors:\n  - name: Cloud Co GmbH\n    purpose: Hosting\nhistory:\n  - name: Old Mail SAS\n    purpose: Email\n`;
    expect(names(readList(named, "subprocessors.yaml"))).toEqual(["Cloud Co GmbH"]);
  });
  it("takes the owner from an owner key outside the records", () => {
    expect(readList(yaml, "subprocessors.yaml").facts.vendor?.value).toBe("Widgetly Labs B.V.");
  });
});

describe("list10: Indian letter conventions in a bridge letter", () => {
  const letter = (firm: string) => `Widgetly Cloud Private Limited
Date: 5th November, 2026
To,
The Customers of Widgetly Cloud Private Limited
Sub: Bridge Letter for the SOC 2 Type II Report
Dear Sir/Madam,
Widgetly Cloud Private Limited had engaged ${firm}, Chartered
Accountants, to perform a SOC 2 Type II examination. The report covers the period from 1st April, 2025 to 31st
March, 2026 and was issued on 12th June, 2026.
There have been no material changes to the Company's system or controls up to 31st October, 2026 that would affect
the conclusions in the above report.
Thanking you,
Yours faithfully,
For Widgetly Cloud Private Limited


Ravi Kumar
Chief Information Security Officer
Place: Pune`;
  const read = (firm: string) => readAs("bridge_letter", letter(firm)).facts;

  it("does not take the honorific M/s. for part of the auditor's name", () => {
    expect(read("M/s. Kale Joshi Associates")["referenced_report.auditor"]?.value).toBe("Kale Joshi Associates");
  });
  it("reads a firm's name wrapped after its '&'", () => {
    expect(read("Kale Joshi &\nAssociates")["referenced_report.auditor"]?.value).toBe("Kale Joshi & Associates");
  });
  it("reads the signer below a 'For <company>' line under the closing", () => {
    expect(read("Kale Joshi Associates").signatory?.value).toBe("Ravi Kumar");
  });
});

describe("list10: the list's own date among the page's dates", () => {
  const T = `| Provider | Purpose | Country |\n|---|---|---|\n| Cloud Co GmbH | Hosting | Germany |\n| Mail Co Inc. | Email | United States |\n`;
  const date = (text: string) => readList(text, "list.md").facts.last_updated?.value ?? null;
  it("reads the labels 'Date of last update', 'Published', 'Valid from', 'Stand:' and 'Version 2.1, dated'", () => {
    expect(date(`# Sub-processors\n\nDate of last update: 3 March 2026\n\n${T}`)).toBe("2026-03-03");
    expect(date(`# Sub-processors\n\nPublished: 2026-03-03\n\n${T}`)).toBe("2026-03-03");
    expect(date(`# Sub-processors\n\nValid from 3 March 2026\n\n${T}`)).toBe("2026-03-03");
    expect(date(`# Sub-processors\n\nStand: 03.03.2026\n\n${T}`)).toBe("2026-03-03");
    expect(date(`# Sub-processors\n\nVersion 2.1, dated 3 March 2026\n\n${T}`)).toBe("2026-03-03");
  });
  it("does not take a previous version's date for the list's", () => {
    const text = `# Sub-processors\n\nPrevious version (effective 1 January 2026) [here](x).\n\n${T}\n\nEffective date: 3 March 2026\n`;
    expect(date(text)).toBe("2026-03-03");
  });
  it("reads a date printed alone under the title", () => {
    expect(date(`# Sub-processors\nMarch 3, 2026\n\n${T}`)).toBe("2026-03-03");
  });
});

describe("list10: owners in capitals and after 'sub-processors of'", () => {
  const T = `| Provider | Purpose | Country |\n|---|---|---|\n| Cloud Co GmbH | Hosting | Germany |\n| Mail Co Inc. | Email | United States |\n`;
  const owner = (text: string) => readList(text, "list.md").facts.vendor?.value ?? null;
  it("reads a title in capitals over 'SUB-PROCESSOR LIST'", () => {
    expect(owner(`WIDGETLY ROBOTICS GMBH\nSUB-PROCESSOR LIST\n\n${T}`)).toBe("WIDGETLY ROBOTICS GMBH");
  });
  it("reads a footer in capitals, legal form too", () => {
    expect(owner(`Sub-processor list\n\n${T}\n\nWIDGETLY ROBOTICS GMBH · CONFIDENTIAL · PAGE 1\n`)).toBe(
      "WIDGETLY ROBOTICS GMBH",
    );
  });
  it("reads the legal name after 'sub-processors of' in a sentence or a title", () => {
    expect(owner(`# Sub-processors\n\nThis page lists the sub-processors of Widgetly Robotics GmbH.\n\n${T}`)).toBe(
      "Widgetly Robotics GmbH",
    );
    expect(owner(`# Authorised sub-processors of Widgetly Robotics GmbH\n\n${T}`)).toBe("Widgetly Robotics GmbH");
  });
});

describe("list10: bridge letters in other conventions", () => {
  const letter = (head: string, mid: string, tail: string) =>
    `${head}\nTo whom it may concern,\nRe: SOC 2 bridge letter\n${mid}\n${tail}`;
  const facts = (t: string) => readAs("bridge_letter", t).facts;

  it("reads 'as at the 30th day of November, 2026' as the no-change date", () => {
    const f = facts(
      letter(
        "WIDGETLY DATA LTD\n1 High Street, London\n\n4 December 2026",
        "Our SOC 2 Type 2 report, issued by Bell & Crane LLP on 13 November 2026, covers the twelve months ended 30 September 2026. We confirm that, as at the 30th day of November, 2026, there have been no material changes to our control environment.",
        "Yours sincerely,\n\nJane Doe\nChief Executive Officer\nWidgetly Data Ltd",
      ),
    );
    expect(f.no_material_change_as_of?.value).toBe("2026-11-30");
    expect(f.bridge_covers_through?.value).toBe("2026-11-30");
  });

  it("reads a signer whose title follows on the same line after a bar", () => {
    const f = facts(
      letter(
        "Widgetly Data, Inc.\nDecember 4, 2026",
        "Widgetly Data, Inc. received a SOC 2 Type 2 report from Bell & Crane LLP dated November 13, 2026 for the period October 1, 2025 to September 30, 2026. There have been no material changes to the system.",
        "Best regards,\nJane Doe | Chief Information Security Officer\nWidgetly Data, Inc.",
      ),
    );
    expect(f.signatory?.value).toBe("Jane Doe");
  });

  it("does not read a subject line's 'bridge letter' into the first sentence, and takes the firm that examined", () => {
    const f = facts(
      letter(
        "Widgetly Data, Inc.\nDecember 4, 2026",
        "Bell & Crane LLP examined our controls for the period from 1 October 2025 to 30 September 2026 and issued an unqualified opinion dated 13 November 2026. No material changes have occurred between 1 October 2026 and 30 November 2026.",
        "Sincerely,\n\nJane Doe\nCISO",
      ),
    );
    expect(f["referenced_report.period_start"]?.value).toBe("2025-10-01");
    expect(f["referenced_report.period_end"]?.value).toBe("2026-09-30");
    expect(f.bridge_covers_from?.value).toBe("2026-10-01");
    expect(f.bridge_covers_through?.value).toBe("2026-11-30");
    expect(f["referenced_report.auditor"]?.value).toBe("Bell & Crane LLP");
  });
});

// Rules read from half B's failures, after its held-out figure was written down.
describe("list10 (half B): bridge letters", () => {
  const letter = (mid: string, tail = "Sincerely,\n\nJane Doe\nChief Information Security Officer") =>
    `Widgetly Ledger, Inc.\nDecember 4, 2026\nTo Whom It May Concern:\n${mid}\n${tail}`;
  const facts = (t: string) => readAs("bridge_letter", t).facts;

  it("reads the change stated after 'with the exception of the change described below'", () => {
    const f = facts(
      letter(
        "Widgetly engaged Bell & Crane LLP to examine its controls for the period January 1, 2026 through September 30, 2026.\nAs of November 30, 2026, management is not aware of any material changes to the system or its controls, with the exception of the change described below.\nOn October 19, 2026, Widgetly replaced its identity provider with another vendor's.\nManagement has assessed this change.",
      ),
    );
    expect(f.material_changes_disclosed?.value).toBe(
      "On October 19, 2026, Widgetly replaced its identity provider with another vendor's.",
    );
  });

  it("reads the signer under a bilingual closing ('Med vennlig hilsen / Kind regards')", () => {
    const f = facts(
      letter(
        "The SOC 2 Type 2 report for the period 01.10.2025 – 30.09.2026 was issued by Bell & Crane AS. No material changes as of 15.11.2026.",
        "Med vennlig hilsen / Kind regards\n\nIngrid Dahl\nDaglig leder (CEO)",
      ),
    );
    expect(f.signatory?.value).toBe("Ingrid Dahl");
  });

  it("reads the report's date printed before its verb ('which on 06.11.2026 issued a SOC 2 Type 2 report')", () => {
    const f = facts(
      letter(
        "Widgetly has been audited by Bell & Crane AS, which on 06.11.2026 issued a SOC 2 Type 2 report for the period 01.10.2025 – 30.09.2026. No material changes as of 15.11.2026.",
      ),
    );
    expect(f["referenced_report.report_or_opinion_date"]?.value).toBe("2026-11-06");
  });
});

describe("list10 (half B): sub-processor lists", () => {
  it("reads a JSON register whose records name an entity object and list their places, and its own date", () => {
    const json = JSON.stringify({
      publisher: { legalName: "Widgetly Metrics GmbH" },
      document: { effectiveDate: "2026-09-30", history: [{ effectiveDate: "2026-04-15", summary: "Added X" }] },
      subprocessors: [
        {
          entity: { legalName: "Cloud Co GmbH", country: "Germany" },
          service: "Hosting",
          dataLocations: ["Germany", "Finland"],
        },
        {
          entity: { legalName: "Mail Co Inc.", country: "United States" },
          service: "Email",
          dataLocations: ["United States"],
        },
      ],
    });
    const r = readList(json, "subprocessors.json");
    expect(rows10(r)).toEqual([
      { name: "Cloud Co GmbH", purpose: "Hosting", location: "Germany, Finland" },
      { name: "Mail Co Inc.", purpose: "Email", location: "United States" },
    ]);
    expect(r.facts.last_updated?.value).toBe("2026-09-30");
  });

  it("reads 'Name ..... Place' lines grouped under purpose headings in plain text", () => {
    const text = `WIDGETLY LTD\nSUB-PROCESSOR LIST\n\nHOSTING\n\n  Cloud Co, Inc. ............ United States\n  Store Co SAS ........... France\n\nEMAIL\n\n  Mail Co GmbH ............ Germany\n`;
    expect(rows10(readList(text, "subprocessors.txt"))).toEqual([
      { name: "Cloud Co, Inc.", purpose: "HOSTING", location: "United States" },
      { name: "Store Co SAS", purpose: "HOSTING", location: "France" },
      { name: "Mail Co GmbH", purpose: "EMAIL", location: "Germany" },
    ]);
  });

  it("gives tables under region headings their heading's region when the page says it groups them so", () => {
    const md = `# Sub-processors\n\nEach sub-processor is grouped under the region in which it stores and processes data.\n\n## European Union\n\n| Sub-processor | Purpose |\n|---|---|\n| Cloud Co GmbH | Hosting |\n\n## United States\n\n| Sub-processor | Purpose |\n|---|---|\n| Mail Co Inc. | Email |\n`;
    expect(rows10(readList(md, "subprocessors.md"))).toEqual([
      { name: "Cloud Co GmbH", purpose: "Hosting", location: "European Union" },
      { name: "Mail Co Inc.", purpose: "Email", location: "United States" },
    ]);
  });
});

describe("list10: change logs beside the list", () => {
  it("does not read a change-log table (by its heading or its Date/Change columns) as entries", () => {
    const md = `# Widgetly Ltd sub-processors\n\n| Name | Purpose |\n|---|---|\n| Cloud Co GmbH | Hosting |\n\n## Change history\n\n| Date | Sub-processor | Change |\n|---|---|---|\n| 2026-04-01 | Old Co Ltd | Removed |\n`;
    expect(names(readList(md, "subprocessors.md"))).toEqual(["Cloud Co GmbH"]);
    const html = `<html><body><h1>Widgetly Ltd Subprocessors</h1><table><tr><th>Subprocessor</th><th>Purpose</th></tr><tr><td>Cloud Co GmbH</td><td>Hosting</td></tr></table><p>What changed:</p><table><tr><th>Date</th><th>Subprocessor</th><th>Change</th></tr><tr><td>2026-04-01</td><td>Old Co Ltd</td><td>Removed</td></tr></table></body></html>`;
    expect(names(readList(html, "subprocessors.html"))).toEqual(["Cloud Co GmbH"]);
  });
  it("does not read a change log's bullets as entries", () => {
    const md = `# Widgetly Ltd sub-processors\n\nWidgetly Ltd uses the following sub-processors:\n\n- **Cloud Co GmbH** - Hosting (Germany)\n- **Mail Co Inc.** - Email (United States)\n\n## Changelog\n\n- **2026-04-01**: Removed **Old Co Ltd**\n- **2026-03-01**: Added **Mail Co Inc.**\n`;
    expect(names(readList(md, "subprocessors.md"))).toEqual(["Cloud Co GmbH", "Mail Co Inc."]);
  });
});

describe("list10: bullets grouped under purpose headings", () => {
  it("reads a later group of one item under a heading of the same level as the groups already read", () => {
    const md = `# Widgetly Ltd sub-processors\n\n## Hosting\n\n- Cloud Co GmbH\n- Store Co SAS\n\n## Email\n\n- Mail Co Inc.\n`;
    expect(names(readList(md, "subprocessors.md"))).toEqual(["Cloud Co GmbH", "Store Co SAS", "Mail Co Inc."]);
  });
});
