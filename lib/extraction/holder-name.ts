// How certificates print organisation names that the one-line, ASCII rules in certificate.ts miss: a holder's name
// set in capitals over several centred lines that ends in a legal form ("MC … ELEKTRİK / … TAAHHÜT / SANAYİ VE
// TİCARET A.Ş."), legal forms of other languages ("Limited Şirketi"), letters a scan or a font prints with or without
// their dots and cedillas (İ/I, Ş/S), and a certification firm named only in the page's footer.
import { LEGAL_FORM } from "./legal-forms";
import { foldLetters, squash } from "./normalize";
import { factAt, type TextIndex } from "./text-index";
import type { Fact } from "./types";

// Legal forms that end a company name in Turkish ("… Limited Şirketi", "… Ltd. Şti."; matched on folded text;
// "A.Ş." is in certificate.ts's list).
const LOCAL_LEGAL_END = /(?:^|\s)(?:sirketi|sti\.?)\s*$/i;

/** The line ends in a legal form the ASCII list does not spell ("… LİMİTED ŞİRKETİ", "… Ltd. Şti."). */
export function endsInLocalLegalForm(line: string): boolean {
  return LOCAL_LEGAL_END.test(foldLetters(squash(line)));
}

/** Words naming a certification (or accreditation) firm's trade, in the languages certificates are printed in. */
// Folded text: the trade's word also in the rest of Europe's languages ("Sertifiointi", "Sertifitseerimine", "Tanúsító",
// "Πιστοποίηση").
export const CERTIFICATION_TRADE =
  /certif|registrar|assessment|belgelendirme|sertifikasyon|sertifiser|zertifizierung|certificaci[oó]n|certificazione|certifica[çc][ãa]o|akreditasyon|sertifio|sertifits|sertifik[aā]c|sertifikav|tanusit|πιστοποιησ/i;

// Lines of a title, a standard or a management-system heading are not part of a name printed under them.
const NOT_NAME =
  /\b(?:ISO|IEC|CERTIFI|SERTIFIKA|ZERTIFIKAT|STANDARD|REGISTRATION|ACCREDIT)|MANAGEMENT\s+SYSTEM|YONETIM\s+SISTEMI/i;

