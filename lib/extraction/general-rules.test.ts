// Rules written for issue #12's unseen documents, on made-up text: garbled OCR is recognised and not reported as a
// reading, a legal-form tail is not a holder, two dates a validity span apart are issue and expiry, and a register
// names its owner through its product.
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract-document";
import { readAs } from "./test-support/read-as";
import { mangledShare } from "./garbled";
import { normalizeText } from "./normalize";
import { textDocumentFrom } from "./text-formats";
import { pagesWithGarbledText } from "../server/pdf-ocr.mjs";
import type { TextDocument } from "./types";

const doc = (text: string, format: TextDocument["format"] = "text"): TextDocument => ({
  pages: [normalizeText(text)],
  filename: "x",
  format,
});

describe("garbled text", () => {
  const garbled = Array(12).fill("KIsMET pıısrir BoXES ulus!ararası 0e3omacHo §ertifika plain words here").join(" ");
  const clean = Array(12).fill("The organisation operates an information security management system").join(" ");

  it("tells a failed OCR layer from born-digital text", () => {
    expect(mangledShare(garbled)).toBeGreaterThan(0.3);
    expect(mangledShare(clean)).toBe(0);
    expect(pagesWithGarbledText([clean, garbled])).toEqual([2]);
  });

  it("withholds a scope whose words are mangled", () => {
    const r = readAs(
      "iso_certificate",
      `CERTIFICATE\nThis is to certify that\nAcme Ltd\nScope:\n${garbled.slice(0, 300)}\n\nCertificate Number: X-1\n`,
    );
    expect(r.facts.scope_statement!.value).toBeNull();
  });
});

describe("certificate rules", () => {
  it("does not take a line of legal-form words for the holder", () => {
    const r = readAs("iso_certificate", "ISO 27001 : 2022\nSANAYI VE TICARET A.S.\nCertificate No: BG-1\n");
    expect(r.facts.certificate_holder!.value).toBeNull();
    expect(r.facts.standard!.value).toBe("ISO/IEC 27001");
  });

  it("reads a lone line of two dates three years apart as issue and expiry", () => {
    const r = readAs("iso_certificate", "ISO/IEC 27001:2013\nВыдан 14.10.2021 г. Действует до 14.10.2024 г.\n");
    expect(r.facts.issue_date!.value).toBe("2021-10-14");
    expect(r.facts.expiry_date!.value).toBe("2024-10-14");
  });

  it("flags a printed certificate period shorter than the three-year cycle", () => {
    const r = extractFromText(
      doc(
        "This is to certify that\nAcme Ltd\nISO 9001:2015\nCertificate Period : 1Y/ 1 Year\nIssue Date : 19.03.2026\n",
      ),
      { classification: { kind: "other_certificate", confidence: 1, reason: "test" } },
    );
    expect(r.authenticity.join(" ")).toMatch(/1 year; accredited/);
  });
});

