// Sub-processor registers kept as data files (a site's YAML or JSON data that a page renders): one record per entry,
// read by what its keys mean, the way a table is read by its headers.
import { squash } from "./normalize";
import { NAME_COL, type Subprocessor } from "./subprocessor-cells";
import { htmlToText } from "./text-formats";
import { searchAll, type TextIndex } from "./text-index";
import { CHANGE_SECTION, yamlAncestors } from "./data-file-sections";

const NAME_KEY = /^(?:name|legal_?name|entity|vendor|provider|company|sub_?processor|processor)$/i;
/** Most specific first (see subprocessor-cells.ts); a record's "role" says processor or controller, never a purpose. */
const PURPOSE_KEYS = [/^purpose/i, /purpose|description|reason|activit|function|nature|^uses?$/i, /service/i];
const LOCATION_KEYS = [
  /process\w*_?(?:location|region|country)|(?:location|region|country)_?of_?process|data_?location/i,
  /location|country|region|jurisdiction/i,
];

function pick(record: Record<string, string>, patterns: RegExp[]): string | null {
  for (const re of patterns) {
    const key = Object.keys(record).find((k) => re.test(k) && record[k]);
    if (key) return record[key]!;
  }
  return null;
}

/**
 * A value as text. HTML in a data value (a page template renders it) is read like a page, and its first block is
 * the value: "<div>USA</div><div>Location of the sub-sub processors can be found at ...</div>" is USA plus a note.
 */
function valueText(raw: string): string {
  if (!/<[a-z][^>]*>/i.test(raw)) return squash(raw);
  const lines = htmlToText(raw)
    .split("\n")
    .map((l) => squash(l))
    .filter(Boolean);
  return lines[0] ?? "";
}

/** One entry from its fields, or null when it names no one or is an independent controller listed for transparency. */
export function rowFromRecord(record: Record<string, string>): Subprocessor | null {
  const nameKey = Object.keys(record).find((k) => NAME_KEY.test(k) && record[k]);
  if (!nameKey) return null;
  if (/^\s*independent/i.test(record.role ?? "")) return null;
  const purpose = pick(record, PURPOSE_KEYS);
  const location = pick(record, LOCATION_KEYS);
  return {
    name: valueText(record[nameKey]!),
    purpose: purpose ? valueText(purpose) || null : null,
    location: location ? valueText(location) || null : null,
  };
}

/**
 * A register whose records carry a role ("processor", "sub-processor") may list other parties beside them (a
 * "vendor" no customer data reaches, a "controller"): when some records are processors, a record with another
 * role is not an entry.
 */
function processorsOnly<T extends Record<string, unknown>>(records: T[]): T[] {
  const role = (r: T) => (typeof r.role === "string" ? r.role : "");
  const isProcessor = (r: T) => /^\s*(?:sub-?\s*)?processor\b/i.test(role(r));
  if (!records.some(isProcessor)) return records;
  return records.filter((r) => !role(r).trim() || isProcessor(r));
}

