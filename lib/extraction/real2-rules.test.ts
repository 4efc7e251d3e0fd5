// Rules written on the failures of the real-2 hold-out's half A (real public sub-processor lists and trust pages,
// 2026-12-07): a CSV register that never says "sub-processor", a web page that claims a SOC report, a "Processing"
// column, a title's qualifier taken for the owner, and an owner named only in its own product's name. Every text here
// is made up, and each case failed on the rules before it.
import { describe, expect, it } from "vitest";
import { listDocument, listRows as rows, readList } from "./test-support/read-list";
import { classifyText } from "./classify";

describe("real-2: a CSV register", () => {
  const csv = `Company,Address,Service Description,Location of Data Processing
"Cloud Co S.A.","1 Main Street, Springfield",Hosting provider,"EU region (Germany)"
Mail Co Inc.,"2 High St, Shelbyville","Emails sent from Widgetly's web application","USA"
`;

  it("is a sub-processor list when its header names providers and where data is processed", () => {
    expect(classifyText(listDocument(csv, "export.csv")).kind).toBe("subprocessor_list");
  });

  it("is a sub-processor list when it is named for sub-processors and its header names providers and services", () => {
    const plain = "Vendor,Service,Country\nCloud Co,Hosting,Germany\nMail Co,Email,USA\n";
    expect(classifyText(listDocument(plain, "sub-processors-2026.csv")).kind).toBe("subprocessor_list");
    // The same table under another name says nothing about sub-processors.
    expect(classifyText(listDocument(plain, "vendors.csv")).kind).toBe("unknown");
  });

  it("is not a register when the header names neither providers nor processing places", () => {
    const controls = "id,theme,title\n5.1,Organizational controls,Policies for information security\n";
    expect(classifyText(listDocument(controls, "annex-a.csv")).kind).toBe("unknown");
  });

  it("reads the purpose from the description and the location from the processing column, not the address", () => {
    expect(rows(readList(csv, "export.csv"))).toEqual([
      { name: "Cloud Co S.A.", purpose: "Hosting provider", location: "EU region (Germany)" },
      { name: "Mail Co Inc.", purpose: "Emails sent from Widgetly's web application", location: "USA" },
    ]);
  });
});

describe("real-2: a web page that claims a SOC report", () => {
  it("is a claims page when it says the vendor has achieved SOC 2 and the report is on request", () => {
    const md = `# SOC 2 Type II Certification

Widgetly has achieved SOC 2 Type II certification. Customers can request the materials below.

| Resource | Description | Access |
| --- | --- | --- |
| Report | SOC 2 Type 2 Audit Report | [Request Access](https://example.com/r) |
`;
    expect(classifyText(listDocument(md, "soc2.md")).kind).toBe("claims_page");
    expect(classifyText(listDocument(md.replace(/\n/g, "<br>\n"), "soc2.html")).kind).toBe("claims_page");
  });

  it("is not a claims page when SOC 2 is named without a claim", () => {
    const md = "# Control mapping\n\nOur policies are mapped to the SOC 2 trust services criteria and to NIST.\n";
    expect(classifyText(listDocument(md, "mapping.md")).kind).toBe("unknown");
  });

  it("is still the report when a Markdown page carries the service auditor's report", () => {
    const md =
      "# SOC 2 Type 2 report\n\n## Independent Service Auditor's Report\n\nIn our opinion, the controls were suitably designed. This SOC 2 report is intended solely for Widgetly.\n";
    expect(classifyText(listDocument(md, "report.md")).kind).toBe("soc2_report");
  });
});

describe("real-2: sub-processor tables and owners", () => {
  const table = (header: string) =>
    `\n\n| Name | ${header} | Location |\n| --- | --- | --- |\n| Cloud Co | Hosting of the platform | USA |\n| Mail Co | Email delivery | USA |\n`;

  it("reads a column headed 'Processing' as the purpose", () => {
    expect(rows(readList(`# Sub-processors${table("Processing")}`, "sp.md"))[0]).toEqual({
      name: "Cloud Co",
      purpose: "Hosting of the platform",
      location: "USA",
    });
  });

  it("takes no owner from a title's qualifier ('Approved Sub-Processors') and reads it from 'sub-processors … for X'", () => {
    const md = `---\ntitle: Approved Sub-Processors\n---\n\nBy default, Widgetly instances are hosted in the United States.\n\nThe following tables list the approved sub-processors and their locations for Widgetly within each hosting region:${table("Purpose")}`;
    expect(readList(md, "sp.md").facts.vendor?.value).toBe("Widgetly");
    // Named once only, the name after "for" is what the list is about, not an owner.
    const once = `---\ntitle: Approved Sub-Processors\n---\n\nThe sub-processors for Widget Cloud:${table("Purpose")}`;
    expect(readList(once, "sp.md").facts.vendor?.value ?? null).toBeNull();
  });

  it("reads the owner from its own product named twice ('Widgetly's web application'), never from an entry's", () => {
    const csv = `Company,Service Description,Location of Data Processing
Cloud Co,Hosting of Widgetly's web application,USA
Mail Co,Emails from Widgetly's web application,USA
Chat Co,Support chat in Chat Co's web app and Chat Co's mobile app,USA
`;
    expect(readList(csv, "export.csv").facts.vendor?.value).toBe("Widgetly");
    const entriesOnly = `Company,Service Description,Location of Data Processing
Chat Co,Support chat in Chat's web app and Chat's mobile app,USA
`;
    expect(readList(entriesOnly, "export.csv").facts.vendor?.value ?? null).toBeNull();
  });
});

