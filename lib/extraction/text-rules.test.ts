// Pure text → value rules (no PDF parsing).
import { describe, expect, it } from "vitest";
import { parseCriteria } from "./criteria";
import { findDates } from "./dates";
import { extractFromText } from "./extract-document";
import { normalizeText } from "./normalize";
import { textDocumentFrom } from "./text-formats";
import type { TextDocument } from "./types";

const doc = (text: string, format: TextDocument["format"] = "text"): TextDocument => ({
  pages: [normalizeText(text)],
  filename: "x",
  format,
});

describe("dates", () => {
  it.each([
    ["January 26, 2024", "2024-01-26"],
    ["26th January 2024", "2024-01-26"],
    ["26thJanuary2024", "2024-01-26"],
    ["26.01.2024", "2024-01-26"],
    ["26/01/2024", "2024-01-26"],
    ["2024-01-26", "2024-01-26"],
    ["September 30, 20182, based", "2018-09-30"],
  ])("reads %s", (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it("marks a slash date that could be either order as ambiguous", () => {
    expect(findDates("03/04/2024")[0]).toMatchObject({ ambiguous: true });
    expect(findDates("31/02/2024")).toEqual([]);
  });
});

describe("criteria", () => {
  it("expands ranges, shared prefixes and long names", () => {
    expect(parseCriteria("CC6.1 - CC6.3 & CC8.1")).toEqual(["CC6.1", "CC6.2", "CC6.3", "CC8.1"]);
    expect(parseCriteria("CC7.3, 7.4, 7.5")).toEqual(["CC7.3", "CC7.4", "CC7.5"]);
    expect(parseCriteria("Common Criteria 6.1; Availability Criteria 1.2")).toEqual(["CC6.1", "A1.2"]);
  });
});

describe("normalisation", () => {
  it("strips bidi controls and NBSPs and unfolds ligatures", () => {
    expect(normalizeText("\u202Aef\uFB01cient\u202C\u00A0audit")).toBe("efficient audit");
  });
});

describe("sub-processor lists", () => {
  it("reads a CSV list", () => {
    const r = extractFromText(
      doc('Sub-processor,Purpose,Location\nAcme Cloud Inc.,Hosting,Germany\n"Mail, Co",Email,US\n', "csv"),
    );
    expect(r.classification.kind).toBe("subprocessor_list");
    expect(r.facts.subprocessors?.value).toEqual([
      {
        name: "Acme Cloud Inc.",
        purpose: "Hosting",
        location: "Germany",
        page: 1,
        quote: "Acme Cloud Inc.,Hosting,Germany",
      },
      { name: "Mail, Co", purpose: "Email", location: "US", page: 1, quote: '"Mail, Co",Email,US' },
    ]);
  });

  it("keeps subsidiaries out of the third-party list", () => {
    const md =
      "# Acme Subprocessors\n\nAcme uses certain third party sub-processors.\n\n## Third parties\n\n| Name | Purpose | Location |\n|---|---|---|\n| Beta LLC | Hosting | US |\n\n## Acme Subsidiaries\n\n| Name | Purpose | Location |\n|---|---|---|\n| Acme GmbH | Support | Germany |\n";
    const r = extractFromText(doc(md, "markdown"));
    expect((r.facts.subprocessors?.value as { name: string }[]).map((s) => s.name)).toEqual(["Beta LLC"]);
  });
});

describe("certificates", () => {
  it("keeps a printed expiry and flags a stated certificate period that contradicts it", () => {
    const text =
      "Certificate\nISO 27001 : 2022\nExample Widgets Ltd.\nThis certificate shows that the system was approved by Example Cert d.o.o. for the following scope\nSCOPE\nMaking widgets\nCertificate No : EX-1\nRegistration Date : 07.07.2025\nExpiry Date : 06.07.2026\nCertificate Period : 3 Years\n";
    const r = extractFromText(doc(text), { now: new Date("2026-01-01") });
    expect(r.classification.kind).toBe("iso_certificate");
    expect(r.facts.expiry_date?.value).toBe("2026-07-06");
    expect(r.facts.certificate_number?.value).toBe("EX-1");
    expect(r.consistency.join(" ")).toMatch(/3 years/);
  });
});

describe("general rules from documents the rules were not written on (issue 12)", () => {
  const soc = (body: string) =>
    extractFromText(
      doc(
        `SOC 2 Type 2 Report\nIndependent Service Auditor's Report\nTo the Management of Acme Inc.:\n${body}\nIn our opinion, in all material respects, the controls operated effectively.\n`,
      ),
    );

  it("keeps every category of 'Security, Availability & Confidentiality'", () => {
    const r = soc("controls relevant to Security, Availability & Confidentiality throughout the period.");
    expect(r.facts.trust_services_categories?.value).toEqual(["Security", "Availability", "Confidentiality"]);
  });

  it("reads each row of a numbered CUEC table as one item", () => {
    const r = soc(
      "Complementary User Entity Controls\n1 Customers should review access rights quarterly.\tCC6.2\n2 Customers should report incidents\npromptly to Acme.\tCC7.3\n3 Passwords are kept confidential by users.\tCC6.1\nSection 4\n",
    );
    const items = r.facts["cuecs.items"]?.value as { text: string; criteria: string[] }[];
    expect(items.map((i) => i.text)).toEqual([
      "Customers should review access rights quarterly.",
      "Customers should report incidents promptly to Acme.",
      "Passwords are kept confidential by users.",
    ]);
    expect(items[1]!.criteria).toEqual(["CC7.3"]);
  });

  it("finds each subservice organisation named in one sentence", () => {
    const r = soc(
      "Our examination did not include the services provided by the subservice organizations.\nAcme uses subservice organizations Amazon Web Services, Inc., Google LLC and Twilio Inc. to provide hosting, e-mail and messaging.\n",
    );
    const names = (r.facts.subservice_organizations?.value as { name: string }[]).map((s) => s.name.replace(/,/g, ""));
    expect(names).toEqual(["Amazon Web Services Inc.", "Google LLC", "Twilio Inc."]);
  });

  it("reads the holder and body of a sentence-form certificate and never takes a previous cycle's expiry", () => {
    const text =
      "CERTIFICATE\nThis is to certify that the management system of\nExample Widgets GmbH\nMain Street 1, Berlin\nhas been assessed by Example Certification Ltd.\nand found to conform to ISO/IEC 27001:2022\nfor the following scope:\nDesign and hosting of widget software\nLast cycle expiration date: 01.03.2024\nCertified since: 02.03.2018\nDate of issue: 02.03.2024\nExpiry date: 01.03.2027\n";
    const r = extractFromText(doc(text), { now: new Date("2025-01-01") });
    expect(r.classification.kind).toBe("iso_certificate");
    expect(r.facts.certificate_holder?.value).toBe("Example Widgets GmbH");
    expect(r.facts.certification_body?.value).toBe("Example Certification Ltd");
    expect(r.facts.original_certification_date?.value).toBe("2018-03-02");
    expect(r.facts.issue_date?.value).toBe("2024-03-02");
    expect(r.facts.expiry_date?.value).toBe("2027-03-01");
  });

  it("reads an HTML table inside Markdown like a pipe table", () => {
    const md =
      "# Sub-processors\n\nAcme uses the following sub-processors.\n\n<table><tr><th>Name</th><th>Purpose</th><th>Location</th></tr><tr><td>Beta LLC</td><td>Hosting</td><td>US</td></tr><tr><td>Gamma AB</td><td>Email</td><td>Sweden</td></tr></table>\n";
    const bytes = new TextEncoder().encode(md);
    const r = extractFromText(textDocumentFrom(bytes, "sp.md", "markdown"));
    // Each item also carries its own page and quote (item-citations.ts).
    expect(r.facts.subprocessors?.value).toEqual([
      expect.objectContaining({ name: "Beta LLC", purpose: "Hosting", location: "US", page: 1 }),
      expect.objectContaining({ name: "Gamma AB", purpose: "Email", location: "Sweden", page: 1 }),
    ]);
  });

  it("says unknown for a short letter about an examination rather than calling it a report", () => {
    const r = extractFromText(
      doc(
        "Dear customer,\nAcme's SOC 2 Type 2 examination for 2025 is in progress with our independent service auditor.\nSincerely,\nJane Roe\n",
      ),
    );
    expect(r.classification.kind).toBe("unknown");
  });
});
