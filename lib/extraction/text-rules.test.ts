// Pure text → value rules (no PDF parsing).
import { describe, expect, it } from "vitest";
import { parseCriteria } from "./criteria";
import { findDates } from "./dates";
import { extractFromText } from "./extract-document";
import { normalizeText } from "./normalize";
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
