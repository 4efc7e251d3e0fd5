// Management-system certificate facts (ISO/IEC 27001 and look-alikes such as 27017 or 9001).
import { proseDates, type ProseDate } from "./prose-dates";
import { EXPIRY_ELSEWHERE, ISSUE_ELSEWHERE, ORIGINAL_ELSEWHERE, VALID_FROM_ELSEWHERE } from "./date-labels-elsewhere";
import { daysBetween, todayIso } from "@/lib/dates";
import { DATE_PATTERN, documentSlashOrder, findDates, MONTH_ALTERNATION } from "./dates";
import {
  NEXT_FIELD_ELSEWHERE,
  SCOPE_CLAUSE_RESUMES,
  SCOPE_LABEL_LEAD_ELSEWHERE,
  SCOPE_WORDS_ELSEWHERE,
} from "./scope-words";
import { markedSiteList, numberedSiteRows } from "./site-list";
import { foldLetters, squash } from "./normalize";
import type { KindExtraction } from "./soc-report";
import { flagAt, flagOn } from "./flags";
import { MANGLED_VALUE_SHARE, mangledShare } from "./garbled";
import type { Fact, Facts, FlagCitation } from "./types";
import { accreditationFromText } from "./accreditation";
import { labelValues, pagesOf, valueInColumn, type Line as LayoutLine, type Page } from "./layout";
import {
  formSites,
  SITES_IN_SCOPE,
  sitesBelowLabel,
  sitesInColumn,
  sitesNamedInScope,
  siteTableRows,
  sitesUnderHeading,
} from "./site-table";
import { standardRow } from "./standards-table";
import { holderByLabel } from "./holder-label";
import { lineAtOffset, startsParagraph } from "./paragraph-gap";
import { scheduleDates } from "./surveillance-schedule";
import { wrappedValue } from "./wrapped-value";
import { valueLinesAbove } from "./label-inside-value";
import { informationSecurityAmong, ACCREDITATION_STANDARD } from "./conformity-standards";
import { assignByOrder, firstColumnValue, labelRowsWithSplitDates } from "./ocr-label-row";
import { LEGAL_FORM } from "./legal-forms";
import { factAt, missing, pageAt, search, searchAll, type TextIndex } from "./text-index";
import {
  CERTIFICATION_TRADE,
  certificationFirmLine,
  endsInLocalLegalForm,
  nameBlockStart,
  nameParts,
} from "./holder-name";
import {
  cisAddress,
  cisCertificateNumber,
  cisCertificationBody,
  cisHolder,
  cisScope,
  cisSurveillance,
  isCyrillicText,
  nationalSystem,
} from "./certificate-cis";

// A name ends in a legal form ("… Ltd.", "… GmbH", "… A.Ş."), however it is capitalised.
const ORG_SUFFIX = new RegExp(`\\b${LEGAL_FORM}\\s*$`, "i");

/** Dates in `text`, a slashed date read in the order the whole certificate writes its unambiguous ones. */
function datesIn(index: TextIndex, text: string) {
  return findDates(text, documentSlashOrder(index));
}

/** Published editions of the management-system standards certificates name (a year outside these is not an edition). */
const EDITIONS: Record<string, string[]> = {
  "27001": ["2005", "2013", "2022"],
  "27017": ["2015"],
  "27018": ["2014", "2019", "2025"],
  "27701": ["2019", "2025"],
  "9001": ["1987", "1994", "2000", "2008", "2015"],
  "14001": ["1996", "2004", "2015"],
  "45001": ["2018"],
  "22301": ["2012", "2019"],
  "20000-1": ["2005", "2011", "2018"],
  "50001": ["2011", "2018"],
  "42001": ["2023"],
  "37001": ["2016", "2025"],
  "13485": ["2003", "2016"],
};

/** Standards published jointly by ISO and IEC (JTC 1): the information-security and privacy families. */
const JOINT_ISO_IEC = /^(?:270\d\d|27701|20000-1)$/;

// OCR reads a 1 as "|", "l" or "I" and a 0 as "O" or "o"; inside a standard's number only digits make sense.
function ocrDigits(s: string): string {
  return s.replace(/[|lI]/g, "1").replace(/[oO]/g, "0");
}

type StandardHit = { number: string; iec: boolean; year: string | null; index: number; length: number };

function findStandard(index: TextIndex): {
  standard: Fact<string>;
  version: Fact<string>;
  /** A printed year that is no edition of the standard, with where it is printed. */
  printedVersion: Fact<string>;
} {
  const all: StandardHit[] = [];
  for (const m of searchAll(
    index,
    // OCR can lose the I of display type where a line above touches it: "SO/IEC 27001" is ISO/IEC's.
    /(?:\bISO|\bSO(?=\s*\/\s*IEC))\s*(\/\s*IEC\s*)?(\d[\dOo|lI]{3,4})(-\d{1,2})?(?:\s*[:z|]\s*((?:19|20)\d{2}))?/g,
  )) {
    let number = ocrDigits(m[2]!) + (m[3] ?? "");
    // "9001|2015": the OCR'd separator was read into the number.
    if (!EDITIONS[number] && m[2]!.length === 5 && EDITIONS[ocrDigits(m[2]!.slice(0, 4))])
      number = ocrDigits(m[2]!.slice(0, 4));
    // A known standard number or a plain 4-5 digit number read as printed; OCR repairs only make known numbers.
    if (!/^\d{4,5}(-\d{1,2})?$/.test(number)) continue;
    // The issuer's accreditation standard ("Accréditation selon ISO/IEC 17021-1") is not the certified one.
    if (ACCREDITATION_STANDARD.test(number)) continue;
    if (number !== m[2]! + (m[3] ?? "") && !EDITIONS[number]) continue;
    if (!EDITIONS[number] && /^\d{4}$/.test(number) && EDITIONS[`${number}1`] && /^\d{4}[|lI]/.test(m[2]!))
      number = `${number}1`;
    // "DIN EN ISO/IEC 27001:2024", "BS EN ISO/IEC 27001:2017": a European/national adoption, whose year is the
    // adoption's, not an ISO edition (as a GOST's below).
    const adopted = /\bEN[ -]?$/.test(index.text.slice(Math.max(0, m.index - 4), m.index));
    all.push({
      number,
      iec: Boolean(m[1]),
      year: adopted ? null : (m[4] ?? null),
      index: m.index,
      length: m[0].length,
    });
  }
  // "ГОСТ Р ИСО/МЭК 27001-2021": the Russian national adoption (ИСО/МЭК = ISO/IEC). Its year is the GOST's, not an
  // ISO edition, so it names the standard but never its version.
  for (const m of searchAll(index, /ГОСТ\s*Р\s*ИСО\s*\/\s*МЭК\s*(\d{4,5}(?:-\d{1,2})?)-(?:19|20)\d{2}/gu)) {
    if (EDITIONS[m[1]!]) all.push({ number: m[1]!, iec: true, year: null, index: m.index, length: m[0].length });
  }
  if (all.length === 0) return { standard: missing(), version: missing(), printedVersion: missing() };
  // The certified standard is the one the certificate repeats most; aligned/guideline standards appear once or twice.
  const counts = new Map<string, number>();
  for (const m of all) counts.set(m.number, (counts.get(m.number) ?? 0) + 1);
  const conform = search(
    index,
    /(?:requirements?\s*of|conforms?\s*to|compliant\s*with)[^\n]*\n?\s*(?:the\s*)?ISO\s*(?:\/\s*IEC\s*)?(\d{4,5}(?:-\d{1,2})?)/i,
  );
  // On a tie (one registration table row per standard), the information-security standard this kind reports.
  const integrated = informationSecurityAmong(index.text);
  const best =
    integrated && counts.has(integrated)
      ? integrated
      : conform && counts.has(conform[1]!)
        ? conform[1]!
        : [...counts.entries()].sort(
            (a, b) => b[1] - a[1] || Number(JOINT_ISO_IEC.test(b[0])) - Number(JOINT_ISO_IEC.test(a[0])),
          )[0]![0];
  const hits = all.filter((m) => m.number === best);
  const iec = hits.some((m) => m.iec);
  const first = hits[0]!;
  const withYear = hits.find((m) => m.year);
  const editions = EDITIONS[best];
  // A year that is no edition of the standard is kept as printed (for the flag), not reported as the version.
  const real = withYear && (!editions || editions.includes(withYear.year!));
  return {
    // The 27000 family is published jointly by ISO and IEC: its designation is ISO/IEC even where a certificate
    // (or OCR of its display type) prints only "ISO".
    standard: factAt(
      index,
      `ISO${iec || JOINT_ISO_IEC.test(best) ? "/IEC" : ""} ${best}`,
      first.index,
      first.length,
      0.9,
    ),
    version: real ? factAt(index, withYear.year!, withYear.index, withYear.length, 0.9) : missing(),
    printedVersion: withYear && !real ? factAt(index, withYear.year!, withYear.index, withYear.length, 0.9) : missing(),
  };
}

const LEGAL_FORM_WORD =
  "(?:sanayi|sanayii|ve|ticaret|ltd\\.?|limited|sirketi|şirketi|a\\.?\\s?[sş]\\.?|inc\\.?|co\\.?,?|corp\\.?|llc|gmbh|and|&|pvt\\.?|private|company|s\\.a\\.?)";
const LEGAL_FORM_ONLY = new RegExp(`^(?:${LEGAL_FORM_WORD}\\s*)+$`, "i");
const legalFormOnly = (line: string) => LEGAL_FORM_ONLY.test(foldLetters(squash(line)));
const endsInLegalForm = (line: string) => ORG_SUFFIX.test(line) || endsInLocalLegalForm(line);

type Line = { text: string; index: number };

// A label cell before the holder's name in a two-column certificate ("Organisation | Acme Ltd").
const HOLDER_LABEL_CELL =
  /^[ \t]*(?:organi[sz]ation|certificate\s*holder|holder|company|client|(?:name\s*of\s*(?:the\s*)?|registered\s*)organi[sz]ation)\s*:?\t/i;
/** A line's text without its leading holder label cell. */
const valueOf = (line: string) => line.replace(HOLDER_LABEL_CELL, "");

// A line that ends leading into what follows ("… management system of", "… certify that", "… the company"), or is
// made of the certifying words: part of the sentence that names the holder, not the name.
const SENTENCE_LEAD_IN =
  /(?:\b(?:of|that|to|the|for|by|and|company|organi[sz]ation)|:)$|certif(?:ies|y)\s*that|this\s*is\s*to\s*certify/i;

// The rest of Europe's certifying clauses (cert11): "attesterer hermed, at" (da), "bekrefter at" (no), "todistamme, että"
// (fi), "tõendatakse, et" (et), "apliecina, ka" (lv), "patvirtina, kad" (lt), "igazolja, hogy" (hu), "se certifică
// faptul că" (ro), "potvrdzuje, že" (sk), "potrjuje, da" (sl), "potvrđuje da" (hr); an organisation's word may follow.
const CERTIFIES_THAT_MORE = String.raw`(?:(?:attesterer|attesteres|bekr[æa]e?fter|bekr[æa]e?ftes|bekrefter|bekreftes|certificerer|certificeres|sertifiserer|sertifiseres)\s+(?:hermed,?\s+|herved,?\s+)?,?\s*at|(?:todista(?:a|mme)|todistetaan|vahvista(?:a|mme)|vahvistetaan),?\s+ett[äa]|(?:t[õo]endab|t[õo]endame|t[õo]endatakse|kinnitab|kinnitame|kinnitatakse),?\s+et|(?:apliecina|apliecin[āa]m|apstiprina),?\s+ka|(?:patvirtina|patvirtiname|liudija),?\s+kad|(?:igazolja|igazoljuk|tan[úu]s[íi]tja|tan[úu]s[íi]tjuk),?\s+hogy|(?:se\s+)?certific[ăa]m?,?\s+(?:faptul\s+)?c[ăa]|(?:potvrdzuje(?:me)?|osved[čc]uje(?:me)?|potvrzujeme),?\s+[žz]e|(?:potrjuje(?:mo)?|potvr[đd]uje(?:mo)?|potvrdjuje(?:mo)?),?\s+da|(?:πιστοποιε[ίι]|βεβαι[ώω]νε(?:ι|ται))\s+[όο]τι)(?:\s+(?:organiz[aá]cia|organizacija|organiza[țţt]ia|ettev[õo]tte|yrityksen|organisaation|az?|virksomheden|organisationen|selskapet))?`;

// "Niniejszym zaświadcza się, że" (Polish), "… tímto potvrzuje, že organizace" (Czech): the holder's name follows.
const CERTIFIES_THAT_ELSEWHERE = String.raw`za[śs]wiadcza\s+si[ęe],?\s+[żz]e|potvrzuje,?\s+[žz]e(?:\s+organizace)?|${CERTIFIES_THAT_MORE}`;

/** The line naming the holder: a company name (legal-form ending), after the certifying sentence when there is one. */
function holderLine(index: TextIndex): { line: Line | null; anchored: boolean; afterAnchor: boolean } {
  // "… has audited the management system of X … and certifies that it conforms": certifying words that refer back
  // to an organisation already named lead into no name.
  const anchor = search(
    index,
    new RegExp(
      `certif(?:ies|y)\\s*that(?!\\s+(?:it|its|this|these|they|the\\s+above)\\b)|this\\s*is\\s*to\\s*certify|${CERTIFIES_THAT_ELSEWHERE}`,
      "i",
    ),
  );
  const lines = [...index.text.matchAll(/^[^\n]+$/gm)];
  const isHolderLine = (l: string) => {
    const c = squash(l);
    // A line with stray single characters or slashes is OCR speckle or an address ("ISTANBUL TR A AB"), not a name.
    const speckled = /(?:^|\s)[^\s&]{1}(?=\s)|\//.test(c);
    return (
      c.length > 2 &&
      c.length < 100 &&
      endsInLegalForm(c) &&
      !speckled &&
      // "Signed for and on behalf of X Pty Ltd" names the certification body that signs, not the holder.
      !/certif|accredit|body\s*of|audit|assess|behalf|signed/i.test(c) &&
      !CERTIFICATION_TRADE.test(foldLetters(c))
    );
  };
  const after = anchor ? lines.filter((l) => l.index! > anchor.index) : [];
  const afterPick = after.find((l) => isHolderLine(valueOf(l[0])));
  const pick = afterPick ?? lines.find((l) => isHolderLine(valueOf(l[0])));
  const labelLength = pick ? pick[0].length - valueOf(pick[0]).length : 0;
  return {
    line: pick ? { text: valueOf(pick[0]), index: pick.index! + labelLength } : null,
    anchored: Boolean(anchor),
    afterAnchor: Boolean(afterPick),
  };
}

