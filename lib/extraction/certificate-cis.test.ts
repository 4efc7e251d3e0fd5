// Certificates printed in Russian (GOST R / CIS forms): made-up holders, bodies and numbers in the layouts such
// certificates use. Each case failed on the rules before certificate-cis.ts (the holder, number, scope, body and the
// national-system flag were all null or wrong).
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract-document";
import { classifyText } from "./classify";
import { findDates } from "./dates";
import { nominativeName, repairRegistryNumber } from "./certificate-cis";
import { normalizeText } from "./normalize";
import type { TextDocument } from "./types";

function extract(text: string, ocr = false) {
  const doc: TextDocument = {
    pages: [normalizeText(text)],
    filename: "certificate.pdf",
    format: "text",
    ...(ocr ? { ocrPages: [1] } : {}),
  };
  const r = extractFromText(doc, {
    classification: { kind: "iso_certificate", confidence: 1, reason: "test" },
    now: new Date("2026-01-01"),
  });
  const values = Object.fromEntries(
    Object.entries(r.facts as Record<string, { value: unknown }>).map(([k, f]) => [k, f.value]),
  );
  return { values, flags: r.authenticity, facts: r.facts };
}

const REGISTRY_FORM =
  "Федеральное агентство по техническому регулированию и метрологии\n" +
  "Система добровольной сертификации «ТехЭксперт»\n" +
  "Регистрационный номер РОСС RU.1234.04АБ00\n" +
  "Орган по сертификации\nООО «Гарант-Аудит»\n" +
  "101000, г. Москва, ул. Мясницкая, дом 3\n" +
  "СЕРТИФИКАТ СООТВЕТСТВИЯ\n" +
  "№ РОСС RU.АБ01.ВГ02.СМК.00777\n" +
  "Выдан: Обществу с ограниченной ответственностью\n«Полюс Данные»\n(ООО «Полюс Данные»)\n" +
  "Адрес: 344000, Российская Федерация, г. Ростов-на-Дону, ул. Садовая, дом 5\n" +
  "настоящий сертификат удостоверяет:\n" +
  "Система менеджмента информационной безопасности\n" +
  "применительно к разработке и сопровождению\nпрограммного обеспечения\n" +
  "соответствует требованиям\nISO/IEC 27001:2013\n" +
  "что будет подтверждаться при прохождении ежегодного инспекционного контроля.\n" +
  "Выдан 01.02.2023 г. Действует до 31.01.2026 г.\n";

