// OCR reads a capital I or O inside a certificate number as the digit it looks like: "VRS-1S-60382" for
// "VRS-IS-60382", "QC-0HS-221" for "QC-OHS-221". A number's parts are either letters (an issuer's code, a scheme
// such as "IS" or "ISMS") or digits; a part of capitals that holds a single 1 or 0 and no other digit is a part of
// letters misread, when the number has a part of digits of its own (where its digits belong). Only facts cited on a
// page OCR read are touched: a text layer's "A1" is what the certificate prints.
import type { Facts, OcrPage } from "./types";

const LETTER_OF: Record<string, string> = { "1": "I", "0": "O" };

/** `value` with the 1 or 0 of a part of capitals ("1S") read as the letter it stands for ("IS"). */
export function repairCodeLetters(value: string): string {
  const parts = value.split(/([-/.\s]+)/);
  if (!parts.some((p) => /^\d{3,}$/.test(p))) return value;
  return parts
    .map((p) =>
      /^[A-Z]*[10][A-Z]*$/.test(p) && /[A-Z]/.test(p) && p.length <= 5 ? p.replace(/[10]/, (c) => LETTER_OF[c]!) : p,
    )
    .join("");
}

/** Repairs, in place, a certificate number cited on a page OCR read. */
export function repairOcrCertificateNumber(facts: Facts, ocrRead: Map<number, OcrPage>): void {
  const fact = facts.certificate_number;
  if (!fact || typeof fact.value !== "string" || fact.page === null || !ocrRead.has(fact.page)) return;
  const repaired = repairCodeLetters(fact.value);
  if (repaired !== fact.value)
    facts.certificate_number = { ...fact, value: repaired, note: "letters OCR read as digits put back" };
}
