// Certificates as certification bodies print them, beyond the corpus's: each case is made-up text in a layout real
// bodies use (a registration certificate naming the holder on the certifying line, a schedule-style approval, a
// German body's "Valid from / Valid until" block, a "dba" trade name), and each failed on the earlier rules.
import { describe, expect, it } from "vitest";
import PDFDocument from "pdfkit";
import { extractDocument, extractFromText } from "./extract-document";
import { normalizeText } from "./normalize";
import type { TextDocument } from "./types";

function read(text: string): Record<string, unknown> {
  const doc: TextDocument = { pages: [normalizeText(text)], filename: "certificate.pdf", format: "text" };
  const r = extractFromText(doc, {
    classification: { kind: "iso_certificate", confidence: 1, reason: "test" },
    now: new Date("2026-01-01"),
  });
  return Object.fromEntries(
    Object.entries(r.facts as Record<string, { value: unknown }>).map(([k, f]) => [k, f.value]),
  );
}

/** The bytes of a pdfkit document once it is ended. */
function finished(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  doc.end();
  return done;
}

describe("certificate layouts of other certification bodies", () => {
  it("reads the holder on the certifying line, a number with a space, 'on behalf of' and a SoA version", () => {
    const v = read(
      "Certificate of Registration\nThis is to certify that: Larch Systems Limited\n9 Mill Lane\nYork\nYO1 7HH\nUnited Kingdom\n" +
        "Holds Certificate No: IS 554433\nand operates an Information Security Management System which complies with the requirements of ISO/IEC 27001:2022 for the following scope:\n" +
        "Hosting of payroll software, in accordance with the Statement of Applicability version 3.1 dated 4 May 2025.\nFor and on behalf of KiteCert:\nA. Signer, Director\n" +
        "Original Registration Date: 2020-06-01\nEffective Date: 2025-06-01\nExpiry Date: 2028-05-31\n",
    );
    expect(v).toMatchObject({
      certificate_holder: "Larch Systems Limited",
      certificate_number: "IS 554433",
      certification_body: "KiteCert",
      soa_reference: { version: "3.1", date: "2025-05-04" },
      original_certification_date: "2020-06-01",
      issue_date: "2025-06-01",
      expiry_date: "2028-05-31",
    });
    expect(v.scope_statement).toBe(
      "Hosting of payroll software, in accordance with the Statement of Applicability version 3.1 dated 4 May 2025.",
    );
  });

  it("reads 'Original approval', 'Current certificate', 'Approval number(s)', an inline scope and 'approved by X and found'", () => {
    const v = read(
      "CERTIFICATE\nQualiCert certifies that the management system of:\nBirch Analytics Limited\nhas been approved by QualiCert and found to comply with:\nISO/IEC 27001:2022\n" +
        "Approval number(s): ISOQ 0099887\nThe scope of this approval is applicable to: Provision of payroll analytics services.\n" +
        "Original approval: 3 March 2017\nCurrent certificate: 1 March 2026\nCertificate expiry: 2 March 2029\n",
    );
    expect(v).toMatchObject({
      certificate_number: "ISOQ 0099887",
      certification_body: "QualiCert",
      original_certification_date: "2017-03-03",
      issue_date: "2026-03-01",
      expiry_date: "2029-03-02",
      scope_statement: "Provision of payroll analytics services.",
    });
  });

  it("ends the scope at the registration block and takes the place-and-date line as the issue date", () => {
    const v = read(
      "CERTIFICATE\nManagement system as per\nISO/IEC 27001:2022\nIn accordance with Nordprüf procedures, it is hereby certified that\nEiche Software GmbH\nLindenweg 3\n80331 München\nGermany\n" +
        "applies a management system in line with the above standard for the following scope\nDevelopment of logistics software\nCertificate Registration No. 12 345 678901\n" +
        "Valid from 2025-02-01\nValid until 2028-01-31\nInitial certification 2022-02-01\nCertification Body at Nordprüf Zert GmbH\nMünchen, 2025-01-27\n",
    );
    expect(v).toMatchObject({
      certificate_number: "12 345 678901",
      scope_statement: "Development of logistics software",
      certification_body: "Nordprüf Zert GmbH",
      issue_date: "2025-01-27",
      expiry_date: "2028-01-31",
    });
  });

  it("reads in-scope locations, a 'dba' certifier and a scope that wraps before its SoA reference", () => {
    const v = read(
      "Quillon Assurance, Inc. dba Quillon\nhereby certifies that\nAspen Data, LLC\n10 Main Street, Denver, CO 80202\noperates an Information Security Management System that conforms to the requirements of\nISO/IEC 27001:2022\n" +
        "for the following scope of registration:\nThe ISMS supporting Aspen's data platform, in accordance with the\nStatement of Applicability, version 2, dated March 1, 2025.\n" +
        "In-scope location(s): Denver, CO, United States; Boise, ID, United States\nCertificate No.: 0525-07\nEffective Date: May 2, 2025\nExpiration Date: May 1, 2028\n",
    );
    expect(v).toMatchObject({
      certification_body: "Quillon Assurance, Inc.",
      sites: ["Denver, CO, United States", "Boise, ID, United States"],
      scope_statement:
        "The ISMS supporting Aspen's data platform, in accordance with the Statement of Applicability, version 2, dated March 1, 2025.",
    });
  });

  it("pairs a certificate number with its label in a header of side-by-side cells (label above value)", async () => {
    const doc = new PDFDocument({ size: "LETTER", margin: 54 });
    doc.fontSize(20).text("MANAGEMENT SYSTEM CERTIFICATE", 54, 60);
    const cells = [
      ["Certificate no.:", "77001122-MSC-GBR"],
      ["Initial certification date:", "2 May 2020"],
      ["Valid:", "2 May 2023 – 1 May 2026"],
    ];
    cells.forEach(([label, value], i) => {
      doc.fontSize(9).text(label!, 54 + i * 168, 110, { width: 160 });
      doc.fontSize(10).text(value!, 54 + i * 168, 124, { width: 160 });
    });
    doc.fontSize(11).text("This is to certify that the management system of", 54, 170);
    doc.text("Rowan Fleet Services Ltd", 54, 186);
    doc.text("has been found to conform to ISO/IEC 27001:2022", 54, 202);
    const r = await extractDocument({ bytes: await finished(doc), filename: "certificate.pdf" });
    if (!r.ok) throw new Error(r.error.code);
    const facts = r.facts as Record<string, { value: unknown }>;
    expect(facts.certificate_number!.value).toBe("77001122-MSC-GBR");
    expect(facts.expiry_date!.value).toBe("2026-05-01");
  }, 60_000);

  it("reads a site schedule table by position: street addresses, a wrapped address, one row per site", async () => {
    const doc = new PDFDocument({ size: "A4", margin: 54 });
    doc.fontSize(18).text("Certificate of Approval", 54, 60);
    doc.fontSize(10.5).text("This is to certify that the Management System of Quarrel Data Limited", 54, 100);
    doc.text("has been approved to ISO/IEC 27001:2022. Approval number: QD 551200", 54, 116);
    doc.addPage();
    doc.fontSize(14).text("Certificate Schedule", 54, 60);
    const rows: [string, string][] = [
      ["Site address", "Activities"],
      ["12 Dock Road, Leith, EH6 6QW, United Kingdom", "Head office and ISMS management"],
      ["Unit 4, Harbour Point Business Park, 77 Victoria", "Data centre operations"],
      ["Quay, Cardiff, CF10 4PT, United Kingdom", ""],
    ];
    rows.forEach(([where, what], i) => {
      doc.fontSize(10).text(where, 54, 100 + i * 16, { width: 280, lineBreak: false });
      if (what) doc.text(what, 354, 100 + i * 16, { width: 200, lineBreak: false });
    });
    doc.fontSize(14).text("Conditions", 54, 200);
    doc.fontSize(10).text("This schedule forms part of the certificate.", 54, 220);
    const r = await extractDocument({ bytes: await finished(doc), filename: "certificate.pdf" });
    if (!r.ok) throw new Error(r.error.code);
    const facts = r.facts as Record<string, { value: unknown; page: number | null }>;
    expect(facts.sites!.value).toEqual([
      { location: "12 Dock Road, Leith, EH6 6QW, United Kingdom", activity: "Head office and ISMS management" },
      {
        location: "Unit 4, Harbour Point Business Park, 77 Victoria Quay, Cardiff, CF10 4PT, United Kingdom",
        activity: "Data centre operations",
      },
    ]);
    expect(facts.sites!.page).toBe(2);
  }, 60_000);

  it("does not take a certifying sentence wrapped over lines for the holder (OCR of a long line, a narrow layout)", () => {
    // The holder's name has no legal form, so only the line above "has been assessed" names it; the sentence's own
    // second line ("management system of") leads into the name and is not one.
    const v = read(
      "Northgate Certification Services Ltd.\nCERTIFICATE OF REGISTRATION\nThis is to certify that the information security\n" +
        "management system of\nOstrava Labs\n54 King Street, Melbourne, Australia\n" +
        "has been assessed and found to conform to the requirements of\nISO/IEC 27001:2013\nCertificate number: NCS-951943-2\n",
    );
    expect(v.certificate_holder).toBe("Ostrava Labs");
  });
});