describe("Russian (GOST R / CIS) certificates", () => {
  it("reads a voluntary-system certificate of conformity: holder after 'Выдан', № under the title, scope, body", () => {
    const { values: v, flags, facts } = extract(REGISTRY_FORM);
    expect(v).toMatchObject({
      certificate_holder: "Общество с ограниченной ответственностью «Полюс Данные» (ООО «Полюс Данные»)",
      certificate_number: "РОСС RU.АБ01.ВГ02.СМК.00777",
      certification_body: "ООО «Гарант-Аудит»",
      standard: "ISO/IEC 27001",
      standard_version: "2013",
      issue_date: "2023-02-01",
      expiry_date: "2026-01-31",
      scope_statement:
        "Система менеджмента информационной безопасности применительно к разработке и сопровождению программного обеспечения",
      surveillance_due: null,
    });
    expect((v.sites as { location: string }[])[0]!.location).toContain("г. Ростов-на-Дону");
    expect(facts.surveillance_due?.note).toMatch(/инспекционный контроль/);
    // Issued inside a national voluntary system, no accreditation body: not an IAF MLA accredited certification.
    expect(flags).toEqual([expect.stringMatching(/^Not an accredited certification: issued under a national/)]);
  });

  it("reads the sentence form: holder in the genitive, dates in words, a 'с … по …' span and dated inspections", () => {
    const { values: v, flags } = extract(
      "СЕРТИФИКАТ СООТВЕТСТВИЯ\nРегистрационный номер: ИБ.СМ.0042-25\n" +
        "Настоящим удостоверяется, что система менеджмента информационной безопасности Публичного акционерного " +
        "общества «Восток Банк» (ПАО «Восток Банк»), 690091, Российская Федерация, г. Владивосток, ул. Светланская, " +
        "дом 9, соответствует требованиям ГОСТ Р ИСО/МЭК 27001-2021 применительно к обработке платежей.\n" +
        "Срок действия с 3 марта 2025 г. по 2 марта 2028 г.\n" +
        "Инспекционный контроль: до 02.03.2026, до 02.03.2027\n" +
        "Сертификат выдан органом по сертификации АО «СертЦентр».\n",
    );
    expect(v).toMatchObject({
      certificate_holder: "Публичное акционерное общество «Восток Банк» (ПАО «Восток Банк»)",
      certificate_number: "ИБ.СМ.0042-25",
      certification_body: "АО «СертЦентр»",
      standard: "ISO/IEC 27001",
      // The GOST's year (2021) is not an ISO edition: no version, and no "no such edition" flag.
      standard_version: null,
      issue_date: "2025-03-03",
      expiry_date: "2028-03-02",
      surveillance_due: ["2026-03-02", "2027-03-02"],
      scope_statement: "применительно к обработке платежей",
    });
    expect((v.sites as { location: string }[])[0]!.location).toContain("г. Владивосток");
    expect(flags).toEqual([]);
  });

  it("raises no national-system flag when an accreditation body is named ('аккредитован UKAS')", () => {
    const { values: v, flags } = extract(
      REGISTRY_FORM + "Орган по сертификации аккредитован UKAS, номер аккредитации 1234.\n",
    );
    expect(v.accreditation_body).toBe("UKAS");
    expect(flags).toEqual([]);
  });

  it("undoes OCR's Latin look-alikes in a registry number read from a scan", () => {
    const scanned = REGISTRY_FORM.replace("РОСС RU.АБ01.ВГ02.СМК.00777", "РОСС RU.OLI01.0C09.CMK.00777");
    expect(extract(scanned, true).values.certificate_number).toBe("РОСС RU.ОШ01.ОС09.СМК.00777");
    expect(repairRegistryNumber("РОСС ВЧ.И482.ЖБ01.СМИБ.о0117")).toBe("РОСС RU.И482.ЖБ01.СМИБ.00117");
    // A lower-case glyph left inside the number is a misreading: withheld rather than one letter off.
    const misread = REGISTRY_FORM.replace("РОСС RU.АБ01.ВГ02.СМК.00777", "РОСС RU.АБ01.ИБОо2.00777");
    expect(extract(misread, true).values.certificate_number).toBeNull();
    // A Latin number (no Cyrillic letter, no РОСС prefix) is left as read.
    expect(repairRegistryNumber("ISMS-RU-2291")).toBe("ISMS-RU-2291");
  });

  it("names the holder in the nominative, whatever case the sentence put it in", () => {
    expect(nominativeName("Товариществу с ограниченной ответственностью «Альфа»")).toBe(
      "Товарищество с ограниченной ответственностью «Альфа»",
    );
    expect(nominativeName("Акционерного общества «Бета»")).toBe("Акционерное общество «Бета»");
    expect(nominativeName("Автономной некоммерческой организации «Гамма»")).toBe(
      "Автономная некоммерческая организация «Гамма»",
    );
    expect(nominativeName("ТОО «Дельта Обществу»")).toBe("ТОО «Дельта Обществу»");
  });

  it("classifies a Russian certificate of conformity as an ISO/IEC 27001 certificate", () => {
    const doc: TextDocument = { pages: [normalizeText(REGISTRY_FORM)], filename: "x.pdf", format: "pdf" };
    expect(classifyText(doc).kind).toBe("iso_certificate");
  });

  it("reads Russian month names", () => {
    expect(findDates("Дата выдачи: 5 февраля 2024 г.").map((d) => d.iso)).toEqual(["2024-02-05"]);
  });
});