describe("certificates as OCR and bilingual print give them", () => {
  it("reads a value after a colon OCR read as a lone 1", () => {
    const r = readAs(
      "iso_certificate",
      "ISO 27001 : 2022\nNorthgate Widgets Ltd\nCertificate No 1 QX-4411\nRegistration Date 1 03.02.2025\n",
    );
    expect(r.facts.certificate_number!.value).toBe("QX-4411");
    expect(r.facts.original_certification_date!.value).toBe("2025-02-03");
  });

  it("reads Turkish and German labels of the number, the dates and the period", () => {
    const tr = readAs(
      "iso_certificate",
      "ISO 27001 : 2022\nSertifika No :ZK-2\nTescil Tarihi :01.04.2024\nGeçerlilik Tarihi 31.03.2025\nBelge Periyodu + 3 Yıl\n",
    );
    expect(tr.facts.certificate_number!.value).toBe("ZK-2");
    expect(tr.facts.original_certification_date!.value).toBe("2024-04-01");
    expect(tr.facts.expiry_date!.value).toBe("2025-03-31");
    expect(tr.consistency.join(" ")).toMatch(/certificate period says 3 years/);
    const de = readAs("iso_certificate", "ISO/IEC 27001:2022\nZertifikat-Nr.: 7788-A\nGültig bis: 12.12.2027\n");
    expect(de.facts.certificate_number!.value).toBe("7788-A");
    expect(de.facts.expiry_date!.value).toBe("2027-12-12");
  });

  it("never takes the previous cycle's expiry, whether its words come before or after the label", () => {
    // A table row: label and value in their own cells.
    for (const previous of ["Expiration date of last cycle:\t14.05.2024", "Last cycle expiration date:\t14.05.2024"]) {
      const r = readAs(
        "iso_certificate",
        `ISO/IEC 27001:2022\nNorthgate Widgets Ltd\n${previous}\nExpiration date: 13.05.2027\n`,
      );
      expect(r.facts.expiry_date!.value, previous).toBe("2027-05-13");
    }
    const after = readAs(
      "iso_certificate",
      "ISO/IEC 27001:2022\nNorthgate Widgets Ltd\nValid until 13.05.2027 (previous certificate 14.05.2024)\n",
    );
    expect(after.facts.expiry_date!.value).toBe("2027-05-13");
  });

  it("reads the value after the last label of a bilingual line", () => {
    const r = readAs(
      "iso_certificate",
      "ISO 9001:2015\nSertifika Gecerlilik Tarihi / Certificate Validity Date ~~ : 19.03.2027\nBelge Periyodu / Certificate Period : 3 Years\n",
    );
    expect(r.facts.expiry_date!.value).toBe("2027-03-19");
  });

  it("takes the holder from the certifying sentence, not the certification body's letterhead", () => {
    const r = readAs(
      "iso_certificate",
      "Alpine Management Systems Registrar AG\nCERTIFICATE OF REGISTRATION\nAlpine Management Systems Registrar AG certifies that the information security management system\nof Ardent Loop GmbH, 46 Harbour Road, Dublin, Ireland, has been assessed and found to conform to\nthe requirements of ISO/IEC 27001:2022.\n",
    );
    expect(r.facts.certificate_holder!.value).toBe("Ardent Loop GmbH");
    const comma = readAs(
      "iso_certificate",
      "This is to certify that the management system of Acme, Inc., 1 Main St, has been assessed.\nISO 27001\n",
    );
    expect(comma.facts.certificate_holder!.value).toBe("Acme, Inc.");
  });

  it("takes the scope from after a certifying sentence that names it and goes on", () => {
    const r = readAs(
      "iso_certificate",
      "ISO 27001 : 2022\nThe system was approved by Example Cert Ltd for the following scope, subject to annual\nsurveillance audits.\nDesign and hosting of payroll software\n(SOA: 01.01.2025 Rev.01)\n",
    );
    expect(r.facts.scope_statement!.value).toBe("Design and hosting of payroll software");
  });

  it("reads the address under a holder name of which only the legal-form tail is legible", () => {
    const r = readAs(
      "iso_certificate",
      "ISO 27001 : 2022\nSANAYI VE TICARET A.S.\nOrnek Mahallesi No: 4 Kadikoy ISTANBUL\nBu sertifika yukaridaki kurulusa aittir\n",
    );
    expect(r.facts.certificate_holder!.value).toBeNull();
    expect(JSON.stringify(r.facts.sites!.value)).toContain("Ornek Mahallesi No: 4 Kadikoy ISTANBUL");
  });
});

describe("many dates, one meaning each", () => {
  const read = (text: string) =>
    readAs("iso_certificate", `This is to certify that\nAcme Ltd\nISO/IEC 27001:2022\n${text}`).facts;

  it("does not read the original issue date as this issue's date", () => {
    const f = read("Original issue date: 12 January 2019\nIssue date: 5 March 2025\nExpiry date: 4 March 2028\n");
    expect(f.issue_date!.value).toBe("2025-03-05");
    expect(f.original_certification_date!.value).toBe("2019-01-12");
  });

  it("does not read a recertification date as the certification date", () => {
    const f = read("Recertification date: 1 February 2025\nIssue date: 5 March 2025\nExpiry date: 4 March 2028\n");
    expect(f.original_certification_date!.value).not.toBe("2025-02-01");
    expect(f.issue_date!.value).toBe("2025-03-05");
  });

  it("never takes the previous expiry date as the expiry", () => {
    const f = read("Previous expiry date: 4 March 2025\nIssue date: 5 March 2025\nExpiry date: 4 March 2028\n");
    expect(f.expiry_date!.value).toBe("2028-03-04");
  });

  it("takes the end of a validity range as the expiry", () => {
    expect(read("Issue date: 05.03.2025\nValidity: 05.03.2025 - 04.03.2028\n").expiry_date!.value).toBe("2028-03-04");
    expect(read("Validity period\n05.03.2025 - 04.03.2028\n").expiry_date!.value).toBe("2028-03-04");
    const f = read("Valid from 5 March 2025 to 4 March 2028\n");
    expect(f.expiry_date!.value).toBe("2028-03-04");
    expect(f.issue_date!.value).toBe("2025-03-05");
  });
});

describe("accreditation body in the text", () => {
  const read = (text: string) =>
    readAs("iso_certificate", `This is to certify that\nAcme Ltd\nISO/IEC 27001:2022\n${text}`);

  it("reads the body named after 'accreditation of', and its acronym when printed", () => {
    const r = read(
      "This certificate is issued under the accreditation of the Gulf Regional Accreditation Centre (GAC)\nCertificate No: X-1\n",
    );
    expect(r.facts.accreditation_body!.value).toBe("GAC");
    expect(r.notInTextLayer).not.toContain("accreditation_body");
    const named = read("Issued under the accreditation of Nordic Akkreditering Board\n");
    expect(named.facts.accreditation_body!.value).toBe("Nordic Akkreditering Board");
  });

  it("reads the text of an accreditation mark, not an accreditation number", () => {
    expect(read("UKAS MANAGEMENT SYSTEMS 0123\n").facts.accreditation_body!.value).toBe("UKAS");
    const number = read("CB-ISMS-045\nThe accreditation of this certificate can be checked online.\n");
    expect(number.facts.accreditation_body!.value).toBeNull();
    expect(number.notInTextLayer).toContain("accreditation_body");
  });
});