/** A line that can be the beginning of a name continued on the next line: capitals only, words of letters. */
function nameContinuation(line: string): boolean {
  const c = squash(line);
  if (c.length < 2 || c.length > 60 || /\t/.test(line)) return false;
  if (/\p{Ll}|\d|[:/|@]/u.test(c)) return false;
  const words = c.split(" ");
  // Stray single characters are OCR speckle or a logo, not a name ("&" joins two words).
  if (words.some((w) => w !== "&" && w.replace(/[.,'’-]/g, "").length < 2)) return false;
  return !NOT_NAME.test(foldLetters(c));
}

/**
 * Where a holder's name starts when the line at `lineStart` (ending in a legal form) is the last line of a name
 * printed in capitals over several lines: the offset of the first of up to `maxLines` capital-only lines directly
 * above it, or `lineStart` when the name is on one line.
 */
export function nameBlockStart(text: string, lineStart: number, maxLines = 2): number {
  const tail = text.slice(lineStart, text.indexOf("\n", lineStart) < 0 ? undefined : text.indexOf("\n", lineStart));
  if (/\p{Ll}/u.test(tail)) return lineStart;
  let start = lineStart;
  for (let i = 0; i < maxLines && start > 0; i++) {
    const prevStart = text.lastIndexOf("\n", start - 2) + 1;
    const prev = text.slice(prevStart, start - 1);
    if (!nameContinuation(prev)) break;
    start = prevStart;
  }
  return start;
}

/** Two organisation names on one line (two columns read as one): "… Limited Şirketi CAC … d.o.o.". */
export function twoNamesOnOneLine(line: string, endsInLegalForm: (s: string) => boolean): boolean {
  const words = squash(line).split(" ");
  for (let i = 2; i < words.length - 1; i++) {
    if (endsInLegalForm(words.slice(0, i).join(" "))) return true;
  }
  return false;
}

/**
 * A certification firm named only in the footer or the seal's caption (no "approved by", no letterhead before the
 * certifying words): a line of the first page that is one company name whose words name the certification trade,
 * and is not the holder. A leading serial number ("049562 ACME CERTIFICATION LTD") is not part of the name.
 */
export function certificationFirmLine(
  index: TextIndex,
  endsInLegalForm: (s: string) => boolean,
  holder: string | null,
): Fact<string> | null {
  const firstPage = index.text.slice(0, index.starts[1] ?? index.text.length);
  const holderKey = holder ? foldLetters(holder).toLowerCase() : null;
  // Each cell of a line: the firm's name may stand beside a mark's words or a signature ("… S.r.l., Padova" left of
  // "L'ENTE ITALIANO DI ACCREDITAMENTO").
  for (const line of firstPage.matchAll(/(?<=^|\t)(\d{3,}\s+)?([^\n\t]{4,90})(?=\t|$)/gm)) {
    const lineAt = line.index + (line[1]?.length ?? 0);
    for (const part of nameParts(line[2]!)) {
      const name = squash(part.text);
      if (!endsInLegalForm(name) || !CERTIFICATION_TRADE.test(foldLetters(name))) continue;
      if (twoNamesOnOneLine(name, endsInLegalForm) || /\d|[:/@]/.test(name)) continue;
      if (holderKey && foldLetters(name).toLowerCase() === holderKey) continue;
      return factAt(
        index,
        name,
        lineAt + part.at,
        part.text.length,
        0.6,
        "certification firm named on the page, not in a sentence",
      );
    }
  }
  return null;
}

/**
 * The whole line, then each of its parts a letterhead or signature line strings together: "Acme Certification Ltd ·
 * 17 Lemon Street · Truro", "Rowena Trevithick, Certification Manager, Acme Certification Ltd" (a name after a
 * person and a title). A comma part is tried with everything after it, so "Acme Certification, Inc." stays whole.
 */
// What follows is an address (a number soon: a street's or a postcode); another legal-form word after the name ("Ltd.
// Şti.") goes on with it, and a second firm's name (two footer columns) is no address.
const BEFORE_ADDRESS = new RegExp(
  `^(.{3,80}?\\b${LEGAL_FORM})(?=\\s+[\\p{Lu}\\d][^\\d]{0,40}\\d)(?!\\s+(?:${LEGAL_FORM}|Şti|Sti)\\.?(?:\\s|$))`,
  "u",
);

const BEFORE_TOWN = new RegExp(`^(.{3,80}?\\b${LEGAL_FORM}),\\s+\\p{Lu}[\\p{L}.' -]{1,30}$`, "u");

export function nameParts(line: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [{ text: line, at: 0 }];
  // A separator glyph a font maps to no character comes out as a C1 control (pdfTeX's centred dot).
  for (const piece of line.matchAll(/[^·|•\u0080-\u009F]+/g)) {
    const text = piece[0];
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed !== line.trim()) out.push({ text: trimmed, at: piece.index + lead });
    for (const comma of trimmed.matchAll(/,\s+/g)) {
      out.push({
        text: trimmed.slice(comma.index + comma[0].length),
        at: piece.index + lead + comma.index + comma[0].length,
      });
    }
    // "Signed for Acme Certification Ltd", "On behalf of …": the name after the signing words; "Acme Certification
    // Ltd, 7 Quay Street; Manchester": the name before the address.
    const signed = /^(?:signed\s+(?:for|by)(?:\s+and\s+on\s+behalf\s+of)?|(?:for\s+and\s+)?on\s+behalf\s+of)\s+/i.exec(
      trimmed,
    );
    if (signed) out.push({ text: trimmed.slice(signed[0].length), at: piece.index + lead + signed[0].length });
    const beforeComma = /^[^,]{3,80}(?=,\s+\d)/.exec(trimmed);
    if (beforeComma) out.push({ text: beforeComma[0], at: piece.index + lead });
    // "Acme Belgelendirme Ltd. Şti. - Barbaros Bulvarı No: 74": the name before a spaced dash and the address.
    const beforeDash = /^(.{3,80}?)\s+[-–]\s+/.exec(trimmed);
    if (beforeDash) out.push({ text: beforeDash[1]!, at: piece.index + lead });
    // "Acme Zertifizierungs GmbH  Hauptstraße 65, 1040 Wien": the name up to its legal form, its address after it.
    const beforeAddress = BEFORE_ADDRESS.exec(trimmed);
    if (beforeAddress) out.push({ text: beforeAddress[1]!, at: piece.index + lead });
    // "Tecnoverifica Certificazioni S.r.l., Padova" under a signature: the name before its town.
    const beforeTown = BEFORE_TOWN.exec(trimmed);
    if (beforeTown) out.push({ text: beforeTown[1]!, at: piece.index + lead });
  }
  return out;
}
