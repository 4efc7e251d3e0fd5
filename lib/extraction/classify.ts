// Document kind from the text layer (title pages weigh most); the file name is used only when there is no text.
import { ACCREDITATION_STANDARD, informationSecurityAmong } from "./conformity-standards";
import type { DocKind, TextDocument } from "./types";
import { foldLetters } from "./normalize";
import { ISSUING_WORDS_ELSEWHERE } from "./issuing-words";
import { csvCells, csvSeparator } from "./csv-cells";
import {
  FOREIGN_ACTIVITY,
  FOREIGN_NAME_HEADER,
  FOREIGN_PLACE,
  FOREIGN_PROCESSING_PLACE,
  FOREIGN_PURPOSE,
  SUBPROCESSOR_WORD,
} from "./subprocessor-words";

/** A CSV header cell naming the provider: company, name, vendor, provider, entity, supplier, or the same in another language. */
const PROVIDER_HEADER = new RegExp(
  `\\b(?:company|name|vendor|provider|entity|supplier)\\b|${FOREIGN_NAME_HEADER.source}|${SUBPROCESSOR_WORD.source}`,
  "i",
);

export type Classification = { kind: DocKind; confidence: number; reason: string };

function count(text: string, re: RegExp): number {
  return (text.match(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)) ?? []).length;
}

// The certifying sentence or title itself. A web page (HTML, Markdown) prints "valid until" or "expiry date:" about
// the certificates it claims; only these words make it the certificate.
const CERTIFYING_WORDS =
  /hereby certif|certificate\s*of\s*(registration|approval|conformity|compliance)|this\s*is\s*to\s*certify|has\s*been\s*(independently\s*)?assessed|сертификат\s*соответствия|настоящ[а-я]*\s*(?:сертификат[а-я]*\s*)?удостоверя/i;

// Words a certificate prints: the certifying ones and its labelled number and dates.
const ISSUING_LANGUAGE = new RegExp(
  `${CERTIFYING_WORDS.source}|is\\s*compliant\\s*with\\s*the\\s*requirement|(registration|certification|issue|expiry|expiration)\\s*date\\s*:|certificate\\s*(no|number)\\.?\\s*:|certificate\\s*expiry|valid\\s*until|сәикестік\\s*сертификаты|срок\\s*деиствия|дата\\s*выдачи\\s*:|деиствител[а-я]*\\s*до|номер\\s*сертификата\\s*:`,
  "i",
);

