// Certificates printed in Russian, as bodies of the Russian Federation and the CIS issue them (GOST R ISO/IEC 27001,
// "Система добровольной сертификации", Kazakh/Russian bilingual forms). The layout differs from the English forms
// certificate.ts reads: the legal form comes before the quoted name ("ООО «Альфа»"), the holder follows "Выдан" in
// the dative ("Обществу с ограниченной ответственностью …") or a certifying sentence in the genitive, the scope is
// "… применительно к …", surveillance is "инспекционный контроль", and the number is "№ РОСС RU.…". Each reader
// returns null when its wording is not there, so certificate.ts falls back to its own rules.
import { findDates } from "./dates";
import { LEGAL_FORM_BEFORE_NAME } from "./legal-forms";
import { squash } from "./normalize";
import { factAt, missing, search, searchAll, type TextIndex } from "./text-index";
import type { Fact } from "./types";

/** A text is read with these rules when it is mostly Cyrillic (a Russian certificate, not one Russian word). */
export function isCyrillicText(text: string): boolean {
  const cyrillic = text.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return cyrillic >= 40 && cyrillic > latin;
}

// OCR reads « and » as "<", ">", or straight quotes (normalised to ").
const OPEN = `[«"<]`;
const CLOSE = `[»">]`;
/** An organisation's name as printed: legal form, then the quoted name (it may wrap onto the next line), then an
 *  optional short form in brackets. */
const ORG_NAME = `${LEGAL_FORM_BEFORE_NAME}\\s*${OPEN}[^»"<>]{1,80}${CLOSE}(?:\\s*\\([^()\\n]{2,80}\\))?`;

