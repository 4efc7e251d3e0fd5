// Names of companies, services and places arrive in many forms ("Amazon Web Services, Inc.", "AWS",
// "Microsoft (Azure)"): everything here reduces them to comparable keys.

import { memoize } from "./memo";

const INVISIBLES = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Lowercase words: NFKC, no marks, no punctuation, single spaces. */
export const normalizeText = memoize((text: string): string =>
  text
    .normalize("NFKC")
    .replace(INVISIBLES, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[®™©]/g, " ")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim(),
);

// Callers must not mutate the returned array (it is shared through the memo).
export const words = memoize((text: string): readonly string[] => {
  const normal = normalizeText(text);
  return normal === "" ? [] : normal.split(" ");
}) as (text: string) => readonly string[];

const LEGAL_FORMS = new Set([
  "inc",
  "incorporated",
  "llc",
  "llp",
  "lp",
  "ltd",
  "limited",
  "corp",
  "corporation",
  "co",
  "company",
  "plc",
  "pbc",
  "gmbh",
  "ag",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "pty",
  "as",
  "ab",
  "oy",
  "kk",
  "the",
]);

/** Legal-entity key: legal forms and spacing removed ("AXISPHERE MEDIA WORX LLP" = "Axisphere Mediaworx"). */
export const entityKey = memoize((name: string): string =>
  words(name)
    .filter((word) => !LEGAL_FORMS.has(word))
    .join(""),
);

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
  const nameWords = words(name);
  if (containsSequence(words(scopeText), nameWords)) return true;
  const compactName = nameWords.join("");
  return compactName.length >= 6 && words(scopeText).join("").includes(compactName);
}
