// An accreditation mark whose acronym is drawn as an image but whose accreditation number is printed as text: the
// number's own form names the accreditation body ("D-ZM-16029-01-00" is a DAkkS registration, "Nº 12/C-SG034" an
// ENAC one, "Accréditation N° 4-0632" a COFRAC one for management-system certification, "SGSI N° 044 D" an ACCREDIA
// one for information-security certification).
import { factAt, search, type TextIndex } from "./text-index";
import type { Fact } from "./types";

const NUMBER_FORMS: [string, RegExp][] = [
  // A line may break after one of its hyphens ("D-ZM-19044-" over "01-00").
  ["DAkkS", /\bD-ZM-\s?\d{4,5}-\s?\d{2}-\s?\d{2}\b/],
  ["ENAC", /\bN[º°o]?\s*\d{1,3}\/C-[A-Z]{2,3}\d{2,4}\b/],
  ["COFRAC", /\baccr[ée]ditation\s*n[º°o]?\s*4-\d{4}\b/i],
  ["ACCREDIA", /\b(?:SGSI|SGQ|SGA|SCR|PRD|SSI)\s*N[º°o]?\s*\d{3}\s*[A-Z]\b/],
];

export function accreditationByNumber(index: TextIndex): Fact<string> | null {
  for (const [body, form] of NUMBER_FORMS) {
    const m = search(index, form);
    if (m) return factAt(index, body, m.index, m[0].length, 0.65, "named by the form of its accreditation number");
  }
  return null;
}
