// A scanned Russian certificate is read by the Cyrillic second pass (ADR 042) inside the parser child. Needs
// Debian's tesseract-ocr-rus (scripts/test.sh installs it when run as root on Debian) and a Cyrillic font to draw
// the page; skipped, and says so, where either is missing. Slow: generous deadlines, no timing assertions.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import ocrModels from "../server/ocr-models.cjs";
import { extractDocument } from "./extract-document";
import type { ExtractionSuccess } from "./types";

const FONT = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
].find((f) => existsSync(f));
const ready = Boolean(ocrModels.modelFile("rus")) && Boolean(FONT);
if (!ready) console.warn("Cyrillic OCR test skipped: install tesseract-ocr-rus (and fonts-dejavu-core)");

const LINES = [
  "Система добровольной сертификации «ТехЭксперт»",
  "СЕРТИФИКАТ СООТВЕТСТВИЯ",
  "№ СМ.ИБ.0042-25",
  "Выдан: Обществу с ограниченной ответственностью «Полюс Данные»",
  "Адрес: 344000, Российская Федерация, г. Ростов-на-Дону",
  "настоящий сертификат удостоверяет, что система менеджмента",
  "применительно к разработке программного обеспечения",
  "соответствует требованиям ISO/IEC 27001:2022",
  "Дата выдачи: 01.02.2025 г.   Действителен до: 31.01.2028 г.",
];

/** The page drawn as a 200 dpi image in a PDF with no text layer, like a scanner's output. */
async function scannedRussianCertificate(): Promise<Uint8Array> {
  const { createCanvas, GlobalFonts } = createRequire(import.meta.url)("@napi-rs/canvas");
  GlobalFonts.registerFromPath(FONT!, "CyrillicTest");
  const k = 200 / 72;
  const canvas = createCanvas(Math.round(595 * k), Math.round(842 * k));
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = "#000";
  ctx.font = `${12 * k}px CyrillicTest`;
  LINES.forEach((line, i) => ctx.fillText(line, 50 * k, (80 + i * 26) * k));
  const doc = new PDFDocument({ size: [595, 842], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.image(canvas.toBuffer("image/png"), 0, 0, { width: 595, height: 842 });
  doc.end();
  return new Uint8Array(await done);
}

describe.skipIf(!ready)("OCR of a Cyrillic scan", () => {
  it("reads the page again with the Russian model and keeps that reading", async () => {
    const r = await extractDocument({ bytes: await scannedRussianCertificate(), filename: "scan.pdf" });
    expect(r.ok).toBe(true);
    const ok = r as ExtractionSuccess;
    expect(ok.ocr_pages).toEqual([expect.objectContaining({ page: 1, status: "read", languages: "rus+eng" })]);
    expect(ok.doc_kind).toBe("iso_certificate");
    expect(ok.facts.certificate_holder?.value).toBe("Общество с ограниченной ответственностью «Полюс Данные»");
    expect(ok.facts.certificate_holder?.source).toBe("ocr");
    expect(ok.facts.expiry_date?.value).toBe("2028-01-31");
    expect(ok.authenticity_flags).toEqual([expect.stringMatching(/national certification system/)]);
  }, 240_000);
});
