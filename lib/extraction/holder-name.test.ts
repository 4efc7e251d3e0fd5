// Organisation names as certificates print them, on made-up text: a holder's name in capitals over several lines,
// Turkish legal forms and dotted capitals, and a certification firm named only in the footer.
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract-document";
import { normalizeText } from "./normalize";
import type { TextDocument } from "./types";

const doc = (text: string): TextDocument => ({ pages: [normalizeText(text)], filename: "x", format: "text" });
const cert = { classification: { kind: "iso_certificate", confidence: 1, reason: "test" } } as const;

describe("a holder's name over several lines", () => {
  const text =
    "Certificate\nISO 27001 : 2022\nNORTHWIND DENİZ ELEKTRONİK\nYAZILIM DANIŞMANLIK\nSANAYİ VE TİCARET A.Ş.\n" +
    "Gül Mahallesi Lale Sok. No: 7 Kadıköy İSTANBUL/TÜRKİYE\n" +
    "This certificate shows that the information security management system of the above company was approved.\n";

  it("joins the capital lines above the legal-form line, and reads the address under the last one", () => {
    const r = extractFromText(doc(text), cert);
    expect(r.facts.certificate_holder!.value).toBe(
      "NORTHWIND DENİZ ELEKTRONİK YAZILIM DANIŞMANLIK SANAYİ VE TİCARET A.Ş.",
    );
    expect(r.facts.certificate_holder!.quote).toContain("NORTHWIND");
    expect(r.facts.sites!.value).toEqual([
      { location: "Gül Mahallesi Lale Sok. No: 7 Kadıköy İSTANBUL/TÜRKİYE", activity: null },
    ]);
  });

  it("does not take a title or standard line above the name as part of it", () => {
    const r = extractFromText(doc("CERTIFICATE OF REGISTRATION\nACME WIDGETS LTD\nScope: widgets\n"), cert);
    expect(r.facts.certificate_holder!.value).toBe("ACME WIDGETS LTD");
  });

  it("does not take a legal-form line printed with dotted capitals for the holder", () => {
    const r = extractFromText(doc("ISO 27001 : 2022\nSANAYİ VE TİCARET A.Ş.\nCertificate No: BG-1\n"), cert);
    expect(r.facts.certificate_holder!.value).toBeNull();
  });

  it("reads a name ending in a Turkish legal form, and stops its address before the certifying words", () => {
    const r = extractFromText(
      doc(
        "Uluslararası Belgelendirme\nKARTAL ÖRNEK AMBALAJ\nTİCARET LİMİTED ŞİRKETİ\nORGANİZE SANAYİ BÖLGESİ 3. CAD. NO: 9\nÇORLU/ TEKİRDAĞ\n" +
          "Kuruluşunun “AMBALAJ ÜRETİMİ” Kapsamı için\nISO 9001:2015\nIt certifies that the system meets the standard.\n",
      ),
      cert,
    );
    expect(r.facts.certificate_holder!.value).toBe("KARTAL ÖRNEK AMBALAJ TİCARET LİMİTED ŞİRKETİ");
    expect(r.facts.sites!.value).toEqual([
      { location: "ORGANİZE SANAYİ BÖLGESİ 3. CAD. NO: 9 ÇORLU/ TEKİRDAĞ", activity: null },
    ]);
  });
});

describe("a certification firm named only in the footer", () => {
  it("reads a company line whose words name the certification trade, without its serial number", () => {
    const r = extractFromText(
      doc(
        "ÖRNEK PLASTİK LİMİTED ŞİRKETİ\nISO 9001:2015\nIt certifies that the system meets the standard.\nCertificate Number : Q-77\n" +
          "004411 ÖRNEK ULUSLARARASI BELGELENDİRME ŞİRKETİ\nCumhuriyet Bulvarı No:4 İzmir\n",
      ),
      cert,
    );
    expect(r.facts.certification_body!.value).toBe("ÖRNEK ULUSLARARASI BELGELENDİRME ŞİRKETİ");
    expect(r.facts.certificate_holder!.value).toBe("ÖRNEK PLASTİK LİMİTED ŞİRKETİ");
  });

  it("does not read a line holding two firms' names (two footer columns) as one body", () => {
    const r = extractFromText(
      doc(
        "ACME WIDGETS LTD\nISO 27001:2022\nIt certifies that the system meets the standard.\nCertificate No: X-1\nDelta Sertifikasyon Hizmetleri Limited Şirketi Omega Conformity Assessment Center d.o.o.\n",
      ),
      cert,
    );
    expect(r.facts.certification_body!.value).toBeNull();
  });
});

describe("a certificate number behind OCR speckle", () => {
  it("reads the number when OCR put a stray 1 before the label's colon", () => {
    const r = extractFromText(
      doc(
        "ACME WIDGETS LTD\nISO 9001:2015\nSertifika Numarası / Certificate Number 1: QZ40817\nIssue Date : 01.02.2026\n",
      ),
      cert,
    );
    expect(r.facts.certificate_number!.value).toBe("QZ40817");
  });
});

describe("a holder without a legal form", () => {
  it("is read under the certifying words, never from the title above them", () => {
    const r = extractFromText(
      doc(
        "Example Registrar AG\nCERTIFICATE OF REGISTRATION\nThis is to certify that the information security management system of\n" +
          "Northwind Widgets\n12 Harbour Road, Leeds\nhas been assessed and found to conform to ISO/IEC 27001:2022\n",
      ),
      cert,
    );
    expect(r.facts.certificate_holder!.value).toBe("Northwind Widgets");
  });
});
