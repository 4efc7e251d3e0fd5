// Names of companies, services and places arrive in many forms ("Amazon Web Services, Inc.", "AWS",
// "Microsoft (Azure)"): everything here reduces them to comparable keys.

import { memoize } from "./memo";

const INVISIBLES = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Lowercase words: NFKC, no Latin accents, no punctuation, single spaces. Letters and digits of
 * every script are kept ("株式会社テスト" stays itself): only Latin combining accents are dropped, so
 * Japanese voicing marks (カ vs ガ) still tell names apart.
 */
export const normalizeText = memoize((text: string): string =>
  text
    .normalize("NFKC")
    .replace(INVISIBLES, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[®™©]/g, " ")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim(),
);

// Callers must not mutate the returned array (it is shared through the memo).
export const words = memoize((text: string): readonly string[] => {
  const normal = normalizeText(text);
  return normal === "" ? [] : normal.split(" ");
}) as (text: string) => readonly string[];

// Legal-form words, each with the family of entity it denotes: "Acme GmbH", "Acme Ltd" and "Acme, Inc."
// are three legal entities, while "Inc" and "Incorporated" are one form written two ways.
const LEGAL_FORM_FAMILY: Record<string, string> = {
  inc: "us-corp",
  incorporated: "us-corp",
  corp: "us-corp",
  corporation: "us-corp",
  co: "",
  company: "",
  llc: "llc",
  llp: "llp",
  lp: "lp",
  ltd: "ltd",
  limited: "ltd",
  plc: "plc",
  pbc: "pbc",
  gmbh: "gmbh",
  ag: "ag",
  sa: "sa",
  sas: "sas",
  sarl: "sarl",
  srl: "srl",
  spa: "spa",
  bv: "bv",
  nv: "nv",
  pty: "",
  as: "as",
  ab: "ab",
  oy: "oy",
  kk: "kk",
  株式会社: "kk",
  有限会社: "yk",
  ооо: "ooo",
  ао: "ao",
  the: "",
};
const LEGAL_FORMS = new Set(Object.keys(LEGAL_FORM_FAMILY));

/** The legal-form families a name carries ("Acme Pty Ltd" -> {ltd}); empty when it names none. */
export const legalForms = memoize((name: string): ReadonlySet<string> => {
  const families = new Set<string>();
  for (const word of words(name)) {
    const family = LEGAL_FORM_FAMILY[word];
    if (family) families.add(family);
  }
  return families;
});

/** Two names can be one legal entity only if they do not state different legal forms. */
export function legalFormsCompatible(a: string, b: string): boolean {
  const formsA = legalForms(a);
  const formsB = legalForms(b);
  if (formsA.size === 0 || formsB.size === 0) return true;
  for (const form of formsA) if (formsB.has(form)) return true;
  return false;
}

// "Private Limited" (India, Singapore...) is one legal form, printed "Pvt. Ltd." as often as not:
// "private" / "pvt" is part of the form only right before "limited" / "ltd".
const PRIVATE = new Set(["private", "pvt", "pte", "prv"]);
const LIMITED = new Set(["limited", "ltd"]);

/** Legal-entity key: legal forms and spacing removed ("AXISPHERE MEDIA WORX LLP" = "Axisphere Mediaworx"). */
export const entityKey = memoize((name: string): string => {
  const all = words(name);
  return all
    .filter((word, i) => !LEGAL_FORMS.has(word) && !(PRIVATE.has(word) && LIMITED.has(all[i + 1] ?? "")))
    .join("");
});

// Brand abbreviations that real sub-processor lists and SOC reports use interchangeably.
const ORG_ALIASES: Record<string, string> = {
  aws: "amazonwebservices",
  amazonaws: "amazonwebservices",
  gcp: "googlecloudplatform",
  googlecloud: "googlecloudplatform",
  azure: "microsoftazure",
  msazure: "microsoftazure",
};

function canonicalOrg(key: string): string {
  return ORG_ALIASES[key] ?? key;
}

/** Every key an organisation name can be known by: the name, its bracketed alias, its d/b/a name. */
export const orgKeys = memoize((name: string): ReadonlySet<string> => {
  const keys = new Set<string>();
  const add = (part: string) => {
    const key = entityKey(part);
    if (key !== "") keys.add(canonicalOrg(key));
  };
  const bracketed = [...name.matchAll(/\(([^)]*)\)/g)].map((match) => match[1] ?? "");
  const outside = name.replace(/\([^)]*\)/g, " ");
  for (const part of outside.split(/\b(?:d\/b\/a|dba|trading as|t\/a)\b/i)) add(part);
  for (const part of bracketed) add(part);
  return keys;
});

export function orgNamesMatch(a: string, b: string): boolean {
  if (!legalFormsCompatible(a, b)) return false;
  const keysA = orgKeys(a);
  for (const key of orgKeys(b)) if (keysA.has(key)) return true;
  return false;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Does a scope text mention a name? Word sequence match, or, for names of six letters or more,
 * a match with spaces removed (extracted text loses spaces: "RapidReconciler" vs "Rapid Reconciler").
 */
export function textMentions(scopeText: string, name: string): boolean {
  if (containsSequence(words(scopeText), words(name))) return true;
  const compactName = compactWords(name);
  return compactName.length >= 6 && compactWords(scopeText).includes(compactName);
}

/** The words with spaces removed ("Rapid Reconciler" -> "rapidreconciler"). */
const compactWords = memoize((text: string): string => words(text).join(""));