/**
 * Sentence form: "… certifies that the information security management system of Northwind Ledger Ltd., 398 King
 * Street, …, has been assessed": the holder is the named organisation after "system of", up to the first comma at
 * which the name ends in a legal form (so "Acme, Inc." keeps its comma).
 */
// "… management system of X", "the ISMS of X", "the ISMS operated by X": the organisation whose system is certified.
const SYSTEM_OF = String.raw`(?:management\s*system|\bISMS\b)\s*(?:\([A-Z]{2,6}\)\s*)?(?:of|(?:operated|implemented|maintained|established)\s*by)\s+`;

function holderFromSentence(index: TextIndex): Fact<string> | null {
  const m = search(index, new RegExp(`${SYSTEM_OF}(?:the\\s+company\\s+)?([^\\n]{2,200}(?:\\n[^\\n]{0,200})?)`, "i"));
  if (!m) return null;
  // The name alone on its line, its address on the next ("… management system of" / "Acme B.V." / "Kanaalweg 17, …").
  const own = m[1]!.split("\n")[0]!.trim();
  // Alone on its line, a name may end in a short capitalised legal form the case-blind list cannot hold ("… AS").
  const named = ORG_SUFFIX.test(own) || (CAPS_FORM_END.test(own) && !CERTIFICATION_TRADE.test(foldLetters(own)));
  if (m[1]!.includes("\n") && named && !own.includes(",") && own.length < 100) {
    const at = m.index + m[0].length - m[1]!.length;
    return factAt(
      index,
      squash(own),
      m.index,
      at + own.length - m.index,
      0.85,
      "organisation named in the certifying sentence",
    );
  }
  const clause = squash(m[1]!).split(/\s+(?:has|have|is|was|were|for|at|and\s+(?:has|is))\s+/)[0]!;
  const parts = clause.split(",");
  for (let i = 1; i <= Math.min(parts.length, 3); i++) {
    const name = parts.slice(0, i).join(",").trim();
    if (name.length < 3 || name.length > 100 || /^(?:the|this|its|our)\b/i.test(name)) return null;
    if (!ORG_SUFFIX.test(name)) continue;
    const last = name.split(" ").at(-1)!;
    const nameStart = m.index + m[0].length - m[1]!.length;
    const end = index.text.indexOf(last, nameStart);
    if (end < 0) return null;
    return factAt(
      index,
      name,
      m.index,
      end + last.length - m.index,
      0.85,
      "organisation named in the certifying sentence",
    );
  }
  return null;
}

/**
 * The holder as the subject of the sentence that says it was assessed: "Corrib Signal Networks Limited, 14 Dock Road,
 * Galway, has been assessed by …". The name is the sentence's first words up to a legal form; its address may follow.
 */
function holderAsSubject(index: TextIndex): Fact<string> | null {
  const m = search(
    index,
    /(?:^|[.!]\s+)[ \t]*(\p{Lu}[^,\n.]{1,80}?(?:,\s*(?:Inc|LLC|Ltd|Limited)\.?)?)(?:,[^.]{0,200}?)?,?\s+(?:has|have)\s+been\s+(?:independently\s+)?(?:assessed|audited|certified|registered|evaluated|approved)\b/mu,
  );
  if (!m || !ORG_SUFFIX.test(squash(m[1]!))) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  return factAt(index, squash(m[1]!), at, m[1]!.length, 0.8, "subject of the sentence saying it was assessed");
}

function findHolder(index: TextIndex, pages: Page[]): Fact<string> {
  // "This is to certify that: Orbital Metrics Limited": the name on the certifying line itself.
  const sameLine = search(
    index,
    /(?:this\s*is\s*to\s*certify(?:\s*that)?|certif(?:ies|y)\s*that)\s*:?[ \t]+([^\n]{3,100})$/im,
  );
  if (sameLine && endsInLegalForm(squash(sameLine[1]!)) && !/\b(?:the|its)\s/i.test(sameLine[1]!)) {
    return factAt(index, squash(sameLine[1]!), sameLine.index, sameLine[0].length, 0.85);
  }
  // "… hereby certifies that Orlo Pay⏎Technologies Pty Ltd, Level 12, …": the name after the certifying words, up to
  // its legal form, also when it wraps onto the next line.
  const after = search(
    index,
    new RegExp(
      `(?:certif(?:ies|y)\\s+that|${CERTIFIES_THAT_ELSEWHERE})\\s*:?\\s+(?!(?:the|its|this|these|they|it)\\b)(\\p{Lu}[^,\\n]{0,80}?(?:\\n[^,\\n]{0,60}?)?\\b${LEGAL_FORM})(?=[\\s,]|$)`,
      "u",
    ),
  );
  if (after && !/certif|accredit/i.test(after[1]!))
    return factAt(
      index,
      squash(after[1]!),
      after.index,
      after[0].length,
      0.8,
      "organisation named after the certifying words",
    );
  // A holder label, placed by position (its value after it, beside it or under it).
  const labelledHolder = holderByLabel(
    index,
    pages,
    (c) => c.length < 100 && endsInLegalForm(c) && !/certif|accredit|behalf|signed/i.test(c),
  );
  if (labelledHolder) return labelledHolder;
  const { line: pick, anchored, afterAnchor } = holderLine(index);
  // A picked line that is the certifying sentence itself ("This is to certify that the ISMS of X Ltd, …"), or a
  // certifying line that names the system's organisation: that name.
  const certifyingNames = search(
    index,
    new RegExp(`(?:certif(?:ies|y)\\s*that|this\\s*is\\s*to\\s*certify)[^\\n]*${SYSTEM_OF}\\S`, "i"),
  );
  if ((pick && new RegExp(SYSTEM_OF, "i").test(pick.text)) || certifyingNames) {
    const sentence = holderFromSentence(index);
    // A picked line that is that name already keeps its own citation.
    if (sentence && (!pick || squash(pick.text) !== sentence.value)) return sentence;
  }
  // A name line under the certifying words is the holder; otherwise the sentence naming the system's organisation
  // is better evidence than a company-like line anywhere on the page (often the certification body's letterhead).
  if (!afterAnchor) {
    const sentence = holderFromSentence(index) ?? (pick ? null : holderAsSubject(index));
    if (sentence) return sentence;
  }
  // A line made only of legal-form words ("SANAYI VE TICARET A.S.", "Co., Ltd.") ends a name printed above it; when
  // the line above is not part of the name (lost in display type or a logo), the tail alone is not the holder.
  // A name in capitals over several lines: the lines above its legal-form line are its beginning.
  const blockStart = pick ? nameBlockStart(index.text, pick.index) : -1;
  if (pick && blockStart < pick.index) {
    const length = pick.index + pick.text.length - blockStart;
    return factAt(index, squash(index.text.slice(blockStart, blockStart + length)), blockStart, length, 0.7);
  }
  if (pick && legalFormOnly(pick.text)) return missing("only the legal form of the holder's name is legible");
  if (pick) return factAt(index, squash(pick.text), pick.index, pick.text.length, anchored ? 0.85 : 0.7);
  // Under the certifying words when there are some: a title above them ("CERTIFICATE OF REGISTRATION") is no name.
  const certifying = search(index, /certif(?:ies|y)\s*that|this\s*is\s*to\s*certify/i);
  const nameAbove = /\n([^\n]{3,100})\n(?:[^\n]*\n){0,4}[^\n]*has\s*been\s*(?:independently\s*)?assessed/i;
  let from = certifying?.index ?? 0;
  for (let before = search(index, nameAbove, from); before; before = search(index, nameAbove, from)) {
    // A certifying sentence wrapped over lines ("This is to certify that the information security" / "management
    // system of" / "Ostrava Labs"), as OCR and narrow layouts print it: a line that leads into the name is no name.
    if (!SENTENCE_LEAD_IN.test(squash(before[1]!)))
      return factAt(index, squash(before[1]!), before.index, before[0].length, 0.6);
    from = before.index + 1;
  }
  return missing();
}

/**
 * The organisation named at the top of the first page, above the title, when it is not the holder: the issuer's
 * letterhead, even when its name has no certification word ("Alpenzert AG").
 */
function issuerAtTop(index: TextIndex, holder: string | null): Fact<string> | null {
  // On a recognised (OCR) page the top lines are too unsure a reading ("SANAYİ VE TİCARET A.Ş." alone).
  if (!holder || index.doc.ocrPages?.includes(1)) return null;
  const title = search(
    index,
    /certificate|certificat|zertifikat|sertifika|certify|certifies|certifik[aá]t|certyfikat/i,
  );
  const end = Math.min(index.starts[1] ?? index.text.length, title?.index ?? 0);
  const key = (s: string) =>
    foldLetters(s)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "");
  for (const line of index.text.slice(0, end).matchAll(/[^\n\t]+/g)) {
    const c = squash(line[0]);
    if (c.length > 60 || !endsInLegalForm(c) || legalFormOnly(c) || key(c) === key(holder) || /\d/.test(c)) continue;
    return factAt(
      index,
      c,
      line.index,
      line[0].length,
      0.6,
      "organisation at the top of the certificate, not the holder",
    );
  }
  return null;
}

// A label naming the issuing body, at the start of its cell or after a bilingual label's slash.
const BODY_LABEL =
  /(?:^|\/\s*)(?:certification\s*body|certifying\s*body|issuing\s*body|certifier|registrar|zertifizierungsstelle|organisme\s*de\s*certification|organismo\s*de\s*certificaci[oó]n|entidad\s*de\s*certificaci[oó]n|ente\s*di\s*certificazione|organismo\s*di\s*certificazione|entidade\s*(?:de\s*)?certifica(?:dora|ção)|belgelendirme\s*kuruluşu|certificeringsorgan|sertifiseringsorgan|sertifiointielin|sertifitseerimisasutus|sertifik[āa]cijas\s*instit[ūu]cija|sertifikavimo\s*[įi]staiga|tan[úu]s[íi]t[óo]\s*szervezet|organism(?:ul)?\s*de\s*certificare|certifika[čc]n[ýyí]\s*org[áa]n|certifikacijski\s*organ|certifikacijsko\s*tijelo|φορέας\s*πιστοποίησης)\s*:?/i;
// A label printed under another label (a bilingual pair, or the next row's label): no body's name.
const ANOTHER_LABEL =
  /^(?:acreditaci[oó]n|accreditation|accreditamento|acreditação|akkreditierung|accr[ée]ditation|norma|standard|alcance|scope|ámbito|campo\s+applicativo)\b/i;

/** The body named by its label, by position (after the label in its cell, right of it or under it). */
function bodyByLabel(index: TextIndex, pages: Page[]): Fact<string> | null {
  for (const hit of labelValues(pages, BODY_LABEL, /\p{Lu}[^\t\n]{1,80}/u)) {
    const value = squash(hit.value[0].replace(/^[\s:;.\-–]+/, ""));
    // The name, up to its legal form when an address follows ("Alpenzert AG, Bahnhofplatz 2, Bern").
    const name = new RegExp(`^.{2,80}?\\b${LEGAL_FORM}(?=[\\s,]|$)`, "i").exec(value)?.[0] ?? value;
    if (/\d/.test(name) || name.split(" ").length > 8 || ANOTHER_LABEL.test(name)) continue;
    // A name: a legal form, or capitalised words (OCR's speckle under a label, "WW hı", is none).
    // The joining words of other languages too, and a dotted legal form after a comma: "Certiberia Evaluación y
    // Certificación, S.A.U." (a place's "Columbus, Ohio, USA" stays no name).
    const words =
      /^\p{Lu}[\p{L}&.'-]+(?:\s+(?:\p{Lu}[\p{L}&.'-]*|&|and|of|for|de|der|für|y|e|et|und|di|del|da|do|van|von))*(?:,\s+\p{Lu}\.(?:\p{L}\.){1,3})?$/u;
    if (!endsInLegalForm(name) && !words.test(name)) continue;
    const at = index.starts[hit.page]! + hit.offset;
    const from = Math.min(at, index.starts[hit.page]! + hit.labelOffset);
    return factAt(
      index,
      // A legal form's own dot stays ("Ltd.", "Kft.", "S.R.L.", "S.A.U."); another full stop or comma ends the name.
      name.replace(/[,.]$/, (x) =>
        x === "." && (new RegExp(`(?:^|\\s)${LEGAL_FORM}$`).test(name) || /\.\p{L}{1,3}\.$/u.test(name)) ? x : "",
      ),
      from,
      at + hit.length - from,
      0.8,
    );
  }
  return null;
}

/**
 * Capitalised words ending in a short capitalised abbreviation ("Haldor Sertifisering AS", "… SE", "… KG"): a legal form
 * the case-insensitive list cannot hold ("as" is an English word). Only for a letterhead line naming the trade.
 */
const CAPS_FORM_END = /^\p{Lu}\p{Ll}[\p{L}&'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}&'-]*){0,4}\s+\p{Lu}{2,3}$/u;

