// Further printed forms of a certificate's accreditation body, read when the labelled forms ("Accredited by UKAS",
// "ANAB accredited") are absent. Most certificates show the accreditor only as a logo (an image: nothing to read, and
// the field is declared not in the text layer); these are the ways it is printed as text.
import { accreditationMark } from "./accreditation-mark";
import { accreditationByNumber } from "./accreditation-numbers";
import { labelValues, type Page } from "./layout";
import { squash } from "./normalize";
import { factAt, missing, search, searchAll, type TextIndex } from "./text-index";
import type { Fact } from "./types";

/** Accreditation bodies by the acronym their marks print (IAF MLA signatories and the ones certificates show most). */
const ACRONYM =
  "UKAS|ANAB|IAS|EGAC|DAkkS|ACCREDIA|COFRAC|ENAC|NABCB|JAS-ANZ|HKAS|RvA|TÜRKAK|TURKAK|SCC|A2LA|INAB|BELAC|SWEDAC|DANAK|FINAS|KAN|JAB|EIAC|GAC|SAS|EAK|ILAS|WAF|IPAC|PCA|ČIA|" +
  // The rest of Europe's national bodies and other IAF signatories certificates print (cert11).
  "NAH|RENAR|SNAS|LATAK|HAA|ESYD|CYSAB|OLAS|ISAC|IANZ|CNAS|KAB|TAF|SANAS|PJLA|KENAS|ONAC|CGCRE|OAA|IARM|SAC";

/**
 * "… under the accreditation of the Emirates International Accreditation Centre (EIAC)": the body named after
 * "accreditation of", when the name is an accreditation body's (it says "Accreditation"/"Akkreditering", or it is a
 * known acronym); the acronym in brackets when printed. "UKAS Management Systems 0001": the text of a mark.
 */
export function accreditationFromText(index: TextIndex, pages: Page[] = []): Fact<string> {
  const named = search(
    index,
    new RegExp(
      `[Aa]ccreditation\\s+of\\s+(?:the\\s+)?((?:[A-Z][\\w'&-]*[ \\t]+){0,5}(?:Accreditation|Akkreditering|Akkreditierungs\\w*)(?:[ \\t]+[A-Z][\\w'&-]*){0,3})(?:[ \\t]*\\((${ACRONYM})\\))?`,
    ),
  );
  if (named) {
    const value = named[2] ?? squash(named[1]!);
    return factAt(index, value, named.index, named[0].length, 0.75, "accreditation body named in the text");
  }
  const mark = search(
    index,
    new RegExp(`\\b(${ACRONYM})\\s+(?:MANAGEMENT\\s+SYSTEMS?|Management\\s+Systems?|MS)\\s+\\d{3,5}\\b`),
  );
  if (mark) return factAt(index, mark[1]!, mark.index, mark[0].length, 0.7, "text of the accreditation mark");
  // A mark's words on one line: the acronym with its code ("RvA C 123") or its scheme's word in capitals ("COFRAC
  // CERTIFICATION DE SYSTÈMES DE MANAGEMENT").
  // "SAS" right after a name is a French company's legal form ("Acme SAS CERTIFICATION …"), not the Swiss body.
  const oneLine = searchAll(
    index,
    new RegExp(
      `\\b(${ACRONYM})[ \\t]+(?:(?!ISO\\b|IEC\\b)[A-Z]{1,3}[ -]?\\d{2,6}\\b|(?:CERTIFICATION|CERTIFICACI[OÓ]N|CERTIFICAZIONE|ZERTIFIZIERUNG|ACCR[EÉ]DITATION|AKKREDITIERUNG|ACCREDITAMENTO)\\b)`,
      "g",
    ),
  ).find((m) => !(m[1] === "SAS" && /\p{L}[ \t]+$/u.test(index.text.slice(Math.max(0, m.index - 3), m.index))));
  if (oneLine)
    return factAt(index, oneLine[1]!, oneLine.index, oneLine[0].length, 0.7, "text of the accreditation mark");
  // A mark's words stacked in a column ("UKAS" over "MANAGEMENT" over "SYSTEMS 0561", "JAS-ANZ" over "ACCREDITED",
  // "NABCB" over its scheme and number "ISMS 147", "TÜRKAK" over its accreditation code "AB-0123-YS"), beside other
  // text on the same lines: the acronym's cell with the mark's next word under it.
  const stacked = labelValues(
    pages,
    new RegExp(`^(?:${ACRONYM})$`),
    /(?:MANAGEMENT|SYSTEMS?|ACCREDITED|ACCREDITATION)\b|[^\t\n]{0,40}?\b(?:[Aa]ccreditation|ACCREDITAMENTO|[Aa]kkreditierung|AKKREDITERING|[Cc]ertification|CERTIFICATION|CERTIFICERING|CERTIFIERING|ZERTIFIZIERUNG)\b|[A-Z]{1,3}\s\d{2,6}\b|(?:ISMS|QMS|EMS|ITSMS|MSCB|CB|MS)[ -]?(?:No\.?\s*)?\d{1,5}\b|[A-Z]{1,3}(?:-[A-Z]{1,3})?-\d{2,6}(?:-[A-Z\d]{1,6}){0,3}\b|CERTIFICACI[OÓ]N|CERTIFICAZIONE|N[º°o]\s*\d{1,3}\/[A-Z]{1,3}-[A-Z]{2,3}\d{2,4}\b/,
  )[0];
  if (stacked) {
    const at = index.starts[stacked.page]! + stacked.labelOffset;
    const name = new RegExp(`^(?:${ACRONYM})`).exec(index.text.slice(at))![0];
    const end = index.starts[stacked.page]! + stacked.offset + stacked.length;
    return factAt(index, name, at, end - at, 0.7, "text of the accreditation mark");
  }
  // OCR (no positions) reads a mark stacked right of other text into the ends of successive lines ("… Gloucester
  // UKAS" over "Director of Certification MANAGEMENT" over "SYSTEMS"): the acronym ending its line, a mark's word
  // ending the next.
  const lineEnds = search(
    index,
    new RegExp(`\\b(${ACRONYM})[ \\t]*\\n[^\\n]*\\b(?:MANAGEMENT|SYSTEMS?|ACCREDITED|CERTIFICATION)[ \\t]*(?:\\n|$)`),
  );
  if (lineEnds)
    return factAt(index, lineEnds[1]!, lineEnds.index, lineEnds[0].length, 0.65, "text of the accreditation mark");
  return (
    accreditationMark(index, pages, ACRONYM) ??
    accreditationByNumber(index) ??
    missing("accreditation marks are usually images; none named in the text layer")
  );
}
