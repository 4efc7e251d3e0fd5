// Rules written on the failures of the list9-dev set's half A (real public sub-processor lists and invented PDFs,
// 2026-12-07): an owner named only in a letterhead, footer or site header; a bold label's date; a version line's date;
// a plain-words purpose header; a badge in a name cell; Markdown cards of bulleted labels. Every text here is made up,
// and each case failed on the rules before it.
import { describe, expect, it } from "vitest";
import { listRows as rows, readList } from "./test-support/read-list";

const TABLE = `| Provider | Purpose | Country |
|---|---|---|
| Cloud Co GmbH | Hosting | Germany |
| Mail Co Inc. | Email | United States |
`;

describe("list9: the owner in the page's furniture", () => {
  it("takes a letterhead's legal name, printed with its address, as the owner", () => {
    const text = `WIDGETLY\nWidgetly Forms AB · 4 Harbour Street · 413 03 Gothenburg · Sweden\nSub-processors\n\n${TABLE}`;
    expect(readList(text, "list.txt").facts.vendor?.value).toBe("Widgetly Forms AB");
  });

  it("takes a footer's legal name as the owner", () => {
    const text = `Sub-processor List\n\n${TABLE}\nWidgetly Analytics GmbH • 12 Main Road, Berlin • privacy@widgetly.example\n`;
    expect(readList(text, "list.txt").facts.vendor?.value).toBe("Widgetly Analytics GmbH");
  });

  it("takes the site named in a 'X | Trust Center' page header as the owner", () => {
    const text = `WIDGETLY | Trust Center\nSub-processor List\n\n${TABLE}`;
    expect(readList(text, "list.txt").facts.vendor?.value).toBe("WIDGETLY");
  });

  it("does not take a phrase before 'Trust Center' for the owner", () => {
    const text = `Visit our Trust Center\nSub-processor List\n\n${TABLE}`;
    expect(readList(text, "list.txt").facts.vendor?.value ?? null).toBeNull();
  });

  it("does not take an entry's name for the owner, nor a legal name in the body of the page", () => {
    const entry = `Sub-processors\nCloud Co GmbH | Hosting\n\n${TABLE}`;
    expect(readList(entry, "list.txt").facts.vendor?.value ?? null).toBeNull();
    const body = `Sub-processors\n\nIntro.\n\nMore.\n\nWe contract with:\nWidgetly Forms AB · 4 Harbour Street\n\n${TABLE}\nEnd.\n\nContact us.\n\nThanks.\n\nBye.\n`;
    expect(readList(body, "list.txt").facts.vendor?.value ?? null).toBeNull();
  });
});

describe("list9: dates", () => {
  it("reads a bold label that holds its colon inside the bold", () => {
    const text = `# Subprocessors (Widgetly)\n\n**Effective date:** 2025-12-16\n\n${TABLE}`;
    expect(readList(text, "subprocessors.md").facts.last_updated?.value).toBe("2025-12-16");
  });

  it("reads a version line's date after a dash", () => {
    const text = `Widgetly - Sub-processors\nVersion 4 – 2026-02-01\n\n${TABLE}`;
    expect(readList(text, "subprocessors.md").facts.last_updated?.value).toBe("2026-02-01");
  });
});

describe("list9: columns and cells", () => {
  it("takes a plain-words header ('What they do for us') as the purpose", () => {
    const text = `# Widgetly - Sub-processors\n\n| Provider | What they do for us | Where data is processed |\n|---|---|---|\n| Cloud Co AB | Hosting | Sweden |\n`;
    expect(rows(readList(text, "subprocessors.md"))).toEqual([
      { name: "Cloud Co AB", purpose: "Hosting", location: "Sweden" },
    ]);
  });

  it("leaves a badge in a name cell out of the name", () => {
    const html = `<h1>Subprocessors</h1><table><thead><tr><th>Name</th><th>Purpose</th></tr></thead><tbody>
      <tr><td class="name">Cloud Co</td><td>Hosting</td></tr>
      <tr><td class="name">Error Co <span class="badge">Rolling out in v1.0</span></td><td>Crash reports</td></tr>
      </tbody></table>`;
    expect(rows(readList(html, "subprocessors.html")).map((r) => r.name)).toEqual(["Cloud Co", "Error Co"]);
  });
});

describe("list9: Markdown cards", () => {
  it("reads a heading per provider over bulleted bold labels, not the labels as names", () => {
    const md = `# Subprocessors

Widgetly uses the following third-party services.

## Infrastructure

### Cloud Co
- **What they process:** Application servers and the database
- **Data:** Account records
- **Region:** US-East (us-east-1)
- **Certifications:** SOC 2 Type II

### Mail Co
- **What they process:** Transactional email
- **Data:** Email addresses
- **Region:** United States (primary)
- **Certifications:** SOC 2 Type II

### Product analytics
We use no analytics vendor.
`;
    expect(rows(readList(md, "subprocessors.mdx"))).toEqual([
      { name: "Cloud Co", purpose: "Application servers and the database", location: "US-East (us-east-1)" },
      { name: "Mail Co", purpose: "Transactional email", location: "United States (primary)" },
    ]);
  });
});

// Rules written on half B's failures, after half B had been measured (85.7 %, the held-out figure).
describe("list9 (half B): owners", () => {
  it("reads an owner from Markdown written as HTML paragraphs", () => {
    const md = `---\ntitle: Subprocessors\n---\n\n<div class="panel">\n<p>To support our Services, Widgetly may engage data processors (each, a "<strong>Subprocessor</strong>").</p>\n</div>\n\n${TABLE}`;
    expect(readList(md, "subprocessors.md").facts.vendor?.value).toBe("Widgetly");
  });

  it("takes 'a third party that X engages to' as the owner", () => {
    const md = `## About\n\nA sub-processor is a third party that Widgetly engages to process customer data.\n\n## Current sub-processors\n\n${TABLE}`;
    expect(readList(md, "sub-processors.mdx").facts.vendor?.value).toBe("Widgetly");
  });

  it("does not take a category heading ('## Platform sub-processors') for the owner", () => {
    const md = `## About\n\nThese run the Platform. The Platform is hosted; the Platform is monitored.\n\n## Platform sub-processors\n\n${TABLE}`;
    expect(readList(md, "sub-processors.mdx").facts.vendor?.value ?? null).toBeNull();
  });
});

describe("list9 (half B): 'Name - purpose' lines under headings", () => {
  const text = `Widgetly Ltd - Sub-processors
Last updated: 3rd of March 2026
We engage the companies below. Each provider processes data only in the region under which it is listed.
European Union
Cloud Co SARL - production hosting
Mail Co SAS - transactional email
United States
Pay Co, Inc. - card payments
Questions: privacy@widgetly.example
`;

  it("reads each line as an entry and, where the page says so, its heading as its place", () => {
    const r = readList(text, "list.txt");
    expect(rows(r)).toEqual([
      { name: "Cloud Co SARL", purpose: "production hosting", location: "European Union" },
      { name: "Mail Co SAS", purpose: "transactional email", location: "European Union" },
      { name: "Pay Co, Inc.", purpose: "card payments", location: "United States" },
    ]);
    expect(r.facts.last_updated?.value).toBe("2026-03-03");
  });

  it("leaves the place empty when the page does not say the heading is the place", () => {
    const plain = text.replace(" Each provider processes data only in the region under which it is listed.", "");
    expect(rows(readList(plain, "list.txt")).map((r) => r.location)).toEqual([null, null, null]);
  });
});
