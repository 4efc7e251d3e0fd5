// Where a record sits in a YAML or JSON register: the keys it is nested under. A register may keep, beside its list of
// sub-processors, a change log or a history of earlier versions whose records name providers too ("changelog:" with
// "- company: X / action: removed"); those records are changes, not current entries.
import { LEGAL_FORM } from "./legal-forms";

/** A key that opens a record of changes or of earlier versions, not the current list. */
export const CHANGE_SECTION = /change|history|log$|removed|previous|former|archive|deprecated|retired|versions/i;

/** The keys the YAML line holding `offset` is nested under, innermost first ("vendors", "categories"). */
export function yamlAncestors(text: string, offset: number): string[] {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(0, lineStart).split("\n");
  let indent = /^[ \t]*/.exec(text.slice(lineStart))![0].length;
  const keys: string[] = [];
  for (let i = before.length - 1; i >= 0 && indent > 0; i--) {
    const line = before[i]!;
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const own = /^\s*/.exec(line)![0].length;
    if (own >= indent) continue;
    const key = /^\s*(?:-\s+)?([\w$-]+):/.exec(line);
    if (key) keys.push(key[1]!);
    indent = own;
  }
  return keys;
}

/** Keys that hold the register's owner when they are outside its records. */
const OWNER_KEY =
  /^(?:owner|company|organi[sz]ation|publisher|operator|controller|legal_?(?:name|entity)|\w*_entity|entity)$/i;
const LEGAL_NAME = new RegExp(`^[A-Z][\\w&.,' -]{1,60}?\\s${LEGAL_FORM}$`);
/** The key of an owner object that holds its name ("name", "legalName", "company_name"). */
const OWNER_NAME_KEY = /^(?:name|legal_?name|company_?name|registered_?name|display_?name|full_?name)$/i;

/**
 * The owner a YAML register names under a key of its own, outside its list ("meta:" / "  company: Acme B.V."): a
 * key at the top or one level down, not inside a list item, whose value is a legal name.
 */
export function yamlOwner(text: string): { name: string; at: number } | null {
  for (const m of text.matchAll(/^( {0,2})([\w$-]+):[ \t]*["']?([^\n"']+?)["']?[ \t]*$/gm)) {
    if (!OWNER_KEY.test(m[2]!) || !LEGAL_NAME.test(m[3]!)) continue;
    return { name: m[3]!, at: m.index + m[0].indexOf(m[3]!) };
  }
  // An owner key over its own keys: "organisation:" then "  name: Acme B.V.".
  for (const m of text.matchAll(
    /^( {0,2})([\w$-]+):[ \t]*\n(?:\1[ \t]+[\w$-]+:[^\n]*\n)*?\1[ \t]+([\w$-]+):[ \t]*["']?([^\n"']+?)["']?[ \t]*$/gm,
  )) {
    if (!OWNER_KEY.test(m[2]!) || !OWNER_NAME_KEY.test(m[3]!) || !LEGAL_NAME.test(m[4]!)) continue;
    return { name: m[4]!, at: m.index + m[0].lastIndexOf(m[4]!) };
  }
  return null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The owner a JSON register names outside its list ({"publisher": {"legalName": "Acme GmbH"}}), two levels down. */
export function jsonOwner(data: unknown, depth = 0): string | null {
  if (depth > 2 || !data || typeof data !== "object" || Array.isArray(data)) return null;
  const record = data as { [k: string]: Json };
  for (const [k, v] of Object.entries(record))
    if (typeof v === "string" && OWNER_KEY.test(k) && LEGAL_NAME.test(v.trim())) return v.trim();
  // An owner key holding an object: {"organisation": {"name": "Acme B.V.", "website": …}}.
  for (const [k, v] of Object.entries(record)) {
    if (!OWNER_KEY.test(k) || !v || typeof v !== "object" || Array.isArray(v)) continue;
    for (const [nk, nv] of Object.entries(v))
      if (typeof nv === "string" && OWNER_NAME_KEY.test(nk) && LEGAL_NAME.test(nv.trim())) return nv.trim();
  }
  for (const [k, v] of Object.entries(record)) {
    if (CHANGE_SECTION.test(k)) continue;
    const found = jsonOwner(v, depth + 1);
    if (found) return found;
  }
  return null;
}

const DATE_KEY =
  /^(?:last_?updated|updated(?:_?(?:at|on|date))?|effective(?:_?(?:date|from|on))?|date|last_?modified|modified|revised|published|lastmod|as_?of|(?:last_?)?reviewed(?:_?(?:at|on))?|review_?date|last_?review|version_?date|valid_?from|date_?(?:updated|modified|published|reviewed))$/i;

/**
 * The date a JSON register gives itself under a date key outside its records ({"document": {"effectiveDate": …}}),
 * two levels down at most; a history or change log's dates are its earlier versions'.
 */
export function jsonDateValue(data: unknown, depth = 0): string | null {
  if (depth > 2 || !data || typeof data !== "object" || Array.isArray(data)) return null;
  const record = data as { [k: string]: Json };
  for (const [k, v] of Object.entries(record))
    if (typeof v === "string" && DATE_KEY.test(k) && /\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(v)) return v;
  for (const [k, v] of Object.entries(record)) {
    if (CHANGE_SECTION.test(k)) continue;
    const found = jsonDateValue(v, depth + 1);
    if (found) return found;
  }
  return null;
}
