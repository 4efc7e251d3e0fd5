// Made-up bilingual certificate (blind-13's half B had one with Spanish labels over English ones).
import { describe, expect, it } from "vitest";
import { readCertificate, row } from "./test-support/positioned";

const S = 10;
const page = [
  row(S, ["CERTIFICADO", 230]),
  row(S, ["Titular del certificado", 40], ["TALLERES MIRAVENT, S.L.", 220]),
  row(S, ["Certificate holder", 40], ["Calle Mayor 12, 28013 Madrid, España", 220]),
  row(S, ["Norma", 40], ["UNE-EN ISO/IEC 27001:2023 (ISO/IEC 27001:2022)", 220]),
  row(S, ["Standard", 40]),
  row(S, ["Número de certificado", 40], ["SI-0999/2026", 220]),
  row(S, ["Certificate number", 40]),
  row(S, ["Fecha de emisión", 40], ["15 de abril de 2026", 220]),
  row(S, ["Date of issue", 40]),
  row(S, ["Entidad de certificación", 40], ["Certinorte Evaluación y Certificación, S.A.U.", 220]),
  row(S, ["Certification body", 40]),
  row(S, ["Acreditación", 40], ["ENAC, acreditación n.º 12/C-SG001", 220]),
  row(S, ["Accreditation", 40]),
];

describe("a certificate labelled in Spanish over English", () => {
  it("reads the holder beside 'Titular del certificado' and the body beside 'Entidad de certificación'", () => {
    const facts = readCertificate([page]);
    expect(facts.certificate_holder).toBe("TALLERES MIRAVENT, S.L.");
    expect(facts.certification_body).toBe("Certinorte Evaluación y Certificación, S.A.U.");
  });
});
