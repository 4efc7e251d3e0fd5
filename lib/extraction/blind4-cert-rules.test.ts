// Certificate and sub-processor list rules from issue #12's fourth blind set (half A). Every text here is made up;
// each case stands for a layout the next vendor may print, and each failed on the earlier rules.
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract-document";
import { readCertificate as readPositioned, row, type Row } from "./test-support/positioned";
import { detectTextFormat, textDocumentFrom } from "./text-formats";
import type { TextDocument } from "./types";

const after = (gap: number, r: Row): Row => ({ ...r, gap });
const readCertificate = (pages: Row[][]) => readPositioned(pages, 1.4);

function readList(text: string, filename: string) {
  const format = detectTextFormat(filename, undefined, text.slice(0, 512))!;
  const doc: TextDocument = textDocumentFrom(new TextEncoder().encode(text), filename, format);
  return extractFromText(
    { ...doc, format },
    { classification: { kind: "subprocessor_list", confidence: 1, reason: "test" } },
  );
}

describe("certificate site schedules", () => {
  it("keeps a site's wrapped name in its row and names the site before its address", () => {
    const v = readCertificate([
      [
        row(13, ["HARROWGATE CERTIFICATION LTD", 60]),
        row(10, ["CERTIFICATE No. HC-5521", 60]),
        row(10, ["This certificate is issued to", 60]),
        row(12, ["Pellworth Systems Ltd", 60]),
        row(10, ["and the sites listed in the schedule, which meets the requirements of ISO/IEC 27001:2022", 60]),
        row(10, ["Expiry date: 4 May 2028", 60]),
      ],
      [
        row(13, ["Schedule to Certificate No. HC-5521", 60]),
        row(9.5, ["Site", 64], ["Address", 164], ["Activities", 364]),
        after(20, row(9.5, ["Registered office", 64], ["12 Quay Street, M3 3HN", 164], ["Management,", 364])),
        row(9.5, ["Manchester, United Kingdom", 164], ["engineering", 364]),
        after(20, row(9.5, ["Operations", 64], ["Unit 4, Dock Road, CF10 5AL", 164], ["Hosting operations", 364])),
        row(9.5, ["centre", 64], ["Cardiff, United Kingdom", 164]),
        after(20, row(9.5, ["Service desk", 64], ["3 Harbour Lane, BS1 4RN Bristol", 164], ["Customer support", 364])),
      ],
    ]);
    expect(v.sites).toEqual([
      {
        location: "Registered office: 12 Quay Street, M3 3HN Manchester, United Kingdom",
        activity: "Management, engineering",
      },
      {
        location: "Operations centre: Unit 4, Dock Road, CF10 5AL Cardiff, United Kingdom",
        activity: "Hosting operations",
      },
      { location: "Service desk: 3 Harbour Lane, BS1 4RN Bristol", activity: "Customer support" },
    ]);
  });
});

describe("Markdown sub-processor lists", () => {
  const md = [
    "# Tarnbeck Software Ltd — Sub-processors",
    "",
    "> Covers the Tarnbeck planner. Last updated **3 February 2027**.",
    "",
    "| Sub-processor | Function | Location |",
    "|:--|:-:|--:|",
    "| Hetzner Online GmbH | Hosting \\| backups | Germany |",
    "| Mailgun Technologies, Inc. | E-mail | United States |",
    "",
  ].join("\n");

  it("names the vendor from a Markdown title with a dash, and reads a bold date", () => {
    const r = readList(md, "subprocessors.md");
    expect(r.facts.vendor?.value).toBe("Tarnbeck Software Ltd");
    expect(r.facts.last_updated?.value).toBe("2027-02-03");
  });

  it("reads a date in italics after 'Effective'", () => {
    const r = readList(md.replace("Last updated **3 February 2027**", "Effective _3 February 2027_"), "x.md");
    expect(r.facts.last_updated?.value).toBe("2027-02-03");
  });
});

describe("certificate labels and values (half B, after the held-out measure)", () => {
  const certificate = (extra: Row[]) =>
    readCertificate([
      [
        row(13, ["KESTON REGISTRARS LLC", 60]),
        row(12, ["Certificate of Registration", 60]),
        row(10, ["Keston Registrars LLC certifies that the information security management system of", 60]),
        row(12, ["Bramble Freight Inc.", 60]),
        row(10, ["conforms to the requirements of ISO/IEC 27001:2022 for the following scope:", 60]),
        row(10, ["Route planning software and its hosting, provided from the Denver and Austin operations", 60]),
        row(10, ["centers.", 60]),
        row(10, ["Certificate number", 60], ["KR-4410", 260]),
        ...extra,
      ],
    ]);

  it("reads 'Current cycle end', 'Issued in <place> on', a bare 'Next surveillance' and an SoA document code", () => {
    const v = certificate([
      row(10, ["Initial certification", 60], ["April 2, 2018", 260]),
      row(10, ["Current cycle start", 60], ["April 2, 2027", 260]),
      row(10, ["Current cycle end", 60], ["April 1, 2030", 260]),
      row(10, ["Next surveillance", 60], ["March 15, 2028", 260]),
      row(10, ["Issued in Denver on", 60], ["March 20, 2027", 260]),
      row(10, ["Statement of Applicability", 60], ["ISMS-SOA-12, January 9, 2027", 260]),
      row(8, ["UKAS Management Systems 0123. Keston Registrars LLC, Denver CO 80202.", 60]),
    ]);
    expect(v.expiry_date).toBe("2030-04-01");
    expect(v.issue_date).toBe("2027-03-20");
    expect(v.surveillance_due).toEqual(["2028-03-15"]);
    expect(v.soa_reference).toEqual({ version: "ISMS-SOA-12", date: "2027-01-09" });
    expect(v.accreditation_body).toBe("UKAS");
  });

  it("takes the sites a scope sentence names when no site list is printed", () => {
    const v = certificate([row(10, ["Expiry date", 60], ["April 1, 2030", 260])]);
    expect(v.sites).toEqual(["Denver operations center", "Austin operations center"]);
  });
});

describe("sub-processor cards", () => {
  const cards = [
    "Lindqvist Media AB",
    "Sub-processors",
    "Updated 5 May 2027. We give 30 days' notice of changes.",
    "",
    "Scaleway SAS",
    "Purpose: Hosting of the media library",
    "Location: Paris, France",
    "Data processed: All customer content",
    "Twilio Inc.",
    "Purpose: SMS one-time codes and",
    "voice notifications",
    "Location: United States",
    "Data processed: Phone numbers",
    "",
    "Zendesk, Inc.",
    "Purpose: Customer support tickets",
    "Location: Ireland; United States",
    "Data processed: Contact details",
    "",
    "Lindqvist Media AB · Sveavägen 12 · 111 57 Stockholm",
  ].join("\n");

  it("reads one entity per card of labelled lines, and the vendor from a title over two lines", () => {
    const r = readList(cards, "subprocessors.txt");
    expect(r.facts.vendor?.value).toBe("Lindqvist Media AB");
    expect(r.facts.subprocessors?.value).toMatchObject([
      { name: "Scaleway SAS", purpose: "Hosting of the media library", location: "Paris, France" },
      { name: "Twilio Inc.", purpose: "SMS one-time codes and voice notifications", location: "United States" },
      { name: "Zendesk, Inc.", purpose: "Customer support tickets", location: "Ireland; United States" },
    ]);
  });
});