function findCertificationBody(index: TextIndex, holder: string | null = null, pages: Page[] = []): Fact<string> {
  const patterns: RegExp[] = [
    /Certification\s*Body\s*of\s*([^\n]+?)\s*hereby/i,
    // The object of the assessing verb, up to its legal form: "… has been assessed by Halden Certification Ltd and
    // found to operate …".
    new RegExp(
      `(?:assessed|audited|certified|registered|approved|evaluated)\\s+by\\s+([A-Z][^\\n,;:]{1,80}?\\b${LEGAL_FORM})(?=[\\s,.;]|$)`,
    ),
    // "Issued by Acme Assessments Pvt. Ltd., 7th Floor, …": a capital "Issued" opening the footer sentence, up to
    // the last of its legal forms ("Pvt. Ltd.") and before the address. The "issued by" pattern below is lower-case
    // only, and would stop at the first full stop, inside "Pvt.".
    new RegExp(`Issued\\s+by\\s+([A-Z][^\\n,;:]{1,80}?\\b${LEGAL_FORM}(?:[ \\t]+${LEGAL_FORM})*)(?=[\\s,;]|$)`),
    /(?:independently\s*)?assessed\s*by\s*([A-Z][^\n]{1,80}?)\s*(?:\n|$|and\s*is)/,
    // "… have been assessed and registered by X as meeting the requirements of …".
    /(?:assessed|audited|registered|approved)\s+and\s+(?:registered|certified|approved)\s+by\s+([A-Z][^\n]{1,80}?)\s+(?:as\s+(?:meeting|conforming|complying)|against|to\s+the|for\s+the)\b/,
    // "approved by LRQA and found to comply with", "approved by X to the following standard".
    /approved\s*by\s*\n?\s*([A-Z][^\n]{1,80}?)\s*(?:for\s*the|to\s*the\s*following|\s+and\s+(?:found|is|has|was)\b|\n)/,
    /Certification\s*Body\s*at\s+([A-Z][^\n]{1,80}?)\s*(?:\n|$)/,
    // "For the issuing office: DNV Business Assurance USA, Inc. 1400 Ravello Drive, …": up to the legal form.
    /[Ii]ssuing\s*[Oo]ffice\s*:\s*([A-Z][^\n]{1,80}?(?:Inc\.|LLC|Ltd\.?|Limited|GmbH|AS|B\.V\.|S\.A\.))(?=[\s,]|$)/,
    // "For and on behalf of BSI:" above the signature.
    /(?:for\s*and\s*)?on\s*behalf\s*of\s+([A-Z][\w&.\- ]{1,60}?)\s*:/,
    // "Signed for and on behalf of Acme Assurance Pty Ltd" ending its line or its cell (a mark's words may stand
    // beside it), or followed by its place ("…, Cardiff CF10 4AZ"): up to the legal form.
    new RegExp(
      `on\\s*behalf\\s*of\\s+([A-Z][^\\n:]{1,60}?\\b${LEGAL_FORM})(?:,[ ]*[A-Z][^\\n:\\t,]{1,40})?[ ]*(?:$|\\t)`,
      "m",
    ),
    /(?:issued|certified)\s*by\s*:?\s*([A-Z][^\n]{1,80}?)\s*(?:\n|$|\.)/,
    /Certification\s*Body\s*:\s*([^\n]{2,80})/i,
  ];
  for (const re of patterns) {
    const m = search(index, re);
    if (m) return factAt(index, squash(m[1]!).replace(/[,.]$/, ""), m.index, m[0].length, 0.8);
  }
  const labelledBody = bodyByLabel(index, pages);
  if (labelledBody) return labelledBody;
  // Sentence form: "Coalfire ISO, Inc. certifies that ...", also after "the certification body of" ("Die
  // Zertifizierungsstelle der NordCert Prüfgesellschaft mbH bescheinigt hiermit, dass …").
  const subject = search(
    index,
    /(?:^|\n)[ \t]*(?:(?:[Tt]he|[Dd]ie|[Ee]l|[Ll]a|[Ll]['’]|[Ii]l|[Dd]e)\s*(?:[Cc]ertification\s+[Bb]ody|Zertifizierungsstelle|organismo\s+de\s+certificaci[oó]n|organisme\s+de\s+certification|organismo\s+di\s+certificazione|certificatie-?instelling)\s+(?:of|der|des|von|de(?:\s+la)?|di|van)\s+|(?:Certifika[čc]n[íiý]\s+org[áa]n|Jednostka\s+certyfikuj[ąa]ca|(?:A|Az)(?=\s+\p{Lu}))\s+)?(\p{Lu}[\p{L}\d&.,' -]{2,80}?)\s+(?:hereby\s+)?(?:certifies\s+that|certifie\s+que|bescheinigt|zertifiziert|certifica\s+che|certifica\s+que|(?:tímto\s+)?potvrzuje|(?:niniejszym\s+)?za[śs]wiadcza|attesterer|bekr[æa]e?fter|bekrefter|igazolja|tan[úu]s[íi]tja|potvrdzuje|potrjuje|potvr[đd]uje|(?:prin\s+prezenta\s+)?certific[ăa]|t[õo]endab|todistaa|vahvistaa|apliecina|patvirtina)/u,
  );
  // "A-LIGN Compliance and Security, Inc. dba A-LIGN": the legal name is before the trade name.
  const subjectName = subject ? squash(subject[1]!).replace(/\s+(?:dba|d\/b\/a|trading\s+as|t\/a)\s+.*$/i, "") : "";
  if (subject && ORG_SUFFIX.test(subjectName))
    return factAt(index, subjectName, subject.index, subject[0].length, 0.8, "subject of the certifying sentence");
  // Letterhead: a line of the first page, before the certifying sentence, naming a certification firm.
  const certifying = search(index, /certif(?:ies|y)\s*that|this\s*is\s*to\s*certify/i);
  const firstPageEnd = index.starts[1] ?? index.text.length;
  for (const line of index.text.slice(0, Math.min(firstPageEnd, certifying?.index ?? 600)).matchAll(/[^\n\t]+/g)) {
    // The line, or the part of it that is a name ("Acme Certification Ltd · 4 Harbour Row", "…, Manager, Acme Ltd"),
    // also with a legal form and a trade word of the certificate's other language ("… Belgelendirme … Ltd. Şti.").
    // A line that names the holder ("Certificate holder Acme AG") is not the issuer's letterhead.
    if (holder && foldLetters(line[0]).toLowerCase().includes(foldLetters(holder).toLowerCase())) continue;
    for (const part of nameParts(line[0])) {
      const c = squash(part.text);
      if (
        c.length < 90 &&
        (endsInLegalForm(c) || CAPS_FORM_END.test(c)) &&
        (/certif|registrar|assessment|assurance|audit|quality|inspection|verification|conformity/i.test(c) ||
          CERTIFICATION_TRADE.test(foldLetters(c)))
      )
        return factAt(
          index,
          c.replace(/[,.]$/, (x) => (/\b(?:Ltd|Inc|Pvt|Co)\.$/i.test(c) || endsInLocalLegalForm(c) ? x : "")),
          line.index + part.at,
          part.text.length,
          0.7,
          "letterhead",
        );
    }
  }
  // Letterhead: a certification firm's name in the first lines, above the certificate title.
  const head = search(
    index,
    /^\s*([A-Z][^\n]{2,80}(?:Certif|Registrar|Assessment|Assurance|Audit|Quality)[^\n]{0,60})\s*\n(?:[^\n]*\n){0,2}?[^\n]*certificate/im,
  );
  if (head && head.index < 300 && ORG_SUFFIX.test(squash(head[1]!)))
    return factAt(index, squash(head[1]!), head.index, head[1]!.length, 0.7, "letterhead");
  return missing("certification body not named in the text layer (often only in a logo)");
}

const ACCREDITORS =
  /\b(UKAS|ANAB|IAS|EGAC|DAkkS|ACCREDIA|COFRAC|ENAC|NABCB|JAS-ANZ|SAC|HKAS|RvA|TÜRKAK|TURKAK|SCC|A2LA|INAB|BELAC|SWEDAC|DANAK|FINAS|NA|KAN|JAB|EIAC|GAC|IAF|IPAC|NAH|RENAR|SNAS|EAK|LATAK|HAA|ESYD|CYSAB|OLAS|ISAC|IANZ|CNAS|KAB|TAF|SANAS|PJLA|KENAS|ONAC|CGCRE|OAA|IARM)\b/;

// "Accredited by" in the rest of Europe's languages (cert11): da "akkrediteret af", no "akkreditert av", sv "ackrediterad
// av", fi "akkreditoinut", "akkreditoitu", et "akrediteeritud", lv "akreditējis", lt "akreditavo", hu "akkreditálta", ro
// "acreditat de", sk/cs "akreditované", "akreditováno", sl "akreditiran pri", hr "akreditiran od strane", el
// "διαπιστευμένο από"; the name follows, or its label's colon.
const ACCREDITED_BY_MORE = String.raw`akkrediteret\s*af|akkreditert\s*av|ackrediterad\s*av|akkreditoi(?:nut|tu)|akrediteeri(?:tud|nud)|akredit[ēe](?:ts|jis)|akreditavo|akredituot[ao]s?|akkredit[áa]lta|acreditat[ăa]?\s*de|akreditovan[ýéáoa]|akreditov[áa]no|akreditiran[ao]?\s*(?:pri|od(?:\s*strane)?)|διαπιστευμένο\s*από`;

function findAccreditationBody(index: TextIndex, pages: Page[]): Fact<string> {
  // "Accredited Body No. Z4410119AR" numbers the body's accreditation: no name follows it.
  // Also in the certificate's language ("Akkreditiert durch die Deutsche Akkreditierungsstelle GmbH (DAkkS)"), the
  // article before the name left out.
  const m = search(
    index,
    new RegExp(
      String.raw`(?:accredit(?:ed|ation)\s*(?:by|body(?!\s*(?:no|nr|number|n[º°])\b)\s*:?)|akkreditiert\s*(?:durch|von)|acreditad[oa]\s*por|accr[ée]dit[ée]e?\s*par|accreditat[oa]\s*da|geaccrediteerd\s*door|${ACCREDITED_BY_MORE})[ \t]*:?[ \t]*(?:(?:die|der|the|la|el|le|l['’]|il|de|het)\s+)?([A-Z][^\n\t,.;]{1,80})`,
      "i",
    ),
  );
  if (m) return factAt(index, squash(m[1]!), m.index, m[0].length, 0.8);
  // "Akkreditiert durch / accredited by:" with the body's name under it (or beside it), placed by position.
  const placed = labelValues(
    pages,
    /accredit(?:ed|ation)\s*(?:by|body(?!\s*(?:no|nr|number|n[º°])\b))\s*:?/i,
    /[A-Z][^\t\n,.;]{1,80}/,
  )[0];
  if (placed) {
    const from = index.starts[placed.page]! + placed.labelOffset;
    const to = index.starts[placed.page]! + placed.offset + placed.length;
    return factAt(index, squash(placed.value[0]), from, to - from, 0.75);
  }
  const mark = search(
    index,
    // "аккредитован(о) UKAS": the Russian word for accredited.
    new RegExp(
      // Also a mark's acronym over the line naming the body's accreditation standard ("FINAS" / "S 112 (EN ISO/IEC
      // 17021-1)"), and the French accent ("BELAC … Accréditation").
      `${ACCREDITORS.source}[^\\n]{0,40}(?:a[ck]{1,2}r[eéè]dit|аккредит)|(?:a[ck]{1,2}r[eéè]dit|аккредит)[^\\n]{0,40}${ACCREDITORS.source}|${ACCREDITORS.source}[ \\t]*\\n[^\\n]{0,40}ISO\\s*\\/\\s*IEC\\s*170(?:21|65|24)`,
      "i",
    ),
  );
  if (mark) {
    const name = ACCREDITORS.exec(mark[0])?.[1];
    if (name) return factAt(index, name, mark.index, mark[0].length, 0.7);
  }
  return missing("accreditation marks are usually images; none named in the text layer");
}

type Dated = Fact<string>;

// The first approval or registration in the other words English certificates use: "Date of initial approval", "First
// approved", "Approved since", "Registered since", "Originally registered on", "Date of first approval".
const FIRST_APPROVAL =
  "(?:date\\s*of\\s*)?(?:initial|first)\\s*approval(?:\\s*date)?|first\\s*(?:approved|registered)(?:\\s*on)?|(?:approved|registered)\\s*since|originally\\s*(?:certified|registered|approved|issued)(?:\\s*on)?";

// Each printed date has one meaning. A previous cycle's expiry ("Last cycle expiration") is never this one's.
const DATE_LABELS = {
  issue:
    "date\\s*of\\s*current\\s*certification|current\\s*certification\\s*date|date\\s*of\\s*(?:this\\s*|current\\s*)?(?:issue|certificate)|(?:current\\s*)?issue\\s*date|issued\\s*(?:in\\s*[A-Za-z][A-Za-z .'-]{1,30}?\\s*)?on|re-?issued\\s*on|re-?issue\\s*date|date\\s*of\\s*re-?issue|current\\s*issue|this\\s*issue(?:\\s*date)?|certificate\\s*date|current\\s*certificate(?:\\s*date)?" +
    // A bare "Issued" label in a column of short labels ("Issued | 02/09/2026").
    "|issued" +
    // Bilingual certificates print their labels in the issuing country's language too (tr, de, es, fr, it, pt).
    "|yeniden\\s*bas[ıi]m\\s*tarihi|дата\\s*(?:выдачи|регистрации)|выдан[оа]?(?=\\s*:?\\s*(?:\\d|$))|ausstellungsdatum|ausgestellt\\s*am|fecha\\s*de\\s*emisi[oó]n|date\\s*d['’]?\\s*[ée]mission|data\\s*(?:di\\s*)?emissione(?:\\s*corrente)?|data\\s*de\\s*emiss[ãa]o|datum\\s*(?:van\\s*)?uitgifte|utf[äa]rdat(?:\\s*den)?|utf[äa]rdandedatum|data\\s*wydania|datum\\s*vyd[áa]n[íi]|" +
    ISSUE_ELSEWHERE,
  original:
    "original\\s*(?:certification|registration|approval)(?:\\s*date)?|(?:original|initial)\\s*issue(?:\\s*date)?|initial\\s*(?:certification|registration)(?:\\s*date)?|date\\s*of\\s*(?:original|initial|first)\\s*(?:certification|registration|issue)|first\\s*(?:issued|issue|certified|certification)(?:\\s*(?:date|on))?|certified\\s*since|registration\\s*date|date\\s*of\\s*certification|certification\\s*date|date\\s*of\\s*registration" +
    "|tescil\\s*tarihi|дата\\s*(?:первоначальной|первичной)(?:\\s*(?:сертификации|регистрации))?|ilk\\s*belgelendirme\\s*tarihi|erstzertifizierung|fecha\\s*de\\s*(?:registro|certificaci[oó]n\\s*inicial)|date\\s*de\\s*(?:premi[èe]re\\s*)?certification(?:\\s*initiale)?|data\\s*(?:(?:di|de|da)\\s*)?(?:prima\\s*emissione|certifica[çc][ãa]o\\s*inicial)|datum\\s*eerste\\s*certificering|(?:datum\\s*f[öo]r\\s*)?f[öo]rsta\\s*certifiering(?:en)?|data\\s*pierwszej\\s*certyfikacji|datum\\s*prvn[íi]\\s*certifikace|" +
    `${FIRST_APPROVAL}|${ORIGINAL_ELSEWHERE}`,
  expiry:
    "expiry\\s*date|expiration\\s*date|(?:current\\s*)?cycle\\s*end(?:\\s*date)?|end\\s*of\\s*(?:the\\s*)?(?:current\\s*)?(?:certification\\s*)?cycle|date\\s*of\\s*expiry|date\\s*of\\s*expiration|certificate\\s*expiry(?:\\s*date)?|valid\\s*until|valid\\s*till|valid\\s*thru|valid\\s*through|valid\\s*to(?=\\s*:|\\s*\\t|\\s+(?:the\\s+)?\\d)|validity\\s*period|period\\s*of\\s*validity|validity(?:\\s*date)?|expires?(?:\\s*on)?|expiry" +
    // OCR's English model reads the Turkish ç as "g" ("Gegerlilik").
    "|ge[cçg]erlilik\\s*tarihi|(?:действ(?:ует|ителен|ительно)|годен)\\s*до|срок\\s*действия(?:\\s*сертификата)?(?:\\s*до|\\s*:?\\s*с(?=\\s*\\d))?|дата\\s*окончания(?:\\s*срока)?\\s*действия|g[üu]ltig\\s*bis|v[áa]lido\\s*hasta|fecha\\s*de\\s*(?:caducidad|vencimiento|expiraci[oó]n)|valable\\s*jusqu['’]?\\s*(?:au)?|date\\s*d['’]?\\s*expiration|(?:data\\s*di\\s*)?scadenza|valido\\s*fino\\s*al|geldig\\s*tot|v[áa]lido\\s*at[ée]|data\\s*de\\s*validade|giltig[t]?\\s*(?:till|t\\.?\\s*o\\.?\\s*m\\.?)|wa[żz]ny\\s*do|platnost\\s*do|" +
    EXPIRY_ELSEWHERE,
  // A bare "Valid:" heads a range ("Valid: 15 June 2024 – 14 June 2027").
  validFrom:
    "valid\\s*from|effective\\s*(?:date|from)|valid(?=\\s*:)|g[üu]ltig\\s*ab|срок\\s*действия(?:\\s*сертификата)?\\s*:?\\s*с(?=\\s*\\d)|действ(?:ует|ителен)\\s*с(?=\\s*\\d)|" +
    VALID_FROM_ELSEWHERE,
  recertification: "re-?certification\\s*(?:audit\\s*)?(?:due|date)",
} as const;
const FIRST_CERTIFICATION =
  `${FIRST_APPROVAL}|${ORIGINAL_ELSEWHERE}|` +
  "original\\s*(?:certification|registration|approval)(?:\\s*date)?|(?:original|initial)\\s*issue(?:\\s*date)?|initial\\s*(?:certification|registration)(?:\\s*date)?|date\\s*of\\s*(?:original|initial|first)\\s*(?:certification|registration|issue)|first\\s*(?:issued|issue|certified|certification)(?:\\s*(?:date|on))?|erstzertifizierung|f[öo]rsta\\s*certifiering(?:en)?|data\\s*pierwszej\\s*certyfikacji|datum\\s*prvn[íi]\\s*certifikace";
const DECISION = "(?:date\\s*of\\s*)?(?:the\\s*)?(?:current\\s*)?certification\\s*decision(?:\\s*date)?";
const PREVIOUS_CYCLE =
  /(?:last|previous|prior|former)\s*(?:certification\s*)?cycle|previous\s*certificate|prior\s*certificate|(?:previous|prior|former)\s*(?:expiry|expiration)/i;
// Words right before a label that give it another meaning ("Original issue date" is not the date of this issue), or
// a label found inside a longer word ("Recertification date" is not the certification date).
const QUALIFIED = /(?:\b(?:original|initial|first|last|previous|prior|former)\s*|[a-zа-яё])$/i;
// A range after the value: "Validity: 01.01.2025 - 31.12.2027", "Valid from 1 May 2025 to 30 April 2028", and in
// Russian "с 05.09.2023 г. по 04.09.2026 г." ("г." = year).
const RANGE_END = new RegExp(`^\\s*(?:г\\.)?\\s*(?:-|–|—|to|until|till|through|по)\\s*(${DATE_PATTERN})`, "i");

/** "value": the date after the label; "end": the end of a range printed there (none without one); "end-or-value". */
type Part = "value" | "end" | "end-or-value";

function labelled(index: TextIndex, pages: Page[], label: string, confidence = 0.9, part: Part = "value"): Dated {
  // Up to a few words may sit between the label and its colon ("Date of expiry certificate: 23.06.2027").
  const hits = labelValues(
    pages,
    new RegExp(`(?:${label})(?:[^\\d\\n\\t:]{0,24}:)?`, "i"),
    // "valid until the 1st day of April 2027": an article before the date.
    new RegExp(`(?:the\\s+)?${DATE_PATTERN}`, "i"),
  );
  for (const h of hits) {
    const at = index.starts[h.page]! + h.offset;
    // The label's own cell, before and after it: "Last cycle expiration date" and "Expiration date of last cycle"
    // are not this cycle's expiry.
    const labelAt = index.starts[h.page]! + h.labelOffset;
    const cellStart =
      Math.max(index.text.lastIndexOf("\n", labelAt - 1), index.text.lastIndexOf("\t", labelAt - 1)) + 1;
    const ends = [index.text.indexOf("\n", labelAt), index.text.indexOf("\t", labelAt)].filter((i) => i >= 0);
    const cellEnd = ends.length ? Math.min(...ends) : index.text.length;
    // Up to the value when it is in the same cell: words after it ("(previous certificate expired …)") are another date's.
    const valueEnd = at + h.length;
    // A label over several lines is judged by all its words ("Previous / certificate / valid until").
    const cell = h.block
      ? h.block.text
      : index.text.slice(cellStart, valueEnd > labelAt && valueEnd < cellEnd ? valueEnd : cellEnd);
    const before = h.block ? h.block.text.slice(0, h.block.at) : index.text.slice(cellStart, labelAt);
    if (PREVIOUS_CYCLE.test(cell) || QUALIFIED.test(before)) continue;
    const from = Math.min(at, index.starts[h.page]! + h.labelOffset);
    const d = datesIn(index, h.value[0])[0];
    if (!d) continue;
    // The range goes on in the value's own cell, wherever that is (after the label, right of it or below it).
    const valueCellEnd = Math.min(
      ...[index.text.indexOf("\n", valueEnd), index.text.indexOf("\t", valueEnd)].filter((i) => i >= 0),
      index.text.length,
    );
    const range = part === "value" ? null : RANGE_END.exec(index.text.slice(valueEnd, valueCellEnd));
    const end = range ? datesIn(index, range[1]!)[0] : undefined;
    if (end && end.iso > d.iso) return factAt(index, end.iso, from, valueEnd + range![0].length - from, confidence);
    if (part === "end") continue;
    return factAt(index, d.iso, from, at + h.length - from, confidence);
  }
  return missing();
}

/**
 * OCR of a tilted scan can put a value on the line above its label ("08/09/2028" over "Expiry date:"): on a recognised
 * page, a label that ends its line with no value, under a line that holds only a date, takes that date.
 */
function dateAboveOnOcrPage(index: TextIndex, label: string): Dated {
  const re = new RegExp(`^[ \\t]*(${DATE_PATTERN})[ \\t]*\\n[ \\t]*(?:${label})[ \\t]*:?[ \\t]*$`, "gim");
  for (const m of searchAll(index, re)) {
    const iso = datesIn(index, m[1]!)[0]?.iso;
    const fact = iso
      ? factAt(index, iso, m.index, m[0].length, 0.6, "date printed above its label as OCR read the page")
      : null;
    if (fact?.page && index.doc.ocrPages?.includes(fact.page)) return fact;
  }
  return missing();
}

// Surveillance audits in the rest of Europe's languages (cert11), read to the end of the line (their dates may end in a
// dot: "2026. október 10."): da "overvågningsaudit", "opfølgningsbesøg", no "oppfølgingsrevisjon", fi
// "valvonta-auditointi", "määräaikaisarviointi", et "järelaudit", lv "uzraudzības audits", lt "priežiūros auditas", hu
// "felügyeleti audit", ro "audit de supraveghere", sk "dozorový audit", sl/hr "nadzorna presoja", "nadzorni audit", el
// "επιτήρηση".
const SURVEILLANCE_MORE = String.raw`overv[åa]gningsaudits?|opf[øo]lgningsbes[øo]g|oppf[øo]lgingsrevisjon(?:er)?|valvonta-?auditoin(?:ti|nit)|m[äa][äa]r[äa]aikais(?:arvioin(?:ti|nit)|auditoin(?:ti|nit))|j[äa]relaudit(?:id)?|uzraudz[īi]bas\s*audit[si]|prie[žz]i[ūu]ros\s*audit(?:as|ai)|fel[üu]gyeleti\s*audit(?:ok)?|audit(?:uri|urile|ul)?\s*de\s*supraveghere|dozorov[ýée]\s*audity?|doh[ľl]adov[ýée]\s*audity?|nadzorn[aei]\s*(?:presoj[ae]|audit[i]?)|επιτήρηση[ς]?`;

// Surveillance audits named in English or in the certificate's own language ("Überwachungsaudit fällig bis …",
// "auditoría de seguimiento", "audit de surveillance", "verifiche di sorveglianza"), the dates after the words up to
// the sentence's full stop (not a dotted date's) or the end of its line, unless the next line goes on with the dates
// ("… due by 13 March 2026" over "and 13 March 2027", or the next surveillance's own line); a line that opens with
// another label is another field's; in another language, to the end of the label's line.
const SURVEILLANCE_AUDITS = new RegExp(
  String.raw`(?:surveillance\s*audits?\b((?:[^.\n]|\.(?=\d)|\n(?=[ \t]*(?:(?:and|or|&|by|before|on|due|no\s+later|(?:\d(?:st|nd|rd|th)\s+)?surveillance)\b|\d))){0,160})|(?:überwachungs-?\s*audits?|auditor[ií]as?\s+de\s+seguimiento|(?:audits?|verifiche|verifica)\s+di\s+sorveglianza)\b((?:[^.\n]|\.(?=\d)){0,160})|(?:${SURVEILLANCE_MORE})([^\n]{0,160}))`,
  "gi",
);

function findDatesOfCertificate(index: TextIndex, pages: Page[]) {
  let issue = labelled(index, pages, DATE_LABELS.issue);
  // The certification decision's date is this certificate's when no issue date is printed.
  if (issue.value === null) issue = labelled(index, pages, DECISION, 0.85);
  // A label that says "first", "initial" or "original" outranks a bare "Date of certification" (this issue's, when
  // both are printed).
  const first = labelled(index, pages, FIRST_CERTIFICATION);
  let original = first.value ? first : labelled(index, pages, DATE_LABELS.original);
  if (first.value && issue.value === null) {
    // "Date of certification" beside "First certified on" dates this certificate.
    const certified = labelled(index, pages, "date\\s*of\\s*certification|certification\\s*date", 0.8);
    if (certified.value && certified.value !== first.value) issue = certified;
  }
  let expiry = labelled(index, pages, DATE_LABELS.expiry, 0.9, "end-or-value");
  if (expiry.value === null) expiry = dateAboveOnOcrPage(index, DATE_LABELS.expiry);
  const validFrom = labelled(index, pages, DATE_LABELS.validFrom);
  if (expiry.value === null) expiry = labelled(index, pages, DATE_LABELS.validFrom, 0.85, "end");
  const recertification = labelled(index, pages, DATE_LABELS.recertification);
  if (issue.value === null || original.value === null || expiry.value === null) {
    // Dates told in sentences whose words wrap over lines ("It is is-" / "sued on the 15th day of March 2024").
    const prose = proseDates(index.text);
    const told = (d: ProseDate | undefined) => {
      const iso = d ? datesIn(index, d.date)[0]?.iso : undefined;
      return d && iso ? factAt(index, iso, d.offset, d.length, 0.8, "date told in a sentence") : null;
    };
    if (original.value === null) original = told(prose.original) ?? original;
    if (issue.value === null) issue = told(prose.issue) ?? issue;
    if (expiry.value === null) expiry = told(prose.expiry) ?? expiry;
  }
  if (issue.value === null) {
    // "Essen, 2024-10-28" or "Place and date: Katy, TX, 10 June 2024" under the signature: the date of issue.
    const placed = search(
      index,
      new RegExp(
        `^[ \\t]*(?:place\\s*and\\s*date(?:\\s*of\\s*issue)?\\s*:\\s*)?\\p{Lu}[\\p{L}. -]{1,30}(?:,\\s*[A-Z]{2})?,\\s*(${DATE_PATTERN})[ \\t]*$`,
        "imu",
      ),
    );
    if (placed)
      issue = factAt(
        index,
        datesIn(index, placed[1]!)[0]!.iso,
        placed.index,
        placed[0].length,
        0.75,
        "place and date of issue",
      );
  }
  if (issue.value === null && validFrom.value) {
    issue = { ...validFrom, confidence: 0.7, note: "no issue date printed; the certificate is valid from this date" };
  }
  // "Surveillance audit due: 2027-05-28 and 2028-05-28": every date the label's line lists.
  const surveillance: { iso: string; at: number; length: number }[] = searchAll(
    index,
    new RegExp(
      `surveillance[^\\n:]{0,30}(?:due|date)\\s*:?\\s*(${DATE_PATTERN}(?:[ \\t]*(?:,|;|and|&)[ \\t]*${DATE_PATTERN})*)`,
      "gi",
    ),
  ).flatMap((m) => datesIn(index, m[1]!).map((d) => ({ iso: d.iso, at: m.index, length: m[0].length })));
  if (surveillance.length === 0) {
    // A schedule's rows or a form's labels ("Surveillance audit 1 | 20 March 2027", "2nd surveillance: 28/10/2026",
    // "2nd" over "surveillance:" beside its date): a numbered surveillance label and its date, placed by position.
    for (const h of labelValues(
      pages,
      /(?:(?:\d(?:st|nd|rd|th)|first|second|third)\s*surveillance(?:\s*audit)?|surveillance(?:\s*audit)?\s*(?:\d|[IVX]{1,3})\b)(?:\s*(?:due(?:\s*by)?|date|by|on))?\s*:?/i,
      new RegExp(DATE_PATTERN, "i"),
    )) {
      const iso = datesIn(index, h.value[0])[0]?.iso;
      const at = index.starts[h.page]! + Math.min(h.labelOffset, h.offset);
      if (iso) surveillance.push({ iso, at, length: index.starts[h.page]! + h.offset + h.length - at });
    }
    // A sentence: "Surveillance audits are due by X and Y", "Surveillance audits: 1st due X; 2nd due Y" (no other
    // date's words between).
    if (surveillance.length === 0)
      for (const m of searchAll(index, SURVEILLANCE_AUDITS)) {
        const after = m[1] ?? m[2] ?? m[3]!;
        const dates = datesIn(index, after);
        if (dates.length === 0) continue;
        if (/expir|valid|issu|re-?certif|until|registration/i.test(after.slice(0, dates.at(-1)!.index))) break;
        for (const d of dates) surveillance.push({ iso: d.iso, at: m.index, length: m[0].length });
        break;
      }
  }
  if (surveillance.length === 0) {
    // A schedule table under a surveillance heading, its rows keyed "1", "Year 2", "2nd" (surveillance-schedule.ts).
    for (const d of scheduleDates(pages, documentSlashOrder(index)))
      surveillance.push({ iso: d.iso, at: index.starts[d.page]! + d.offset, length: d.length });
  }
  if (surveillance.length === 0) {
    // "NEXT SURVEILLANCE AUDIT DUE" above (or beside) "by 31.08.2026": the label and its date placed by position.
    for (const h of labelValues(
      pages,
      // "Next surveillance audit by | 01/09/2027": the date it is due by.
      // A bare "Next surveillance" label names the due date too.
      /next\s*surveillance(?:\s*audit)?(?:\s*(?:due|date|by|before))?|surveillance(?:\s*audit)?\s*(?:due|date|by|before)/i,
      new RegExp(`(?:(?:by|on|before|until|till|no\\s*later\\s*than)\\s*)?${DATE_PATTERN}`, "i"),
    )) {
      const iso = datesIn(index, h.value[0])[0]?.iso;
      const at = index.starts[h.page]! + h.labelOffset;
      if (iso) surveillance.push({ iso, at, length: index.starts[h.page]! + h.offset + h.length - at });
    }
  }
  if (issue.value === null && original.value) {
    // No re-issue printed: the certificate in hand is the original issue.
    issue = {
      ...original,
      confidence: 0.7,
      note: "no separate issue date printed; the registration date is the issue date",
    };
  }
  if (issue.value === null && original.value === null && expiry.value === null) {
    // An OCR'd grid of labels over values, the dates wrapped in their cells (ocr-label-row.ts).
    const isMonth = (w: string) => findDates(`1 ${w} 2020`).length === 1;
    for (const row of labelRowsWithSplitDates(index.text, isMonth)) {
      const labels = {
        original: new RegExp(`${FIRST_CERTIFICATION}|${DATE_LABELS.original}`, "i"),
        issue: new RegExp(DATE_LABELS.issue, "i"),
        expiry: new RegExp(DATE_LABELS.expiry, "i"),
      };
      const byOrder = assignByOrder(row, labels);
      if (!byOrder) continue;
      const note = "a row of labels over a row of values as OCR read the grid; dates completed by the years under them";
      const fact = (d: string | undefined) =>
        d ? factAt(index, datesIn(index, d)[0]?.iso ?? null, row.headerAt, row.length, 0.6, note) : missing();
      if (byOrder.original) original = fact(byOrder.original);
      if (byOrder.issue) issue = fact(byOrder.issue);
      if (byOrder.expiry) expiry = fact(byOrder.expiry);
      break;
    }
  }
  if (issue.value === null && original.value === null && expiry.value === null) {
    // Labels only in the page image: a row of three dates is (issue, original, expiry); order them by value.
    const row = search(
      index,
      new RegExp(`^[^\\n]*(${DATE_PATTERN})[^\\n]*(${DATE_PATTERN})[^\\n]*(${DATE_PATTERN})[^\\n]*$`, "im"),
    );
    const dates = row ? datesIn(index, row[0]).map((d) => d.iso) : [];
    if (row && dates.length === 3) {
      const sorted = [...dates].sort();
      const note = "date labels are not in the text layer; assigned by value (earliest = original, latest = expiry)";
      original = factAt(index, sorted[0]!, row.index, row[0].length, 0.5, note);
      issue = factAt(index, sorted[1]!, row.index, row[0].length, 0.5, note);
      expiry = factAt(index, sorted[2]!, row.index, row[0].length, 0.5, note);
    }
  }
  if (issue.value === null && original.value === null && expiry.value === null) {
    // Labels in a language or print the text does not hold: one line of exactly two dates one to three years apart
    // is a validity span ("issued X, valid until Y"); the earlier is the issue, the later the expiry.
    for (const line of searchAll(index, /^[^\n]+$/gm)) {
      const dates = datesIn(index, line[0]).map((d) => d.iso);
      if (dates.length !== 2) continue;
      const [from, to] = [...dates].sort() as [string, string];
      const days = daysBetween(from, to);
      if (days < 360 || days > 3 * 366) continue;
      const note = "date labels are not legible; a line of two dates read as issue (earlier) and expiry (later)";
      issue = factAt(index, from, line.index, line[0].length, 0.5, note);
      expiry = factAt(index, to, line.index, line[0].length, 0.5, note);
      break;
    }
  }
  const surveillanceDue: Fact<string[]> = surveillance.length
    ? factAt(index, surveillance.map((s) => s.iso).sort(), surveillance[0]!.at, surveillance[0]!.length, 0.85)
    : missing();
  return { issue, original, expiry, surveillanceDue, validFrom, recertification };
}

const SCOPE_END =
  /^\s*(?:certified\s*)?sites?(?:\(s\))?\s*:|^\s*(?:this\s*is\s*)?(?:as\s*per\s*)?(?:the\s*)?statement\s*of\s*applicability|^\s*in\s*accordance\s*with\s*the\s*statement|date\s*of|certificate\s*(?:no|number|expiry)|registration\s*date|\(SOA|issue\s*date|authori[sz]ed\s*by|^\s*(?:for\s*and\s*)?on\s*behalf\s*of|^\s*place\s*and\s*date|issuing\s*office|^\s*(?:certificate\s*)?(?:approval|registration)\s*(?:no|number)|^\s*audit\s*report|^\s*valid\s*(?:from|until)|^\s*(?:in-?scope\s*)?(?:sites?|locations?)\s*(?:\(s\))?\s*:|^\s*(?:original|initial)\s|^\s*(?:exclusions?|applicable\s*standards?|certificate\s*history)\s*:|^\s*this\s*certificate\b|^\s*(?:certified\s*|registered\s*)?(?:sites?|locations?)(?:\s*\(s\))?\s*:?\s*$|^[ \t]*[^\n/\t]{2,40}\/\s*(?:sites?|locations?)\s*:?\s*$/i;
// A heading in capitals on a line of its own ("SITES", "CERTIFICATE REGISTRATION NO."): the next label of a form
// printed label above value, which ends a scope written in ordinary case.
const CAPITALS_LABEL = /^[ \t]*(?=[^a-z\d]*[A-Z]{2})[^a-z\d\t]{2,60}$/;
// A pointer to the site list interrupts the scope text; the statement may go on after it.
const SCOPE_ASIDE = /which\s*includes\s*the\s*following|in-scope\s*location\(s\)\s*on\s*page/i;

// A scope value that only says where the scope is ("Siehe Anlage 1 / See Annex 1", "Refer to the appendix").
const SCOPE_POINTER =
  /^[^.]{0,30}\b(?:see|siehe|refer\s*to|voir|vedi|ver|zie|as\s*per)\b[^.]{0,40}\b(?:annex|anlage|appendix|anhang|schedule|annexe|allegato|anexo|bijlage|attach(?:ed|ment)|page\s*\d)/i;
// A heading that names the scope, on its own line ("Annex 1 – Scope of certification", "Scope (continued)").
const SCOPE_HEADING_LINE = /^[ \t]*(?:[^\n\t.]{0,50}\b)?scope\b[^\n\t.]{0,40}$/gim;

/** The scope an annex sets out, under a heading naming the scope after `from`, when the first reading only points there. */
function scopeElsewhere(index: TextIndex, pages: Page[], found: Fact<string>, from: number): Fact<string> {
  if (!found.value || found.value.length > 80 || !SCOPE_POINTER.test(found.value)) return found;
  for (const h of searchAll(index, SCOPE_HEADING_LINE)) {
    if (h.index <= from || h[0].trim().split(/\s+/).length > 10) continue;
    const scope = scopeFrom(index, { ...h, 0: h[0] + "\n" } as RegExpExecArray, pages);
    if (scope.value && !SCOPE_POINTER.test(scope.value)) return scope;
  }
  return found;
}

function findScope(index: TextIndex, pages: Page[]): Fact<string> {
  const scope = findScopeAt(index, pages);
  const at = scope.page ? (index.starts[scope.page - 1] ?? 0) : 0;
  return scopeContinued(index, pages, scopeElsewhere(index, pages, scope, at));
}

const CONTINUED = /\bcontinued\b|\bcont['’]?d\b|fortgesetzt|fortsetzung|\(suite\)/i;

/**
 * A scope that says it goes on elsewhere ("… (continued in the annex on page 2)") goes on with the text under a later
 * page's scope heading marked as a continuation ("Scope of certification (continued)"). Cited where it starts.
 */
function scopeContinued(index: TextIndex, pages: Page[], scope: Fact<string>): Fact<string> {
  if (!scope.value || !scope.page || !CONTINUED.test(scope.value)) return scope;
  const nextPage = index.starts[scope.page] ?? index.text.length;
  for (const h of searchAll(index, SCOPE_HEADING_LINE)) {
    if (h.index < nextPage || !CONTINUED.test(h[0]) || h[0].trim().split(/\s+/).length > 10) continue;
    const more = scopeFrom(index, { ...h, 0: h[0] + "\n" } as RegExpExecArray, pages);
    if (more.value) return { ...scope, value: `${scope.value} ${more.value}`, note: `continued on page ${more.page}` };
  }
  return scope;
}

// The scope's label in another language at the start of its line, alone or with English after a slash.
const OTHER_SCOPE_LABEL = String.raw`^[ \t]*(?:${SCOPE_LABEL_LEAD_ELSEWHERE})?(?:${SCOPE_WORDS_ELSEWHERE})(?:\s*\/\s*scope)?`;

function findScopeAt(index: TextIndex, pages: Page[]): Fact<string> {
  let m = search(
    index,
    new RegExp(
      String.raw`(?:for\s*the\s*following\s*scope(?:\s*of\s*(?:activities|registration|certification))?\s*:?|for\s*the\s*scope\s*of\s*:|for\s*the\s*following\s*scope\s*,[^.]{0,400}\.|(?:is\s*)?(?:valid|applicable)\s*for\s*the\s*following[^\n]{0,60}?|^\s*scope\s*(?:of\s*(?:certification|registration|activities))?\s*:?|^[^\n]{0,80}[-–—:|]\s*scope\s*of\s*(?:certification|registration|activities)\s*:?|^[ \t]*[^\n/]{2,40}\s\/\s*scope(?:\s*of\s*(?:certification|registration|activities))?\s*:?|${OTHER_SCOPE_LABEL}\s*:?)[ \t]*\n`,
      "im",
    ),
  );
  // A scope printed once in the certificate's language and again in English under its own label: the English one.
  if (m && !/scope/i.test(m[0])) {
    const english = search(
      index,
      /^[ \t]*scope\s*(?:of\s*(?:certification|registration|activities))?\s*:?[ \t]*\n/im,
      m.index + m[0].length,
    );
    if (english && english.index - m.index < 1200) m = english;
  }
  // "The scope of the certification covers: …", "The scope of this approval is applicable to: …", "Scope: …".
  const inline = m
    ? null
    : search(
        index,
        new RegExp(
          String.raw`(?:scope\s*of\s*(?:the\s*|this\s*)?(?:certification|approval|registration|certificate)\s*(?:covers|is\s*applicable\s*to|includes|is)\s*:?|^[ \t]*scope\s*:|\b(?:the|this)\s*(?:certification|certificate|registration|approval)\s*(?:applies|is\s*applicable)\s*to\s*:|\bfor\s+the\s+scope\s+of\s*:?(?=\s+(?:the\s+)?\p{Ll})|${OTHER_SCOPE_LABEL}\s*:)[ \t]*(?=\S)`,
          "imu",
        ),
      );
  if (inline) {
    // "Domaine d'application : …" then "Scope: …" on the next line: the English one, as for labels on lines of their
    // own above (else the French value runs on into the English label and its translation).
    const english = /scope/i.test(inline[0])
      ? null
      : search(index, /^[ \t]*scope\s*:[ \t]*(?=\S)/im, inline.index + inline[0].length);
    const from = english && english.index - inline.index < 1200 ? english : inline;
    const scope = scopeFrom(index, from, pages);
    // "Alcance / Scope: …" heads a scope printed in both languages: its English sentences.
    return /\/\s*scope/i.test(from[0]) && scope.value ? { ...scope, value: englishPart(scope.value) } : scope;
  }
  if (!m) {
    // A recognised (OCR'd) page has no positions to follow a value cell down its column: "SCOPE | Design, … payment"
    // over "initiation software and …" is read as lines from the label's cell on, up to the next field.
    const ocrCell = searchAll(
      index,
      new RegExp(
        String.raw`^[ \t]*(?:scope(?:\s*of\s*(?:the\s*)?(?:certification|registration|activities|approval))?|${OTHER_SCOPE_LABEL.replace(/^\^\[ \\t\]\*/, "")})\s*:?[ \t]*\t[ \t]*(?=\S)`,
        "gim",
      ),
    ).find((hit) => index.doc.ocrPages?.includes(pageAt(index, hit.index)));
    if (ocrCell) return scopeFrom(index, ocrCell, pages);
    const column = scopeInColumn(index, pages);
    if (column) return column;
    const quoted = search(index, /\bfor\s*(?:the\s*)?scope\s*(?:of\s*)?:?\s*["“]([^"”]{10,800})["”]/i);
    if (quoted) return factAt(index, squash(quoted[1]!), quoted.index, quoted[0].length, 0.7);
    return unlabelledScope(index);
  }
  const scope = withValueAbove(index, m, scopeFrom(index, m, pages));
  // A heading in two languages ("KAPSAM / SCOPE:") heads a scope printed in both: its English sentences.
  return /\/\s*scope/i.test(m[0]) && scope.value ? { ...scope, value: englishPart(scope.value) } : scope;
}

/** A scope label alone on its line between the lines of its value (label-inside-value.ts): the lines above too. */
function withValueAbove(index: TextIndex, m: RegExpExecArray, scope: Fact<string>): Fact<string> {
  const labelAt = m.index + (m[0].length - m[0].trimStart().length);
  if (!scope.value || !SCOPE_LABEL_CELL.test(m[0].trim())) return scope;
  const above = valueLinesAbove(index.text, labelAt, scope.value);
  if (!above) return scope;
  const value = `${above.text} ${scope.value}`;
  return factAt(index, value, above.index, m.index + m[0].length + scope.value.length - above.index, scope.confidence);
}

// Also in the languages bilingual certificates print beside English ("Geltungsbereich" over "Scope").
const SCOPE_LABEL_CELL = new RegExp(
  String.raw`^(?:scope|scope\s*of\s*(?:the\s*)?(?:certification|registration|activities|approval|certificate)|certified\s*scope|${SCOPE_WORDS_ELSEWHERE})\s*:?$`,
  "i",
);

/**
 * Two-column form: "Scope" in the label column, its text in the value column beside it and on the lines below that
 * hold only a cell in that column (where the next label starts, the scope ends).
 */
function scopeInColumn(index: TextIndex, pages: Page[]): Fact<string> | null {
  const found = valueInColumn(pages, SCOPE_LABEL_CELL, 29);
  if (!found) return null;
  const { line, last, texts } = found;
  const text = englishPart(squash(texts.join(" ")));
  const start = index.starts[found.page]! + line.start;
  return factAt(index, text, start, last.start + last.text.length - line.start, 0.75);
}

const ENGLISH_WORDS = /^(?:the|and|of|for|including|to|in|with|via|by|on|its|all|from|services?|systems?)$/i;
const OTHER_WORDS =
  /^(?:der|die|das|und|des|den|einschließlich|über|für|von|mit|im|zur|zum|le|la|les|et|du|pour|avec|y|el|los|las|del|para|con|il|per|della|e|ve|ile|için|veya|het|en|van|voor|een|op|met)$/i;

/**
 * A scope printed in two languages, one after the other (German then English): the English sentences. Kept whole
 * when no sentence is in another language or none is in English.
 */
function englishPart(text: string): string {
  const sentences = text.split(/(?<=\.)\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return text;
  const score = (s: string) => {
    const words = s.split(/[\s,;()"“”„]+/);
    return words.filter((w) => ENGLISH_WORDS.test(w)).length - words.filter((w) => OTHER_WORDS.test(w)).length;
  };
  const scores = sentences.map(score);
  if (!scores.some((x) => x < 0) || !scores.some((x) => x > 0)) return text;
  return sentences.filter((_, i) => scores[i]! >= 0).join(" ");
}

/** The scope's lines after its heading, up to a label or line that starts something else. */
function scopeFrom(index: TextIndex, m: RegExpExecArray, pages?: Page[]): Fact<string> {
  const lines: string[] = [];
  const placed: LayoutLine[] = [];
  let at = m.index + m[0].length;
  for (const line of index.text
    .slice(m.index + m[0].length)
    .split("\n")
    .slice(0, 40)) {
    const lineAt = at;
    at += line.length + 1;
    // On a positioned page the scope's paragraph ends at a gap wider than its own lines' spacing.
    const here = pages && line.trim() ? lineAtOffset(pages, index.starts, lineAt) : null;
    // Only after a finished sentence: a list after "includes:" is set apart by gaps too.
    if (here && /\.\s*$/.test(lines.at(-1) ?? "") && startsParagraph(placed, here)) break;
    // A row of cells (a table under the scope) after a finished sentence is no part of it.
    if (/\.\s*$/.test(lines.at(-1) ?? "") && /\S\t+\S/.test(line)) break;
    // A line after one that stops mid-phrase ("… in accordance with the") goes on with the same sentence.
    const continues = /(?:\b(?:the|with|to|of|and|a|an|per|in|our|its|for)|,)\s*$/i.test(lines.at(-1) ?? "");
    if (
      !continues &&
      (SCOPE_END.test(line) ||
        NEXT_FIELD_ELSEWHERE.test(line) ||
        (lines.length > 0 && SCOPE_CLAUSE_RESUMES.test(line)) ||
        (!line.trim() && lines.length > 0 && /^\s*$/.test(line)))
    )
      break;
    // A new sentence about the Statement of Applicability after the scope's last sentence ("The management system
    // is operated in accordance with Statement of Applicability version 9, …") is no part of the scope.
    if (/\.\s*$/.test(lines.at(-1) ?? "") && new RegExp(SOA_NAME, "i").test(line)) break;
    if (lines.some((l) => /[a-z]/.test(l)) && CAPITALS_LABEL.test(line) && line.trim().split(/\s+/).length <= 6) break;
    if (SCOPE_ASIDE.test(line)) continue;
    // An annex repeats the holder's name above the scope it sets out: a name line is not scope text.
    if (lines.length === 0 && endsInLegalForm(squash(line)) && squash(line).length < 100) continue;
    lines.push(line);
    if (here && here !== placed.at(-1)) placed.push(here);
  }
  if (lines.length === 0) return missing();
  // A Statement of Applicability reference on a line of its own ends the scope (SCOPE_END); one written inside the
  // scope's paragraph is part of the scope as printed.
  // A word the line broke with a hyphen ("health-" over "care", "étab-" over "lissements") is one word again; before a
  // capital the hyphen is the word's own ("Managed-" over "Hosting").
  const text = squash(
    lines
      .join("\n")
      .replace(/^\s*[•·▪-]\s*/gm, "- ")
      .replace(/(\p{L})-[ \t]*\n[ \t]*(?=\p{Ll})/gu, "$1")
      .replace(/(\p{L})-[ \t]*\n[ \t]*(?=\p{Lu})/gu, "$1-"),
  );
  return factAt(index, text, m.index, m[0].length + text.length, 0.75);
}

/**
 * A certificate that prints its scope without a heading: the longest run of prose lines on the first page that is
 * neither a label line, the holder's block nor certifying wording.
 */
function unlabelledScope(index: TextIndex): Fact<string> {
  // Chosen by length alone, a prose block is too weak a reading of OCR text, whose line breaks and column order
  // recognition guesses: an OCR'd first page needs a scope heading.
  if (index.doc.ocrPages?.includes(1)) return missing("no scope heading legible on the recognised page");
  const firstPage = index.text.slice(0, index.starts[1] ?? index.text.length);
  const blocks: { text: string; offset: number }[] = [];
  let cur: { lines: string[]; offset: number } | null = null;
  let pos = 0;
  for (const line of firstPage.split("\n")) {
    const c = squash(line.split("\t")[0]!);
    const prose =
      c.length >= 40 &&
      !/:/.test(c) &&
      !/\b(?:tel|telefon|phone|fax|e-?mail|www)\b|https?:|@|\d{3,}/i.test(c) &&
      !/certif|accredit|hereby|assessed|conform|complies|management\s*system|standard|signature|page\s*\d/i.test(c);
    if (prose) {
      cur ??= { lines: [], offset: pos };
      cur.lines.push(c);
    } else if (cur) {
      blocks.push({ text: cur.lines.join(" "), offset: cur.offset });
      cur = null;
    }
    pos += line.length + 1;
  }
  if (cur) blocks.push({ text: cur.lines.join(" "), offset: cur.offset });
  const best = blocks.filter((b) => b.text.length >= 120).sort((a, b) => b.text.length - a.text.length)[0];
  if (!best) return missing();
  return factAt(index, best.text, best.offset, best.text.length, 0.5, "scope printed without a heading");
}

// Words that end the holder's address block: the certifying sentence, in English or as printed in other languages.
// The scope's label in another language ("für den Geltungsbereich") ends the address too, and so does the certifying
// sentence going on after it ("operates", "meets the requirements").
const ADDRESS_END = new RegExp(
  String.raw`has\s*been|for\s*the\s*following|certif|sertif|zertif|conform|complian|scope|kapsam|kurulu[sş]|[“"]|\b(?:operates|maintains|meets|has\s*(?:implemented|established))\b|management\s*system|requirements|${SCOPE_WORDS_ELSEWHERE}`,
  "i",
);

/**
 * The lines under the holder's name are its registered address. Read even when only the legal-form tail of the name
 * is legible (the name's first line lost to display type): the address below it is still the holder's.
 */
function holderAddress(index: TextIndex, holder: Fact<string>): Fact<{ location: string; activity: string | null }[]> {
  const named = holderLine(index).line;
  const tailOnly = !holder.value && named !== null && legalFormOnly(named.text);
  if (!holder.value && !tailOnly) return missing();
  // The address starts under the name's last line (a name may take several).
  const words = holder.value?.split(" ") ?? [];
  const nameAt = tailOnly ? named!.index : index.text.indexOf(words[0]!);
  const at = tailOnly ? nameAt : Math.max(nameAt, index.text.indexOf(words.at(-1)!, nameAt));
  // Sentence form: "… system of Acme Pty Ltd, Level 9, 88 Collins Street, Melbourne, has been assessed": the address
  // is the rest of the clause after the name.
  const nameEnd = tailOnly ? -1 : at + words.at(-1)!.length;
  const clause =
    nameEnd > 0
      ? /^,[ \t\n]*([^.;:]{5,200}?),?\s+(?:(?:has|have)\s+been|operates|maintains|conforms|complies|and\s+(?:certifies|confirms|is|was|has))\b/.exec(
          index.text.slice(nameEnd),
        )
      : null;
  if (clause) {
    const address = squash(clause[1]!);
    const offset = nameEnd + clause[0].indexOf(clause[1]!);
    return factAt(
      index,
      [{ location: address, activity: null }],
      offset,
      clause[1]!.length,
      0.5,
      "registered address of the holder; no separate site list",
    );
  }
  const after = index.text.slice(index.text.indexOf("\n", at) + 1);
  const lines: string[] = [];
  for (const line of after.split("\n").slice(0, 5)) {
    // The certifying sentence going on after the name and address ("ein Informationssicherheits-Managementsystem …").
    if (!line.trim() || ADDRESS_END.test(line) || SCOPE_CLAUSE_RESUMES.test(line)) break;
    // The certifying sentence going on in any language: a line naming a standard ("… vastab standardi ISO/IEC
    // 27001:2022 nõuetele"), or one in lower case with no number in it ("er vurderet og fundet i …", "este conform cu").
    if (/\bISO\b|\bIEC\b/.test(line) || /^[ \t]*\p{Ll}(?!\p{L}*\.)[^\d]*$/u.test(line)) break;
    lines.push(line.trim());
  }
  if (lines.length === 0) return missing();
  const offset = index.text.indexOf(lines[0]!, at);
  // Each line a whole address ending in the same country ("Unit 4, Ballycoolin Business Park, Dublin 15, Ireland" over
  // "Little Island Industrial Estate, Cork, Ireland"): one site per line. A wrapped address has one country, at its end.
  const country = /,[ \t]*(\p{Lu}[\p{L} .'’-]{2,40})$/u.exec(lines.at(-1)!)?.[1];
  if (country && lines.length > 1 && lines.every((l) => l.endsWith(`, ${country}`)))
    return factAt(
      index,
      lines.map((l) => ({ location: squash(l), activity: null })),
      offset,
      squash(lines.join(" ")).length,
      0.5,
      "addresses under the holder's name, one site a line; no separate site list",
    );
  const address = squash(lines.join(" "));
  return factAt(
    index,
    [{ location: address, activity: null }],
    offset,
    address.length,
    0.5,
    "registered address of the holder; no separate site list",
  );
}

function findSites(
  index: TextIndex,
  holder: Fact<string>,
  pages: Page[],
  scope?: Fact<string>,
): Fact<{ location: string; activity: string | null }[] | string[]> {
  const marked = markedSiteList(index.text);
  if (marked) return factAt(index, marked.sites, marked.offset, marked.length, 0.85);
  const listed = search(
    index,
    /^\s*(?:certified\s*|registered\s*|in-?scope\s*)?(?:sites?|locations?)(?:\(s\))?\s*:\s*([^\n]+)$/im,
  );
  if (listed) {
    const items = listed[1]!
      .split(/\s*;\s*/)
      .map((x) => squash(x).replace(/\.$/, ""))
      .filter(Boolean);
    // A label in its own cell whose value cell goes on over the lines below ("Registered Locations: | 1750 Wewatta
    // Street, …" over "600 Congress Avenue, …"): the column holds every site.
    const column = /:\s*\t/.test(listed[0]) ? sitesInColumn(pages) : null;
    if (column && column.sites.length > items.length)
      return factAt(index, column.sites, index.starts[column.page]! + column.offset, column.length, 0.75);
    if (items.length) return factAt(index, items, listed.index, listed[0].length, 0.85);
  }
  const table = siteTableRows(pages);
  if (table.length > 0) {
    const first = table[0]!;
    return factAt(
      index,
      table.map((r) => ({ location: squash(r.location), activity: r.activity ? squash(r.activity) : null })),
      index.starts[first.page]! + first.offset,
      first.length,
      0.75,
    );
  }
  const numbered = numberedSiteRows(pages);
  if (numbered)
    return factAt(index, numbered.sites, index.starts[numbered.page]! + numbered.offset, numbered.length, 0.75);
  const below = sitesBelowLabel(pages) ?? formSites(pages);
  if (below && below.sites.length > 0)
    return factAt(index, below.sites, index.starts[below.page]! + below.offset, below.length, 0.75);
  const column = sitesInColumn(pages) ?? sitesUnderHeading(pages);
  if (column && column.sites.length > 0)
    return factAt(index, column.sites, index.starts[column.page]! + column.offset, column.length, 0.75);
  // With no site list, sites the scope names ("from the Sheffield and Leeds service centres") say more than the
  // holder's registered address.
  const inScope = scope?.value ? search(index, SITES_IN_SCOPE) : null;
  if (inScope && squash(scope!.value!).includes(squash(inScope[1]!)))
    return factAt(index, sitesNamedInScope(inScope), inScope.index, inScope[0].length, 0.6, "sites named in the scope");
  if (!/location\(s\)|in-scope\s*locations?|sites?\s*:|locations?\s*:/i.test(index.text))
    return holderAddress(index, holder);
  const rows = searchAll(
    index,
    /^([A-Z][A-Za-z.' ]{1,40},\s*[A-Z][A-Za-z.' ]{1,40})\s*\t\s*([^\n]+(?:\n(?![A-Z ]{6,}:|\d+\.)[a-z][^\n]*|\n[A-Z][a-z]+[^\n:]*(?=\n)){0,3})/gm,
  );
  if (rows.length === 0) return missing();
  return factAt(
    index,
    rows.map((r) => ({ location: squash(r[1]!), activity: squash(r[2]!) })),
    rows[0]!.index,
    rows[0]![0].length,
    0.7,
  );
}

// The statement named in the rest of Europe's languages (cert11): da/no "Anvendelseserklæring", "Erklæring om
// anvendelighed"; fi "Soveltamislausuma", "Soveltuvuuslausunto"; et "Kohaldatavusavaldus"; lv "Piemērojamības
// paziņojums"; lt "Taikymo pareiškimas"; hu "Alkalmazhatósági nyilatkozat"; ro "Declarația de aplicabilitate"; sk
// "Vyhlásenie o aplikovateľnosti"; sl "Izjava o uporabnosti"; hr "Izjava o primjenjivosti"; el "Δήλωση εφαρμοσιμότητας".
const SOA_NAME_MORE = [
  "anvendel(?:ses|igheds)erkl[æa]e?ring|erkl[æa]e?ring\\s*om\\s*anvendel(?:ighed|se)",
  "soveltamislausuma|soveltuvuuslausunto|soveltamisalalausunto|kohaldatavus(?:e\\s*)?avaldus|rakendatavuse\\s*avaldus",
  "piem[ēe]rojam[īi]bas\\s*pazi[ņn]ojums|taiko?m(?:o|umo)\\s*pareiškimas|taikymo\\s*pareiskimas",
  "alkalmazhat[óo]s[áa]gi\\s*nyilatkozat|declara[țţt]i[ae]\\s*de\\s*aplicabilitate",
  "vyhl[áa]senie\\s*o\\s*(?:aplikovate[ľl]nosti|pou[žz]ite[ľl]nosti)|izjava\\s*o\\s*(?:uporabnosti|primjenjivosti)",
  "δήλωση\\s*εφαρμοσιμότητας|δηλωση\\s*εφαρμοσιμοτητας",
].join("|");

// The Statement of Applicability, also as bilingual certificates name it ("Erklärung zur Anwendbarkeit").
const SOA_NAME =
  "statement\\s*of\\s*applicability|\\bSOA\\b|erkl[äa]rung\\s*zur\\s*anwendbarkeit|anwendbarkeitserkl[äa]rung|dichiarazione\\s*di\\s*applicabilit[àa]|declaraci[óo]n\\s*de\\s*aplicabilidad|d[ée]claration\\s*d['’]\\s*applicabilit[ée]|verklaring\\s*van\\s*toepasselijkheid|declara[çc][ãa]o\\s*de\\s*aplicabilidade|till[äa]mpningsf[öo]rklaring|deklaracja\\s*stosowania|prohl[áa][šs]en[íi]\\s*o\\s*aplikovatelnosti|" +
  SOA_NAME_MORE;

// A narrow column wraps the reference: "… Statement of Applicability version⏎3.7, dated 2028-11-06".
const SOA_DATED = new RegExp(
  `(?:${SOA_NAME})(?:[^\\n]{0,40}?|[^\\n]{0,40}\\n[^\\n]{0,30}?(?=dated|of\\s*${DATE_PATTERN}))(?:dated|date|of|vom|du|del|van|:)?\\s*(${DATE_PATTERN})(?:,?\\s*(Rev\\.?\\s*\\d+|v(?:ersion)?\\s*[\\d.]+))?`,
  "i",
);
// "Version", as bilingual certificates print it beside the English ("versie" nl, "versión" es, "versione" it).
// And in the rest of Europe's languages: "versio" (fi), "versioon" (et), "versija" (lv, lt), "verzió", "változat" (hu),
// "versiunea", "ediția" (ro), "verzia" (sk), "različica" (sl), "verzija" (hr), "έκδοση" (el).
const VERSION_WORD =
  "versioon|versiunea|versiune|versija|versio(?!n)|verzi[óo]|verzia|verzija|v[áa]ltozat|edi[țţt]ia|razli[čc]ica|έκδοση|versi(?:on|e|ón|one)|vers[ãa]o|wersja|verze";

const SOA_VERSIONED = new RegExp(
  `(?:${SOA_NAME})[^\\n\\d]{0,30}?((?:${VERSION_WORD}|ver\\.?|rev(?:ision)?\\.?|issue)\\s*[\\w.]*\\d[\\w.]*)`,
  "i",
);

type Soa = { version: string | null; date: string | null };

function findSoa(index: TextIndex, pages: Page[]): Fact<Soa> {
  const placed = soaByPosition(index, pages);
  if (placed) return placed;
  const m = search(index, SOA_DATED);
  if (!m) {
    const versioned = search(index, SOA_VERSIONED);
    if (!versioned) {
      const ordinal = search(index, new RegExp(`(?:${SOA_NAME})[^\\n\\d]{0,30}?${ORDINAL_VERSION.source}`, "i"));
      if (!ordinal) return missing();
      return factAt(index, { version: ordinal[1]!, date: null }, ordinal.index, ordinal[0].length, 0.75);
    }
    return factAt(index, soaVersionOnly(versioned), versioned.index, versioned[0].length, 0.75);
  }
  return factAt(index, soaDated(index, m), m.index, m[0].length, 0.8);
}

// Hungarian numbers the version before its word, as an ordinal: "4. verzió", "2. változat", "3. kiadás".
const ORDINAL_VERSION = /(?<![\d.])(\d{1,3}(?:\.\d{1,3})?)\.\s*(?:verzi[óo]|v[áa]ltozat|kiad[áa]s)/i;
const ordinalVersion = (text: string): string | null => ORDINAL_VERSION.exec(text)?.[1] ?? null;

function soaVersionOnly(versioned: RegExpExecArray): Soa {
  return {
    version: squash(versioned[1]!).replace(new RegExp(`^(?:${VERSION_WORD}|ver\\.?|issue)\\s*(?=\\d)`, "i"), ""),
    date: null,
  };
}

function soaDated(index: TextIndex, m: RegExpExecArray): Soa {
  const date = datesIn(index, m[1]!)[0]?.iso ?? null;
  // "Issue 12" numbers the statement as "version 12" does; "SoA v5" is version "v5".
  const printed = new RegExp(
    `(?:${VERSION_WORD}|rev(?:ision)?\\.?|\\b(?:issue|edition)\\s+(?=\\d)|\\bver\\.?\\s*(?=\\d)|\\bv\\.?(?=\\d))\\s*([\\w.]*\\d[\\w.]*)`,
    "i",
  ).exec(m[0])?.[0];
  // A document code in the value ("SOA-ER-07, March 30, 2026", "ISMS-SOA-003 of …") is how the statement is versioned.
  const code = /\b(?=[A-Z\d-]*\d)[A-Z][A-Z\d]*(?:-[A-Z\d]+)+\b/.exec(
    m[0].replace(/^.*?statement\s*of\s*applicability/i, ""),
  )?.[0];
  // A bare number right after the statement's name ("SoA 2.4, approved 2025-05-19", "Statement of Applicability 3.1
  // dated …"): its version.
  const bareNumber = new RegExp(
    `(?:${SOA_NAME})\\s*:?\\s*(\\d{1,3}(?:\\.\\d{1,3}){0,2})(?=[\\s,;]|$)(?!\\s*(?:${MONTH_ALTERNATION}))`,
    "i",
  ).exec(m[0].replace(/^Statement of Applicability\s+(?=SoA\b)/, ""))?.[1];
  // A revision lettered instead of numbered ("Rev. C", "Revision B").
  const letter = /\brev(?:ision)?\.?\s+([A-Z])\b/i.exec(m[0])?.[1];
  const version = m[2]
    ? squash(m[2])
    : printed
      ? squash(printed).replace(/[.,]$/, "")
      : (letter?.toUpperCase() ?? code ?? ordinalVersion(m[0]) ?? bareNumber ?? null);
  // "version 4.2" is version "4.2", and "rev. 9" (a word, a space, a number) is "9"; "Rev.00" and "v5" are printed
  // as one token and keep their letters (the reference as printed).
  const bare =
    version?.replace(
      new RegExp(`^(?:${VERSION_WORD}|ver\\.?|v(?=\\s)|issue|edition|rev(?:ision)?\\.?(?=\\s))\\s*(?=\\d)`, "i"),
      "",
    ) ?? null;
  return { version: bare, date };
}

/**
 * The statement's reference read by position: the value paired with its label (beside it or under it, as in a grid
 * of labels above values, where the next line of text is another label's value) and the lines it wraps onto in its
 * column ("Version 4.1 of 15" / "September 2025"). Used when the value is not in the label's own cell or wraps.
 */
/** A value that can be a statement's reference: a version or issue number, a year, a document code. */
const SOA_VALUE =
  /[^\t\n]*(?:\b(?:versi(?:on|e|ón|one)|ver|rev|revision|issue|v)\.?\s*\d|\b\d{4}\b|\b[A-Z]+-[A-Z\d-]*\d)[^\t\n]*/i;

function soaByPosition(index: TextIndex, pages: Page[]): Fact<Soa> | null {
  const label = new RegExp(`(?:${SOA_NAME})\\s*:?\\s*$|(?:${SOA_NAME})\\s*:`, "i");
  for (const hit of labelValues(pages, label, SOA_VALUE)) {
    const page = pages[hit.page]!;
    const li = page.lines.findIndex((l) => hit.offset >= l.start && hit.offset <= l.start + l.text.length);
    const cell = page.lines[li]?.cells.find((c) => hit.offset >= c.start && hit.offset <= c.start + c.text.length);
    if (!cell) continue;
    const value = wrappedValue(page, li, cell, hit.offset);
    const own =
      hit.offset > hit.labelOffset && hit.offset <= cell.start + cell.text.length && hit.labelOffset >= cell.start;
    if (own && value.end === cell.start + cell.text.length && value.lastLine === li) continue;
    const text = `Statement of Applicability ${squash(value.text.replace(/^[\s:;.\-–]+/, ""))}`;
    const dated = SOA_DATED.exec(text);
    const versioned = dated ? null : SOA_VERSIONED.exec(text);
    if (!dated && !versioned) continue;
    // Cited from the value's first line to its last (the label may stand lines above it, beside other cells).
    const from = index.starts[hit.page]! + hit.offset;
    const to = index.starts[hit.page]! + value.end;
    const soa = dated ? soaDated(index, dated) : soaVersionOnly(versioned!);
    return factAt(index, soa, from, to - from, 0.8, "read by position: the value paired with its label");
  }
  return null;
}

// "Certificate No", and as bilingual certificates print it ("Sertifika No", "Zertifikat-Nr.", "Certificado nº").
// A number sign in two languages ("Certificate / N° / No. :") is one label.
// The rest of Europe's languages (cert11): "Sertifikaatin numero" (fi), "Sertifikaadi nr" (et), "Sertifikāta Nr." (lv),
// "Tanúsítvány száma" (hu), "Nr. certificat" (ro), "Číslo certifikátu" (sk/cs), "Certifikat št." (sl), "Certifikat br."
// (hr), "Αριθμός πιστοποιητικού" (el).
// Also the number's word before the noun ("N° de certificat", "Numéro de certificat") and a bare "n." ("Certificato
// n. IT-27K-08812").
const CERTIFICATE_NUMBER_LABEL =
  /(?:(?:(?:certificate|sertifika|zertifikats?|certificado|certificat|certificato|certifikat|certifikát|certyfikat|sertifikaat(?:in|ti|i)?|sertifikaadi|sertifik[āa]ta|sertifikato|sertifikat|tan[úu]s[íi]tv[áa]ny|πιστοποιητικού)\s*[-,]?\s*(?:(?:registration|registrier(?:ungs)?)\s*-?\s*)?|approval\s*|registration\s*)(?:number|numaras[ıi]|nummer|n[úu]mero|num[ée]ro|numurs|nro\.?|sz[áa]ma|no\.?|nr\.?|n[º°o]\.?|n\.\s?[º°o]\.?|n\.(?=\s)|č\.|št\.|br\.|#|id\b)(?:\(s\))?(?:\s*\/\s*(?:number|no|nr|n[º°o])\.?)?|(?:n[º°o]|num[ée]ro|nr\.?|num[ăa]r(?:ul)?)\s*(?:de\s*|du\s*)?certificat(?:ului)?\b|tan[úu]s[íi]tv[áa]nysz[áa]m|[čc][íi]slo\s*certifik[áa]tu|αριθμός\s*πιστοποιητικού)/;

// OCR reads speckle or the colon's top dot as a stray "1", "l" or "|" right before the colon ("Number 1: A160").
const OCR_STRAY_BEFORE_COLON = "(?:[1Il!|]\\s?)?";

/** The certificate's number, after its label and a colon (or what OCR made of the colon: ";", "|", a lone "1"). */
const ACCREDITOR_BEFORE = new RegExp(`(?:${ACCREDITORS.source}|accredit\\w*)\\s*$`, "i");

function findCertificateNumber(index: TextIndex, pages: Page[]): Fact<string> {
  // An accreditation body's registration of the certification body ("INAB Registration No. 412C") is not this
  // certificate's number.
  const m = searchAll(
    index,
    new RegExp(
      `${CERTIFICATE_NUMBER_LABEL.source}\\s*(?:${OCR_STRAY_BEFORE_COLON}[:;|+~=]|[1Il!](?=\\s))?\\s*((?=[A-Z]{0,6} ?[A-Z0-9\\-/.]*\\d|[A-Z]{1,6}-[A-Z]{1,6} \\d)(?:[A-Z]{1,6} (?=\\d))?[A-Z0-9][A-Z0-9\\-/.]{1,40}(?: \\d[\\d\\-/.]{1,20}){0,3}(?: [A-Z]{2,4}(?=[ \\t]*(?:\\n|\\t|$)))?)`,
      "i",
    ),
  ).find((hit) => !ACCREDITOR_BEFORE.test(index.text.slice(index.text.lastIndexOf("\n", hit.index) + 1, hit.index)));
  if (m) return factAt(index, m[1]!.replace(/[.]$/, ""), m.index, m[0].length, 0.9);
  // A header of side-by-side cells ("Certificate no.:" above its value, beside other labels): pair by position.
  const below = labelValues(
    pages,
    new RegExp(CERTIFICATE_NUMBER_LABEL.source, "i"),
    /(?=[A-Z0-9\-/.]*\d)[A-Z0-9][A-Z0-9\-/.]{2,40}/i,
  )[0];
  // An OCR'd grid's first column: the number under its label at the start of a row of labels (ocr-label-row.ts).
  const ocrGrid = below ? null : firstColumnValue(index.text, CERTIFICATE_NUMBER_LABEL);
  if (ocrGrid) {
    const fact = factAt(index, ocrGrid.value, ocrGrid.at, ocrGrid.length, 0.7, "first value under a row of labels");
    if (fact.page && index.doc.ocrPages?.includes(fact.page)) return fact;
  }
  if (!below) {
    // A bare number sign opening a line, in one language or several ("No. BC-ISMS-0762", "N° / Nr. / No. BC-0762"),
    // under a title that names the certificate: a code of capitals and digits in parts.
    const signed = search(
      index,
      /^[ \t]*(?:(?:N[º°o]|Nr|No)\.?[ \t]*(?:\/[ \t]*)?){1,3}:?[ \t]*((?=[A-Z0-9\-/.]*\d)(?=[A-Z0-9\-/.]*[A-Z])[A-Z0-9]+(?:[-/.][A-Z0-9]+)+)[ \t]*$/m,
    );
    // On the first page that has text (an export may put a blank page first).
    const firstWithText = index.doc.pages.findIndex((t) => t.trim().length > 0);
    if (signed && pageAt(index, signed.index) === firstWithText + 1)
      return factAt(index, signed[1]!, signed.index, signed[0].length, 0.75, "number after a bare number sign");
    // "Certificate CSN-2291-IE was first issued on …": a code of capitals and digits joined by dashes or slashes
    // right after the word "Certificate" in a sentence.
    const code = search(
      index,
      /\b[Cc]ertificate\s+(?!ISO\b)((?=[A-Z0-9\-/.]*\d)(?=[A-Z0-9\-/.]*[A-Z])[A-Z0-9]+(?:[-/][A-Z0-9]+)+)(?=[\s,.;)]|$)/,
    );
    return code ? factAt(index, code[1]!, code.index, code[0].length, 0.7, "number named in a sentence") : missing();
  }
  const at = index.starts[below.page]! + below.offset;
  const value = below.value[0].replace(/^[\s:;.\-–]+/, "").replace(/[.]$/, "");
  return factAt(index, value, at, below.length, 0.85);
}

/** A reading whose words are mostly mangled (OCR of a script or print the model cannot read) is withheld. */
function unlessMangled(fact: Fact<string>): Fact<string> {
  if (!fact.value || mangledShare(fact.value) < MANGLED_VALUE_SHARE) return fact;
  return missing("the text here is not legible (garbled OCR); read the page image");
}

export function extractCertificate(index: TextIndex, now: Date): KindExtraction {
  const { standard, version, printedVersion } = findStandard(index);
  // A certificate printed in Russian (GOST R / CIS forms) is read with its own wording first (certificate-cis.ts).
  const cis = isCyrillicText(index.text);
  // The page layout (lines and cells by position) is rebuilt once; dates and the number's fallback both read it.
  const pages = pagesOf(index.doc, index.doc.pages);
  const holder = unlessMangled((cis ? cisHolder(index) : null) ?? findHolder(index, pages));
  const named = (cis ? cisCertificationBody(index) : null) ?? findCertificationBody(index, holder.value, pages);
  const body = named.value
    ? named
    : (certificationFirmLine(index, endsInLegalForm, holder.value) ?? issuerAtTop(index, holder.value) ?? named);
  const labelledAccreditation = findAccreditationBody(index, pages);
  const accreditation = labelledAccreditation.value ? labelledAccreditation : accreditationFromText(index, pages);
  const dates = findDatesOfCertificate(index, pages);
  let { issue, original, expiry } = dates;
  let number = (cis ? cisCertificateNumber(index) : null) ?? findCertificateNumber(index, pages);
  // Several standards in one table: the certified standard's row holds this certificate's number and dates.
  const row = standard.value ? standardRow(pages, standard.value.replace(/^ISO(?:\/IEC)?\s*/, "")) : null;
  for (const cell of row ?? []) {
    const at = index.starts[cell.page]! + cell.offset;
    const note = `row of ${standard.value} in a table of several standards`;
    const date = datesIn(index, cell.text)[0]?.iso;
    // The label opens its header cell, or ends it when two columns' headers ran together ("Management system
    // Certified since").
    const is = (label: string) =>
      new RegExp(`^(?:${label})|(?:^|\\s)(?:${label})\\s*:?$`, "i").test(cell.header.trim());
    if (new RegExp(CERTIFICATE_NUMBER_LABEL.source, "i").test(cell.header))
      number = factAt(index, squash(cell.text), at, cell.length, 0.85, note);
    else if (date && is(DATE_LABELS.original)) original = factAt(index, date, at, cell.length, 0.85, note);
    else if (date && is(DATE_LABELS.issue)) issue = factAt(index, date, at, cell.length, 0.85, note);
    else if (date && is(DATE_LABELS.expiry)) expiry = factAt(index, date, at, cell.length, 0.85, note);
  }
  const surveillanceDue =
    (dates.surveillanceDue.value === null && cis ? cisSurveillance(index) : null) ?? dates.surveillanceDue;
  const scope = unlessMangled((cis ? cisScope(index) : null) ?? findScope(index, pages));
  const facts: Facts = {
    certificate_holder: holder,
    standard,
    standard_version: version,
    certificate_number: number,
    certification_body: body,
    accreditation_body: accreditation,
    issue_date: issue,
    original_certification_date: original,
    expiry_date: expiry,
    surveillance_due: surveillanceDue,
    scope_statement: scope,
    sites: (cis ? cisAddress(index, holder) : null) ?? findSites(index, holder, pages, scope),
    soa_reference: findSoa(index, pages),
    expired: expiry.value
      ? {
          ...expiry,
          value: expiry.value < todayIso(now),
          note: `relative to ${todayIso(now)}`,
        }
      : missing(),
  };
  const notInTextLayer: string[] = [];
  if (accreditation.value === null) notInTextLayer.push("accreditation_body");
  if (body.value === null) notInTextLayer.push("certification_body");
  // No standard named anywhere in the text: it is printed only in the page image (a logo or stamp).
  if (standard.value === null) notInTextLayer.push("standard", "standard_version");

  const consistency: FlagCitation[] = [];
  if (issue.value && expiry.value && expiry.value <= issue.value)
    consistency.push(flagOn(`Expiry ${expiry.value} is not after issue ${issue.value}`, expiry));
  // "Certificate period: 3 years", or as OCR reads a bilingual "1 Yıl / 1 Year": the number right before "year".
  const period = search(
    index,
    /(?:certificate\s*period|belge\s*periyodu|g[üu]ltigkeitsdauer|per[ií]odo\s*de\s*validez|dur[ée]e\s*de\s*validit[ée])\s*[:+~=]?[^\n\d]{0,3}(?:\d+\s*\S{0,4}\s*\/\s*)?(\d+)\s*(?:years?|y[ıi]l|jahre?|a[ñn]os|ans|anni)/i,
  );
  if (period && original.value && expiry.value) {
    const years = daysBetween(original.value, expiry.value) / 365.25;
    if (Math.abs(years - Number(period[1])) > 0.2) {
      consistency.push(
        flagAt(
          index,
          `Printed expiry ${expiry.value} is ${years.toFixed(1)} years after registration but the certificate period says ${period[1]} years`,
          period.index,
          period[0].length,
        ),
      );
    }
  }
  // ISO/IEC 17021-1 certification runs a three-year cycle with yearly surveillance audits.
  const cycleStart = original.value ?? issue.value;
  if (cycleStart && expiry.value && !period) {
    const days = daysBetween(cycleStart, expiry.value);
    if (days > 300 && days < 400)
      consistency.push(
        flagOn(
          `Expiry ${expiry.value} is about one year after ${original.value ? "registration" : "issue"} (${cycleStart}); a certification cycle runs three years`,
          expiry,
        ),
      );
  }
  const firstSurveillance = search(
    index,
    new RegExp(`(?:1st|first)\\s*surveillance[^\\n\\t\\d]{0,30}(${DATE_PATTERN})`, "i"),
  );
  const firstSurveillanceIso = firstSurveillance ? datesIn(index, firstSurveillance[1]!)[0]?.iso : undefined;
  // Counted from this cycle's start: a recertified certificate's issue, after its original registration.
  const thisCycle = issue.value && original.value && issue.value > original.value ? issue.value : cycleStart;
  if (firstSurveillanceIso && thisCycle && daysBetween(thisCycle, firstSurveillanceIso) > 366) {
    consistency.push(
      flagAt(
        index,
        `First surveillance (${firstSurveillanceIso}) is more than twelve months after ${thisCycle === original.value ? "registration" : "issue"} (${thisCycle})`,
        firstSurveillance!.index,
        firstSurveillance![0].length,
      ),
    );
  }
  const authenticity: FlagCitation[] = [];
  // ISO/IEC 17021-1: an accredited management-system certificate is issued for a three-year cycle.
  if (period && Number(period[1]) < 3)
    authenticity.push(
      flagAt(
        index,
        `Certificate period printed as ${period[1]} year${period[1] === "1" ? "" : "s"}; accredited management-system certification runs a three-year cycle`,
        period.index,
        period[0].length,
      ),
    );
  // A national certification system's certificate (Russian "система добровольной сертификации", GOST R) with no
  // accreditation body named is not an accredited ISO/IEC 17021-1 certification recognised under the IAF MLA.
  const national = accreditation.value === null ? nationalSystem(index) : null;
  if (national)
    authenticity.push(
      flagAt(
        index,
        `Not an accredited certification: issued under a national certification system ("${squash(national[0])}"), with no IAF MLA accreditation body named`,
        national.index,
        national[0].length,
      ),
    );
  if (printedVersion.value && standard.value)
    authenticity.push(
      flagOn(
        `Standard printed as ${standard.value}:${printedVersion.value}; there is no ${printedVersion.value} edition`,
        printedVersion,
      ),
    );
  if (holder.value && scope.value) {
    const holderKey = holder.value.toLowerCase().replace(/[^a-z0-9]/g, "");
    for (const m of scope.value.matchAll(
      /(?:location|premises|operations)\s*of\s*([A-Z][\w&.,' ]{1,60}?(?:Inc\.?|LLC|Ltd\.?|Limited|GmbH|Corporation|LLP))/g,
    )) {
      const other = m[1]!.toLowerCase().replace(/[^a-z0-9]/g, "");
      if (!other.includes(holderKey) && !holderKey.includes(other)) {
        authenticity.push(
          flagOn(
            `Scope statement names a different organisation ("${squash(m[1]!)}") than the certificate holder ("${holder.value}")`,
            scope,
          ),
        );
      }
    }
  }
  const bodyHits = searchAll(
    index,
    /(?:Certification\s*Body\s*of|audits\s*by|property\s*of|contacting)\s+([A-Z][\w&.,' ]{1,50}?)(?=\s*(?:hereby|and\s*is|\.|\n|$))/g,
  );
  const bodies = new Set(bodyHits.map((m) => squash(m[1]!).replace(/[,.]$/, "").toLowerCase()));
  const distinct = [...bodies].filter((b) => ![...bodies].some((o) => o !== b && o.startsWith(b)));
  if (distinct.length > 1) {
    // Cited where the second body is named: the one that contradicts the first.
    const second =
      bodyHits.find((m) => squash(m[1]!).replace(/[,.]$/, "").toLowerCase() === distinct[1]) ?? bodyHits[0]!;
    authenticity.push(
      flagAt(
        index,
        `Different certification bodies named in one certificate: ${distinct.join("; ")}`,
        second.index,
        second[0].length,
      ),
    );
  }
  return { facts, notInTextLayer, consistency, authenticity };
}