/** A Russian legal-form word in its dictionary (nominative) form: "Обществу" → "Общество", "Акционерного" → "Акционерное". */
function nominativeWord(word: string, feminine: boolean): string {
  const w = word.toLowerCase();
  let out: string | null = null;
  if (/^(?:обществ|товариществ)(?:а|у|ом)$/.test(w)) out = w.replace(/(?:а|у|ом)$/, "о");
  else if (/^(?:предприяти|учреждени)(?:я|ю|ем)$/.test(w)) out = w.replace(/(?:я|ю|ем)$/, "е");
  else if (/^(?:организаци|компани)(?:и|ю|ей)$/.test(w)) out = w.replace(/(?:и|ю|ей)$/, "я");
  else if (!feminine && /(?:ого|ому|ым)$/.test(w)) out = w.replace(/(?:ого|ому|ым)$/, "ое");
  else if (feminine && /(?:ой|ую)$/.test(w) && !/^ограниченной$/.test(w)) out = w.replace(/(?:ой|ую)$/, "ая");
  if (out === null) return word;
  return word[0] === word[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
}

/**
 * The name with its legal form in the nominative: a certificate "issued to" (Выдан) names the holder in the dative
 * and a certifying sentence ("система менеджмента … Акционерного общества …") in the genitive; the holder's name is
 * the nominative. Only the legal-form words before the quoted name change; the name itself is kept as printed.
 */
export function nominativeName(name: string): string {
  const q = name.search(/[«"<]/);
  const head = q < 0 ? name : name.slice(0, q);
  const feminine = /организаци|компани/i.test(head);
  const words = head.replace(/[А-Яа-яЁё]+/g, (w) =>
    /^(?:с|ограниченной|ответственностью)$/i.test(w) ? w : nominativeWord(w, feminine),
  );
  return words + name.slice(head.length);
}

function orgFact(index: TextIndex, m: RegExpExecArray, group: number, confidence: number, note?: string) {
  const name = m[group]!;
  const at = m.index + m[0].lastIndexOf(name);
  const value = squash(nominativeName(name));
  return factAt(index, value, m.index, at + name.length - m.index, confidence, note);
}

/**
 * The holder: after "Выдан" (issued to) or a holder label, or the organisation named in the certifying sentence
 * ("Настоящим удостоверяется, что система менеджмента … <организации>").
 */
export function cisHolder(index: TextIndex): Fact<string> | null {
  const labelled = search(
    index,
    new RegExp(
      `(?:выдан[оа]?|держател[ьюя]\\s*сертификата|наименование\\s*организации|организаци[яи])\\s*:?\\s*(${ORG_NAME})`,
      "iu",
    ),
  );
  if (labelled) return orgFact(index, labelled, 1, 0.8);
  const sentence = search(index, new RegExp(`(?:удостоверя[а-яё]*|подтвержда[а-яё]*)[^]{0,200}?(${ORG_NAME})`, "iu"));
  if (sentence) return orgFact(index, sentence, 1, 0.75, "organisation named in the certifying sentence");
  return null;
}

// A body named in Latin letters after a Russian label ("Орган по сертификации: Northgate Assurance Ltd., …").
const LATIN_ORG =
  "[A-Z][\\w&.' -]{1,60}?\\b(?:Ltd\\.?|Limited|LLC|Inc\\.?|GmbH|AG|S\\.A\\.|B\\.V\\.|LLP|PLC|Corporation)";
const BODY_LABEL = "орган(?:ом|а)?\\s*по\\s*сертификации(?:\\s*систем\\s*менеджмента)?";

/**
 * The certification body: the organisation named with "Орган по сертификации" (on its line or the next), or, when
 * the label line names none, on the line above it (a letterhead: the body's name over "Орган по сертификации …").
 */
export function cisCertificationBody(index: TextIndex): Fact<string> | null {
  const after = search(
    index,
    new RegExp(`${BODY_LABEL}\\s*:?\\s*(?:[^\\n]{0,40}\\n)?\\s*(${ORG_NAME}|${LATIN_ORG})`, "iu"),
  );
  const above = after
    ? null
    : search(index, new RegExp(`(?:^|\\n)[ \\t]*(${ORG_NAME})[ \\t]*\\n[ \\t]*${BODY_LABEL}`, "iu"));
  const m = after ?? above;
  if (!m) return null;
  // The body is named in the nominative; the short form in brackets is not part of its name.
  const fact = orgFact(index, m, 1, after ? 0.8 : 0.7, after ? undefined : "named above the certification-body line");
  return fact.value ? { ...fact, value: fact.value.replace(/\s*\([^)]*\)$/, "") } : fact;
}

// Words that register a certification system, not a certificate: a number printed under them is the system's.
const SYSTEM_REGISTRATION =
  /добровольной\s*сертификации|сертификаттау\s*жүйесі|зарегистрирован|реестр|орган\s*по\s*сертификации/i;
const NUMBER_SIGN = "(?:No|№|N°|Ne|Хе|Ng)\\.?";
// A number: "РОСС RU.…" (the registry prefix is followed by a space) or one token of letters, digits and separators.
const NUMBER_VALUE = "((?:РОСС|POCC|P0CC)\\s+[^\\s,;]{4,60}|[^\\s,;:]*\\d[^\\s,;]{0,60})";

/**
 * The certificate's number: the "№ …" line under the "СЕРТИФИКАТ (СООТВЕТСТВИЯ)" title, else a number label
 * ("Номер сертификата", "Регистрационный номер") that does not register the certification system or the body.
 */
export function cisCertificateNumber(index: TextIndex): Fact<string> | null {
  const ocr = Boolean(index.doc.ocrPages?.length);
  const titled = search(
    index,
    new RegExp(
      `СЕРТИФИКАТ(?:\\s*СООТВЕТСТВИЯ)?[^\\n]{0,40}\\n(?:[^\\n]{0,60}\\n)?[ \\t]*${NUMBER_SIGN}\\s*${NUMBER_VALUE}`,
      "u",
    ),
  );
  if (titled) return numberFact(index, titled, ocr);
  for (const m of searchAll(
    index,
    new RegExp(
      `(?:номер\\s*сертификата|сертификат\\s*(?:соответствия\\s*)?${NUMBER_SIGN}|регистрационный\\s*номер(?:\\s*сертификата)?|рег\\.\\s*${NUMBER_SIGN})\\s*:?\\s*${NUMBER_VALUE}`,
      "giu",
    ),
  )) {
    // Under "Система добровольной сертификации …" (no certificate title between) the number registers the system.
    const before = index.text.slice(Math.max(0, m.index - 160), m.index);
    const lastSystem = Math.max(
      ...[...before.matchAll(new RegExp(SYSTEM_REGISTRATION.source, "gi"))].map((x) => x.index),
    );
    if (lastSystem >= 0 && !/СЕРТИФИКАТ/u.test(before.slice(lastSystem))) continue;
    if (SYSTEM_REGISTRATION.test(index.text.slice(index.text.lastIndexOf("\n", m.index) + 1, m.index))) continue;
    return numberFact(index, m, ocr);
  }
  return null;
}

function numberFact(index: TextIndex, m: RegExpExecArray, ocr: boolean): Fact<string> {
  const printed = m[1]!.replace(/[.]$/, "");
  const value = ocr ? repairRegistryNumber(printed) : printed;
  // These numbers are capitals and digits: a lower-case letter left in an OCR reading ("ИБОо2") is a misread glyph,
  // and a number one glyph off is worse than none.
  if (ocr && /[a-zа-яё]/u.test(value)) return missing("the certificate number is not legible in the scan (OCR)");
  return factAt(index, value, m.index, m[0].length, ocr ? 0.6 : 0.85);
}

const LATIN_LOOKALIKE: Record<string, string> = {
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  Y: "У",
};

/**
 * What OCR makes of a Russian registry number, undone: GOST R numbers ("РОСС RU.ОШ01.ОС09.СМК.00525") spell their
 * codes in Cyrillic capitals, which a model with English in it reads as the Latin letters they look like ("CMK"),
 * "Ш" as "LI", a leading "О" as "0", and a "0" among digits as "О". Only the country code after "РОСС" is Latin.
 * Applied to OCR readings only, and only to a number that is Cyrillic (has a Cyrillic letter or the РОСС prefix).
 */
export function repairRegistryNumber(value: string): string {
  const registry = /^(?:РОСС|POCC|P0CC)\s+([^.\s]{2})\.(.+)$/u.exec(value);
  if (!registry && !/[\u0400-\u04FF]/.test(value)) return value;
  // "RU" read by a Cyrillic model ("ВЧ", "В0") or with a Cyrillic letter.
  const country = registry
    ? /^[A-Z]{2}$/.test(registry[1]!)
      ? registry[1]!
      : /^[RВBЯР][UЧЦ0OОУИ]$/iu.test(registry[1]!)
        ? "RU"
        : registry[1]!
    : null;
  const rest = registry ? registry[2]! : value;
  const blocks = rest.split(".").map((block) => {
    if (/^[0-9OoОо]+$/u.test(block) && (block.match(/\d/g)?.length ?? 0) >= 2) return block.replace(/[OoОо]/gu, "0");
    return block
      .replace(/LLI|LI/g, "Ш")
      .replace(/^0(?=[A-ZА-ЯЁ])/u, "О")
      .replace(/[ABCEHKMOPTXY]/g, (c) => LATIN_LOOKALIKE[c]!);
  });
  return (country ? `РОСС ${country}.` : "") + blocks.join(".");
}

// Where a Russian scope ends: the conformity words, the end of the sentence, or a labelled line.
const SCOPE_STOP = /соответству|на\s*соответствие|\.(?=\s|$)|\n\s*\n|\n[^\n:]{1,40}:/iu;

/** "Область применения: …", or "[Система менеджмента …] применительно к …" up to "соответствует". */
export function cisScope(index: TextIndex): Fact<string> | null {
  const labelled = search(
    index,
    /(?:область\s*(?:применения|сертификации|распространения)|сфера\s*деятельности)[^\n:]{0,30}:\s*/iu,
  );
  const applied = labelled ? null : search(index, /применительно\s*к\s/iu);
  const m = labelled ?? applied;
  if (!m) return null;
  let start = labelled ? m.index + m[0].length : m.index;
  // The management system named right before "применительно к" belongs to the scope statement.
  if (applied) {
    const before = index.text.slice(Math.max(0, m.index - 120), m.index);
    const system = /систем[аы]\s+менеджмента[^.,;:«»]{0,60}$/iu.exec(before);
    if (system) start = m.index - before.length + system.index;
  }
  const rest = index.text.slice(labelled ? start : m.index + m[0].length);
  const stop = SCOPE_STOP.exec(rest);
  const end = (labelled ? start : m.index + m[0].length) + (stop ? stop.index : Math.min(rest.length, 400));
  const text = squash(index.text.slice(start, end)).replace(/[,;:]$/, "");
  if (text.length < 8) return null;
  return factAt(index, text, labelled ? m.index : start, end - (labelled ? m.index : start), 0.7);
}

/** The holder's address: "Адрес: …" (also "Мекенжайы / Адрес", "Место нахождения") with its continuation lines. */
export function cisAddress(
  index: TextIndex,
  holder: Fact<string>,
): Fact<{ location: string; activity: string | null }[]> | null {
  const m = search(
    index,
    /(?:^|\n)[ \t]*(?:[^\n:/]{0,20}\/\s*)?(?:юридический\s*)?(?:адрес(?:\s*места\s*нахождения)?|место\s*нахождения|местонахождение)\s*:\s*([^\n]+)/iu,
  );
  let address: string | null = null;
  let at = 0;
  let length = 0;
  if (m) {
    const lines = [m[1]!];
    let pos = m.index + m[0].length;
    for (const line of index.text
      .slice(pos + 1)
      .split("\n")
      .slice(0, 2)) {
      if (!line.trim() || /:|^\s*(?:настоящ|систем|сертификат|применительно|соответству|орган)/iu.test(line)) break;
      lines.push(line);
      pos += line.length + 1;
    }
    address = squash(lines.join(" "));
    at = m.index;
    length = pos - m.index;
  } else if (holder.value) {
    // Sentence form: "… АО «Вектор» (АО «Вектор»), 630099, Российская Федерация, г. Новосибирск, …, соответствует".
    const after = search(
      index,
      new RegExp(`${ORG_NAME},\\s*(\\d{6},[^]{5,200}?),?\\s*(?=соответству|применительно)`, "iu"),
    );
    if (after) {
      address = squash(after[1]!);
      at = after.index + after[0].lastIndexOf(after[1]!);
      length = after[1]!.length;
    }
  }
  if (!address) return null;
  return factAt(
    index,
    [{ location: address, activity: null }],
    at,
    length,
    0.5,
    "registered address of the holder; no separate site list",
  );
}

/** Surveillance ("инспекционный контроль"): the dates printed with it, else a note that it is yearly without dates. */
export function cisSurveillance(index: TextIndex): Fact<string[]> | null {
  const m = search(index, /инспекционн[а-яё]*\s*контрол[а-яё]*[^\n]{0,120}(?:\n[^\n]{0,80})?/iu);
  if (!m) return null;
  const line = m[0].split("\n")[0]!;
  const text = /,\s*$/.test(line) ? m[0] : line;
  const dates = findDates(text).map((d) => d.iso);
  if (dates.length === 0) return missing("inspection control (инспекционный контроль) printed without dates");
  return factAt(index, [...new Set(dates)].sort(), m.index, text.length, 0.8);
}

// A certificate issued inside a national certification system (a Russian "system of voluntary certification"
// registered with Rosstandart, the GOST R system, their Kazakh counterparts) is that system's certificate, not an
// ISO/IEC 17021-1 certification under an IAF MLA accreditation body.
const NATIONAL_SYSTEM =
  /систем[аеыу]\s*добровольной\s*сертификации(?:\s*[«"<][^»">\n]{1,60}[»">])?|ерікті\s*сертификаттау\s*жүйесі|систем[аеыу]\s*сертификации\s*ГОСТ\s*Р|зарегистрирован[а-яё]*\s*(?:в\s*)?(?:Росстандарт|Федеральн[а-яё]*\s*агентств)/iu;

/** Where the certificate says it was issued in a national (voluntary) certification system, if it does. */
export function nationalSystem(index: TextIndex): RegExpExecArray | null {
  return search(index, NATIONAL_SYSTEM);
}