// Rules added after the real-2 hold-out's half B had been measured, from its failures.
describe("real-2 half B: sub-processor pages", () => {
  const prose = `# Sub-processors of widgetly

last modified: 2nd of May 2026.

## Cloud hosting

The widgetly platform runs on **Cloud Co** (CC). See [terms](https://x).

* Apps are stored where you choose.

## Payment processing

Card data is stored with our payment processor **Pay Co** directly. We keep a reference only.

## Embedded content

Examples are a **Video Co** video, or a poll by **Survey forms**. It is **not** always so.

### Screenshots

Currently we are using **snap2pics** for this service at widgetly.
`;

  it("reads bold names in a prose page's sections, the nearest heading being the purpose", () => {
    expect(rows(readList(prose, "sp.md"))).toEqual([
      { name: "Cloud Co", purpose: "Cloud hosting", location: null },
      { name: "Pay Co", purpose: "Payment processing", location: null },
      { name: "Video Co", purpose: "Embedded content", location: null },
      { name: "Survey forms", purpose: "Embedded content", location: null },
      { name: "snap2pics", purpose: "Screenshots", location: null },
    ]);
  });

  it("reads no list from bold words in fewer than three sections", () => {
    const two = "# Sub-processors\n\n## Hosting\n\nWe use **Cloud Co**.\n\n## Note\n\n**Important** read this.\n";
    expect(readList(two, "sp.md").facts.subprocessors?.value ?? null).toBeNull();
  });

  it("reads a lower-case owner from the title 'Sub-processors of X' when the page names X again", () => {
    expect(readList(prose, "sp.md").facts.vendor?.value).toBe("widgetly");
  });

  it("reads the owner after a leading clause ('…, Acme maintains a list of subprocessors')", () => {
    const md = `In accordance with §4.1 of Acme Inc.'s addendum, Acme maintains a list of authorized subprocessors.\n\n| Entity Name | Purpose |\n|---|---|\n| Cloud Co | Hosting |\n`;
    expect(readList(md, "sp.md").facts.vendor?.value).toBe("Acme");
  });

  it("reads the owner from a page title 'Sub-processor & Provider List | Acme'", () => {
    const html = `<html><head><title>Sub-processor &amp; Provider List | Acme</title></head><body><h1>Sub-processor &amp; Provider List</h1><table><tr><th>Provider</th><th>Service</th></tr><tr><td>Cloud Co</td><td>Hosting</td></tr></table></body></html>`;
    expect(readList(html, "sp.html").facts.vendor?.value).toBe("Acme");
  });

  it("leaves a lower-case note out of a name cell ('(primary)') but keeps a capitalised parenthesis", () => {
    const html = `<h1>Sub-processors</h1><table><tr><th>Provider</th><th>Service</th></tr><tr><td>Cloud Co, Inc. <em>(primary)</em></td><td>Hosting</td></tr><tr><td>Mail (Workspace)</td><td>Email</td></tr></table>`;
    expect(rows(readList(html, "sp.html")).map((r) => r.name)).toEqual(["Cloud Co, Inc.", "Mail (Workspace)"]);
  });

  it("gives each list the place the sentence just above it states", () => {
    const md = `# Subprocessors\n\nThese subprocessors are all located in the United States:\n\n* [Cloud Co](https://x). Hosting.\n* [Mail Co](https://y). Email.\n\nThese subprocessors are located in the EU:\n\n* [Watch Co](https://z). Monitoring.\n`;
    expect(rows(readList(md, "sp.md")).map((r) => [r.name, r.location])).toEqual([
      ["Cloud Co", "United States"],
      ["Mail Co", "United States"],
      ["Watch Co", "EU"],
    ]);
  });

  it("keeps only the processors of a data file whose records carry a role", () => {
    const json = JSON.stringify({
      subprocessors: [
        { name: "Cloud Co", role: "processor", purpose: "Hosting", location: "USA" },
        { name: "Ads Co", role: "vendor", purpose: "Advertising we buy", location: "Not applicable" },
        { name: "Mail Co", role: "processor", purpose: "Email", location: "USA" },
      ],
    });
    expect(rows(readList(json, "subprocessors.json")).map((r) => r.name)).toEqual(["Cloud Co", "Mail Co"]);
  });
});

describe("real-2 half B: claims pages", () => {
  it("is a claims page when a web page titled 'Certifications' names a standard in another language", () => {
    const md = `# Certificaciones\n\n## 1. ISO/IEC 27001\n\nEsta norma define los requisitos de un SGSI.\n\nImpacto: Widgetly protege los datos.\n`;
    expect(classifyText(listDocument(md, "certs.md")).kind).toBe("claims_page");
    // The standard under another title is not a claim.
    expect(classifyText(listDocument(md.replace("Certificaciones", "Normas"), "certs.md")).kind).toBe("unknown");
  });
});