const unquote = (v: string) => v.trim().replace(/^["']|["']$/g, "");

/**
 * "- name: X" blocks of YAML (or another name key: "- company: X", "- vendor: X"): each block's own keys (the least
 * indented ones under the dash). Blocks nested under a change log or a history ("changelog:", "removed:") are changes,
 * not entries.
 */
export function fromYaml(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const blocks = searchAll(
    index,
    /^(\s*)-\s*(name|legal_?name|entity|vendor|provider|company|sub_?processor|processor):\s*([^\n]+)((?:\n\s{2,}[\w$-]+:[^\n]*)*)/gm,
  ).filter((b) => !yamlAncestors(index.text, b.index + b[0].indexOf("-")).some((k) => CHANGE_SECTION.test(k)));
  if (blocks.length === 0) return null;
  const records = blocks.map((b) => {
    const record: Record<string, string> = { [b[2]!]: unquote(b[3]!) };
    const body = [...(b[4] ?? "").matchAll(/\n(\s+)([\w$-]+):[ \t]*([^\n]*)/g)];
    const indent = Math.min(...body.map((m) => m[1]!.length));
    for (const m of body) if (m[1]!.length === indent && !(m[2]! in record)) record[m[2]!] = unquote(m[3]!);
    return record;
  });
  const rows: Subprocessor[] = [];
  for (const record of processorsOnly(records)) {
    const row = rowFromRecord(record);
    if (row) rows.push(row);
  }
  return rows.length ? { rows, offset: blocks[0]!.index } : null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A key holding the entity a record is about, as an object of its own: {"entity": {"legalName": …, "country": …}}. */
const ENTITY_KEY = /^(?:entity|vendor|provider|company|organi[sz]ation|sub_?processor|processor|party)$/i;

/**
 * A record's fields as text: its own strings, a list of strings joined ("dataLocations": ["Germany", "Finland"]),
 * and the strings of the entity object it names (entity.legalName, entity.country) where its own fields lack them.
 * Other nested objects are other facts (data types, evidence).
 */
function flatRecord(r: Record<string, Json>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(r)) {
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string")) out[k] = v.join(", ");
  }
  for (const [k, v] of Object.entries(r)) {
    if (!ENTITY_KEY.test(k) || !v || typeof v !== "object" || Array.isArray(v)) continue;
    for (const [ek, ev] of Object.entries(v)) if (typeof ev === "string" && !(ek in out)) out[ek] = ev;
  }
  return out;
}

/**
 * An object whose values are records keyed by the provider's name: two or more, nearly all of them objects that give
 * a purpose or a place and no name of their own. Each becomes a record named by its key.
 */
function keyedRecords(data: { [k: string]: Json }): Record<string, Json>[] | null {
  const entries = Object.entries(data);
  const records = entries.filter(
    (e): e is [string, { [k: string]: Json }] => !!e[1] && typeof e[1] === "object" && !Array.isArray(e[1]),
  );
  const described = records.filter(([, v]) => {
    const keys = Object.keys(flatRecord(v));
    return (
      !keys.some((k) => NAME_KEY.test(k)) &&
      keys.some((k) => [...PURPOSE_KEYS, ...LOCATION_KEYS].some((re) => re.test(k)))
    );
  });
  if (described.length < 2 || described.length < 0.8 * entries.length) return null;
  return described.map(([name, v]) => ({ name, ...v }));
}

/** The first array of records (at the top or a few keys down) whose records mostly name someone. */
function recordArray(data: Json, depth = 0): Record<string, Json>[] | null {
  if (depth > 3 || data === null || typeof data !== "object") return null;
  if (Array.isArray(data)) {
    const records = data.filter((d): d is Record<string, Json> => !!d && typeof d === "object" && !Array.isArray(d));
    const named = records.filter((r) => Object.keys(flatRecord(r)).some((k) => NAME_KEY.test(k)));
    if (records.length > 0 && named.length * 2 >= data.length) return records;
    return null;
  }
  // Records kept as an object keyed by each provider's name: {"Acme Cloud Ltd": {"service": …, "regions": […]}}.
  const keyed = keyedRecords(data);
  if (keyed) return keyed;
  // A key that says what the list is ("subprocessors") is looked in first.
  const keys = Object.keys(data).sort((a, b) => Number(NAME_COL.test(b)) - Number(NAME_COL.test(a)));
  for (const k of keys) {
    const found = recordArray(data[k]!, depth + 1);
    if (found) return found;
  }
  return null;
}

/** A JSON register: its records' string fields (nested objects are other facts: data types, evidence). */
export function fromJsonData(index: TextIndex): { rows: Subprocessor[]; offset: number } | null {
  const records = recordArray((index.doc.data ?? null) as Json);
  if (!records) return null;
  const rows = processorsOnly(records)
    .map((r) => rowFromRecord(flatRecord(r)))
    .filter((r): r is Subprocessor => r !== null);
  if (rows.length === 0) return null;
  const at = index.text.indexOf(rows[0]!.name);
  return { rows, offset: Math.max(0, at) };
}