// A body's letter about an audit on the way to certification (engagement, Stage 1) uses a certificate's words but
// says that no certificate exists yet.
const NOT_ISSUED =
  /no\s+certificate\s+(?:has\s+(?:yet\s+)?been|was|is|will\s+be)\s+(?:yet\s+)?issued|certificate\s+(?:has\s+not|hasn['’]t)\s+(?:yet\s+)?been\s+issued|is\s+not\s+a\s+certification\s+audit|(?:this|the)\s+(?:letter|document)\s+is\s+not\s+a\s+certificate/i;

function socMentions(text: string, n: number): number {
  return count(
    text,
    new RegExp(
      `\\bSOC\\s*\\)?\\s*${n}\\b|SOC\\s*${n}®|System\\s*and\\s*Organi[sz]ation\\s*Controls\\s*(?:\\(SOC\\)\\s*)?${n}\\b`,
      "i",
    ),
  );
}

/** Words a management-system certificate prints; a certificate is recognised by several of them, not by one. */
const CERTIFICATE_SIGNALS: RegExp[] = [
  /\bcertif/i,
  /certificate\s*(?:no|number|nr|code)\b/i,
  /surveillance/i,
  /management\s*system/i,
  /accredit/i,
  /registration|registered/i,
  /valid(?:ity)?\b|expir/i,
  /\bscope\b/i,
];

/** A standard and a certification word in one statement: "ISO 27001 certified", "certificación ISO 27001". */
const CLAIM_STATEMENT =
  /\bISO\s*(?:\/\s*IEC)?\s*\d{4,5}[^.?!\n]{0,80}?(?:certif|zertifi)|(?:certif|zertifi)[^.?!\n]{0,80}?\bISO\s*(?:\/\s*IEC)?\s*\d{4,5}/gi;

/**
 * A SOC report named with the vendor's word that it has one: "has achieved SOC 2 Type II certification", "SOC 2
 * compliant", "completed a SOC 2 audit", "SOC 2 report available on request". On a web page without a service
 * auditor's report text, that is a claim about the report, not the report.
 */
const SOC_CLAIM =
  /\bSOC\s*[123]\b[^.?!\n]{0,80}?(?:certif|complian|attest|audit|report|achiev|complet|examin)|(?:certif|complian|attest|audit|achiev|complet|examin)[^.?!\n]{0,80}?\bSOC\s*[123]\b/gi;

/** A page's title or top heading that is "Certifications" in a few languages, alone or with "compliance". */
const CERTIFICATIONS_TITLE =
  /^(?:#{1,2}[ \t]*|title:[ \t]*["']?)(?:our[ \t]+)?(?:certifica(?:tions|ciones|ções|zioni)|zertifizierungen|certifications?[ \t]*(?:&|and)[ \t]*compliance|compliance[ \t]*(?:&|and)[ \t]*certifications?)[ \t]*["']?[ \t]*$/im;

/** The ISO standard number a text names most often. */
function mainStandard(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?:\bISO\s*(?:\/\s*IEC\s*)?|\bSO\s*\/\s*IEC\s*|ИСО\s*\/\s*МЭК\s*)(\d{4,5})/gi))
    if (!ACCREDITATION_STANDARD.test(m[1]!)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * A CSV's header: the first row of two or more cells that names who (quoted cells may hold the separator), else the
 * first row of two or more cells, as a title row may come first.
 */
function csvHeader(text: string): string[] {
  const sep = csvSeparator(text);
  const rows = text.split("\n").map((l) => csvCells(l, sep));
  const filled = rows.filter((cells) => cells.filter(Boolean).length >= 2);
  return filled.find((cells) => cells.some((h) => PROVIDER_HEADER.test(h))) ?? filled[0] ?? [];
}

export function classifyText(doc: TextDocument): Classification {
  const all = foldLetters(doc.pages.join("\n"));
  const head = foldLetters(doc.pages.slice(0, 3).join("\n"));
  const pageCount = doc.pages.length;

  const soc = [1, 2, 3].map((n) => socMentions(head, n));
  const socAll = [1, 2, 3].map((n) => socMentions(all, n));
  const isLetter = /to\s*whom\s*it\s*may\s*concern|\bdear\b|sincerely|regards,/i.test(all);
  // "the Bridge Period" names a bridge letter's own term even when the letter lists changes instead of denying them.
  const bridgeWords = /bridge\s*(?:letter|period)|gap\s*letter|material\s*changes?/i.test(all);

  if (
    /bridge\s*letter|gap\s*letter/i.test(head) ||
    (isLetter && bridgeWords && pageCount <= 4 && socAll.some((n) => n > 0))
  ) {
    return { kind: "bridge_letter", confidence: 0.9, reason: "letter about material changes since a SOC report" };
  }
  const opinion = /in\s*our\s*opinion/i.test(all);
  // A short letter about an examination (an "attestation status" letter) is not the report itself.
  if (isLetter && pageCount <= 3 && !opinion && socAll.some((n) => n > 0)) {
    return { kind: "unknown", confidence: 0.3, reason: "a short letter that mentions a SOC examination, not a report" };
  }

  const auditorReport = /independent\s*service\s*auditor|service\s*auditor'?s?\s*report|in\s*our\s*opinion/i.test(all);
  // Auditor pages may be images: a report that names its SOC kind and carries management's assertion or the
  // trust services criteria is still that report.
  const socBody =
    pageCount >= 4 &&
    /management'?s?\s*assertion|trust\s*services\s*(?:criteria|principles)|description\s*criteria/i.test(all);
  if (!auditorReport && socBody && Math.max(...soc) >= 2) {
    const best = [0, 1, 2].reduce((a, b) => (soc[b]! > soc[a]! ? b : a), 0);
    const kind = (["soc1_report", "soc2_report", "soc3_report"] as const)[best]!;
    return { kind, confidence: 0.7, reason: `names SOC ${best + 1} and has management's assertion; no auditor text` };
  }
  if (auditorReport || Math.max(...soc) > 0) {
    const best = [0, 1, 2].reduce((a, b) => (soc[b]! > soc[a]! ? b : a), 0);
    if (soc[best]! > 0 && auditorReport) {
      const kind = (["soc1_report", "soc2_report", "soc3_report"] as const)[best]!;
      return { kind, confidence: 0.95, reason: `title pages name SOC ${best + 1}` };
    }
    if (auditorReport) {
      if (/internal\s*control\s*over\s*financial\s*reporting|control\s*objectives/i.test(all)) {
        return { kind: "soc1_report", confidence: 0.7, reason: "service auditor's report on control objectives" };
      }
      if (/trust\s*services\s*criteria|trust\s*services\s*principles/i.test(all)) {
        const general = /SOC\s*3|general\s*use|assertion\s*that\s*the\s*controls\s*within/i.test(all);
        return {
          kind: general ? "soc3_report" : "soc2_report",
          confidence: 0.7,
          reason: "service auditor's report on trust services criteria",
        };
      }
    }
  }

  const subprocessorHits = count(all, SUBPROCESSOR_WORD);
  if (subprocessorHits >= 2 && doc.format !== "pdf") {
    return { kind: "subprocessor_list", confidence: 0.9, reason: "page about sub-processors" };
  }
  if (subprocessorHits >= 3 && pageCount <= 10 && !/certif/i.test(head)) {
    return { kind: "subprocessor_list", confidence: 0.8, reason: "document about sub-processors" };
  }

  // "ГОСТ Р ИСО/МЭК 27001": the Russian adoption, ИСО/МЭК being ISO/IEC in Cyrillic.
  // "SO/IEC 27001": OCR lost the I of display type (a line above touching it).
  const isoStandard = /\bISO\s*(\/\s*IEC)?\s*\d{4,5}|\bSO\s*\/\s*IEC\s*\d{4,5}|ИСО\s*\/\s*МЭК\s*\d{4,5}/i.test(all);
  const webPage = doc.format === "html" || doc.format === "markdown";
  const issuing = webPage
    ? CERTIFYING_WORDS.test(all)
    : ISSUING_LANGUAGE.test(all) || ISSUING_WORDS_ELSEWHERE.test(all);
  const signals = CERTIFICATE_SIGNALS.filter((re) => re.test(head)).length + (isoStandard ? 1 : 0);
  // Without issuing wording (an OCR'd scan garbles it), several certificate words on a short PDF still make one;
  // a web page listing certificates is a claims page. A certificate is a few pages (a scope annex can make it
  // nine or ten), never a long report.
  if (!CERTIFYING_WORDS.test(all) && NOT_ISSUED.test(all))
    return {
      kind: "unknown",
      confidence: 0.3,
      reason: "says that no certificate has been issued (a letter about an audit)",
    };
  const looksIssued = issuing || (doc.format === "pdf" && signals >= 4 && /\bcertif/i.test(head));
  if (pageCount <= 10 && looksIssued) {
    const confidence = issuing ? 0.9 : 0.6;
    // iso_certificate is the information-security family (ISO/IEC 27001 and its extensions); a quality or
    // environmental management certificate (ISO 9001, 14001, ...) is another certificate.
    const standard = informationSecurityAmong(all) ?? mainStandard(all);
    if (standard && !/^27\d{2}/.test(standard))
      return {
        kind: "other_certificate",
        confidence,
        reason: `certificate for ISO ${standard}, not information security`,
      };
    if (isoStandard) return { kind: "iso_certificate", confidence, reason: "certificate wording with an ISO standard" };
    // Surveillance audits and a management system are ISO/IEC 17021 certification terms even when the standard
    // itself is printed only in a logo.
    if (/surveillance/i.test(all) && /registration|management\s*system/i.test(all))
      return {
        kind: "iso_certificate",
        confidence: Math.min(confidence, 0.6),
        reason: "management-system certificate (surveillance audits); the standard is not in the text layer",
      };
    return { kind: "other_certificate", confidence: 0.6, reason: "certificate wording without an ISO standard" };
  }
  const socClaims = webPage && !auditorReport ? count(all, SOC_CLAIM) : 0;
  if (isoStandard) {
    // A claims page is the vendor's own word that it holds a certification: the standard and "certified" /
    // "certification" (any language: certificada, zertifiziert) in one statement, with none of a certificate's
    // issuing wording (above). A text that names a standard only beside other words ("aligned with", a mapping,
    // a policy) is not a claim: it stays unknown rather than taking the nearest kind.
    // A web page titled "Certifications" (Certificaciones, Zertifizierungen, Certificações) that names a standard
    // lists what the vendor says it holds, even when no sentence says "certified".
    const claims = count(all, CLAIM_STATEMENT) + (webPage && CERTIFICATIONS_TITLE.test(all) ? 1 : 0);
    if (claims > 0)
      return {
        kind: "claims_page",
        confidence: claims >= 2 ? 0.7 : 0.5,
        reason: `claims an ISO certification ${claims} time(s) without a certificate's issuing wording, number or body`,
      };
    if (!socClaims)
      return { kind: "unknown", confidence: 0.2, reason: "names an ISO standard without claiming a certification" };
  }
  if (subprocessorHits >= 1) return { kind: "subprocessor_list", confidence: 0.5, reason: "mentions sub-processors" };
  // The auditor's report text was looked for above; a web page that only says the vendor has a SOC report (and
  // where to ask for it) is the vendor's claim.
  if (socClaims)
    return {
      kind: "claims_page",
      confidence: socClaims >= 2 ? 0.6 : 0.5,
      reason: `claims a SOC report ${socClaims} time(s) on a web page without the auditor's report text`,
    };
  // A site's data file holds the register its page renders: the page says "sub-processors", the data may not. Two
  // signals together: the file is named for sub-processors, and its entries have names and purposes or places.
  if (
    (doc.format === "yaml" || doc.format === "json") &&
    /sub[\s_-]?processor/i.test(doc.filename) &&
    count(all, /^\s*-?\s*["']?name["']?\s*:/im) >= 2 &&
    /^\s*["']?(?:purpose|description|country|location|region)["']?\s*:/im.test(all)
  )
    return {
      kind: "subprocessor_list",
      confidence: 0.6,
      reason: "data file named for sub-processors, entries with names",
    };
  // A CSV export is the register as a table: its header row names who (company, name, vendor, provider, entity)
  // and where the data is processed ("Location of Data Processing", "Processing location") — or, in a file named
  // for sub-processors, who and what for or where.
  if (doc.format === "csv") {
    const header = csvHeader(all);
    const who = header.some((h) => PROVIDER_HEADER.test(h));
    const processedWhere = header.some(
      (h) =>
        /process\w*\s*(?:location|region|country|countr)|(?:location|region|country|place)\s*of\s*(?:the\s*)?(?:data\s*)?process|data\s*location/i.test(
          h,
        ) || FOREIGN_PROCESSING_PLACE.test(h),
    );
    const whatOrWhere = header.some(
      (h) =>
        /purpose|description|service|location|country|region/i.test(h) ||
        [FOREIGN_PURPOSE, FOREIGN_ACTIVITY, FOREIGN_PLACE].some((re) => re.test(h)),
    );
    const namedFile = /sub[\s_-]?processor/i.test(doc.filename) || SUBPROCESSOR_WORD.test(foldLetters(doc.filename));
    if (who && (processedWhere || (whatOrWhere && namedFile)))
      return {
        kind: "subprocessor_list",
        confidence: processedWhere ? 0.6 : 0.5,
        reason: processedWhere
          ? "CSV whose header names providers and where data is processed"
          : "CSV named for sub-processors whose header names providers",
      };
  }
  return { kind: "unknown", confidence: 0, reason: "no known document pattern" };
}

/** Only for PDFs without a text layer: the uploader's file name is the only signal, so confidence stays low. */
export function classifyByFilename(filename: string): Classification {
  const name = filename.toLowerCase().replace(/[_\-.]+/g, " ");
  const rules: [RegExp, DocKind][] = [
    [/bridge|gap letter/, "bridge_letter"],
    [/soc ?3/, "soc3_report"],
    [/soc ?2/, "soc2_report"],
    [/soc ?1/, "soc1_report"],
    [/sub ?processor/, "subprocessor_list"],
    [/iso ?(iec ?)?\d{4,5}|certificate|certification/, "iso_certificate"],
  ];
  for (const [re, kind] of rules) {
    if (re.test(name)) return { kind, confidence: 0.3, reason: "no text layer; kind taken from the file name" };
  }
  return { kind: "unknown", confidence: 0, reason: "no text layer" };
}