describe("certificates in narrow columns", () => {
  it("reads a statement of applicability reference wrapped onto a second line", () => {
    const r = readAs(
      "iso_certificate",
      "This is to certify that\nAcme Ltd\nISO/IEC 27001:2022\nScope of certification:\nHosting of a payroll service.\n\nIn accordance with the Statement of Applicability version\n4.2, dated 2027-01-15\nCertificate number\nQX-1\n",
    );
    // The version as an identifier ("4.2"), without the word "version" printed before it.
    expect(r.facts.soa_reference!.value).toEqual({ version: "4.2", date: "2027-01-15" });
  });
});

describe("SOC reports", () => {
  const soc2 = { kind: "soc2_report", confidence: 1, reason: "test" } as const;
  it("finds each subservice organisation named in one run-on sentence, legal forms as printed", () => {
    const r = readAs(
      "soc2_report",
      "Subservice Organizations\nVantor uses Stratoline Data Centers LLC for colocation and physical security, Keystone Identity\nCloud, Inc. for workforce identity and Parcelgate Payments Ltd. for payment card processing to deliver the\nVantor Pulse System, and the description excludes the related controls of these subservice organizations, which\nare presented using the carve-out method.\n",
    );
    const subs = r.facts.subservice_organizations!.value as { name: string; service: string | null }[];
    expect(subs.map((s) => [s.name, s.service])).toEqual([
      ["Stratoline Data Centers LLC", "colocation and physical security"],
      ["Keystone Identity Cloud, Inc.", "workforce identity"],
      ["Parcelgate Payments Ltd.", "payment card processing"],
    ]);
  });

  it("keeps each name's legal form as printed in a list of subservice organisations", () => {
    const r = readAs(
      "soc2_report",
      "Glimmerstack uses Stratoline Data Centers LLC, Parcelgate Payments Ltd., Keystone Identity Cloud, Inc. as subservice organizations. The description excludes their controls (carve-out method).\n",
    );
    const subs = r.facts.subservice_organizations!.value as { name: string }[];
    expect(subs.map((s) => s.name)).toEqual([
      "Stratoline Data Centers LLC",
      "Parcelgate Payments Ltd.",
      "Keystone Identity Cloud, Inc.",
    ]);
  });
});

describe("sub-processor registers", () => {
  it("names the vendor by the product the register is for", () => {
    const yml =
      "subprocessors:\n  - name: Cloud Co\n    purpose: Hosting for the Widgetly platform.\n  - name: Mail Co\n    purpose: Email for the Widgetly platform.\n";
    const r = extractFromText(doc(yml, "yaml"), {
      classification: { kind: "subprocessor_list", confidence: 1, reason: "test" },
    });
    expect(r.facts.vendor!.value).toBe("Widgetly");
  });

  it("reads a pretty-printed HTML table inside Markdown, one cell per source line", () => {
    const md = [
      "# Sub-processors of Brightline Labs, Inc.",
      "",
      "<table>",
      "  <tr>",
      "    <th>Name</th>",
      "    <th>Purpose</th>",
      "    <th>Location</th>",
      "  </tr>",
      "  <tr>",
      "    <td>Cloud Co</td>",
      "    <td>Hosting</td>",
      "    <td>United States</td>",
      "  </tr>",
      "  <tr>",
      "    <td>Mail Co</td>",
      "    <td>Email delivery</td>",
      "    <td>Ireland</td>",
      "  </tr>",
      "</table>",
    ].join("\n");
    const r = extractFromText(textDocumentFrom(new TextEncoder().encode(md), "list.md", "markdown"), {
      classification: { kind: "subprocessor_list", confidence: 1, reason: "test" },
    });
    expect(r.facts.subprocessors!.value).toEqual([
      expect.objectContaining({ name: "Cloud Co", purpose: "Hosting", location: "United States" }),
      expect.objectContaining({ name: "Mail Co", purpose: "Email delivery", location: "Ireland" }),
    ]);
  });

  it("keeps a vendor's legal form when a clause comes before its name", () => {
    const md =
      "# Subprocessors\n\nTo run our Services, Brightline Labs, Inc. may engage the following subprocessors.\n\n| Name | Purpose | Location |\n|---|---|---|\n| Cloud Co | Hosting | US |\n";
    const r = extractFromText(doc(md, "markdown"), {
      classification: { kind: "subprocessor_list", confidence: 1, reason: "test" },
    });
    expect(r.facts.vendor!.value).toBe("Brightline Labs, Inc.");
  });
});
