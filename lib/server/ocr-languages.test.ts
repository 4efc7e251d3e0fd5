// When a page is read a second time with the Cyrillic models (ADR 042), and where those models come from. The
// readings below are made up in the way a Latin model misreads Russian print; no OCR runs here.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { looksLikeMisreadCyrillic } from "./ocr-languages.mjs";
import { cyrillicLanguages } from "./pdf-ocr.mjs";
import ocrModels from "./ocr-models.cjs";

// "Орган по сертификации … СЕРТИФИКАТ СООТВЕТСТВИЯ № РОСС RU… Выдан: Обществу …" as an English model reads it.
const MISREAD_RUSSIAN = [
  "Cuctema pobpoBonbHoii ceptudmkaumm «KTO-CEPT»",
  "OpraH no cepTuduKanmn OOO «Ceeep-AyauT»",
  "CEPTHOHKAT COOTBETCTBHUA",
  "Ne POCC RU.AB01.BT02.CMK.00777",
  "Bbinan: O6wectBy c orpaHHYeHHOi 0TBETCTBEHHOCTHIO «Monroc aHHbIe»",
  "Anpec: 344000, Poccniickaa depepaums, r. PoctoB-Ha-Jony",
  "Cucrema MeHeKMEHTA HHPOPMALMOHHOÜ Ge30MacHOCTH",
].join("\n");

const ENGLISH_CERTIFICATE = [
  "CERTIFICATE OF REGISTRATION",
  "This is to certify that the Information Security Management System of",
  "Larch Systems Limited, 9 Mill Lane, York YO1 7HH, United Kingdom",
  "has been assessed and found to comply with the requirements of ISO/IEC 27001:2022",
  "for the following scope: Hosting of payroll software for PowerApps and iPhone clients.",
  "Certificate No: IS 554433   Original Registration Date: 2020-06-01   Expiry Date: 2028-05-31",
].join("\n");

const TURKISH_CERTIFICATE = [
  "YÖNETİM SİSTEMİ BELGESİ",
  "MARMARA ELEKTRİK TAAHHÜT SANAYİ VE TİCARET A.Ş.",
  "Yeşilköy Mahallesi, Atatürk Caddesi No: 12, Bakırköy / İstanbul, Türkiye",
  "Bilgi Güvenliği Yönetim Sistemi ISO/IEC 27001:2022 standardının gereklerine uygundur.",
  "Belge No: TR-27001-0042 Geçerlilik Tarihi: 19.03.2027",
].join("\n");

describe("OCR language choice", () => {
  it("asks for a Cyrillic reading when the first reading is Russian print read with Latin letters", () => {
    expect(looksLikeMisreadCyrillic(MISREAD_RUSSIAN)).toBe(true);
  });

  it("keeps one pass for English and Turkish pages, and for a page already read in Cyrillic", () => {
    expect(looksLikeMisreadCyrillic(ENGLISH_CERTIFICATE)).toBe(false);
    expect(looksLikeMisreadCyrillic(TURKISH_CERTIFICATE)).toBe(false);
    expect(looksLikeMisreadCyrillic("СЕРТИФИКАТ СООТВЕТСТВИЯ\nВыдан: Обществу с ограниченной ответственностью")).toBe(
      false,
    );
    expect(looksLikeMisreadCyrillic("POCC CEPT")).toBe(false);
  });

  it("runs the Cyrillic pass only where its model is installed", () => {
    expect(cyrillicLanguages((code: string) => `/models/${code}.traineddata`)).toBe("rus+eng");
    expect(cyrillicLanguages((code: string) => (code === "rus" ? null : `/models/${code}.traineddata`))).toBeNull();
  });

  it("reads the Russian model from Debian's tessdata folder, and no other language from there", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tessdata-"));
    expect(ocrModels.modelFile("rus", [dir])).toBeNull();
    writeFileSync(path.join(dir, "rus.traineddata"), "model");
    writeFileSync(path.join(dir, "deu.traineddata"), "model");
    expect(ocrModels.modelFile("rus", [dir])).toBe(path.join(dir, "rus.traineddata"));
    expect(ocrModels.modelFile("deu", [dir])).toBeNull();
    expect(ocrModels.modelFile("../rus", [dir])).toBeNull();
    // The npm models are found in their packages.
    expect(ocrModels.modelFile("eng", [dir])).toMatch(
      /@tesseract\.js-data[/\\]eng[/\\]4\.0\.0_best_int[/\\]eng\.traineddata\.gz$/,
    );
  });
});
