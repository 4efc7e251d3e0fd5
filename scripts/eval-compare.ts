// Field-by-field comparison of an extraction with a hand-checked expected.json (dev corpus evaluation).
import type { DocKind, ExtractionSuccess } from "../lib/extraction/types";

export const FIELD_STATUSES = ["correct", "correct_null", "withheld", "missed", "wrong", "fabricated", "n/a"] as const;
export type FieldStatus = (typeof FIELD_STATUSES)[number];
export type FieldScore = { field: string; status: FieldStatus; extracted: unknown; expected: unknown };

type Comparator =
  | "scope_excerpt"
  | "text"
  | "name"
  | "date"
  | "exact"
  | "set"
  | "number"
  | "bool"
  | "services"
  | "subservices"
  | "scope"
  | "sites"
  | "soa"
  | "cuec_items"
  | "exceptions"
  | "flags"
  | "sp_names"
  | "sp_purposes"
  | "sp_locations";
/** `source` = the fact key holding the value when it differs from the reported field name. */
type Spec = { field: string; expected: string[]; compare: Comparator; source?: string };

const SOC: Spec[] = [
  { field: "service_organization", expected: ["service_organization"], compare: "text" },
  { field: "system_name", expected: ["system_name"], compare: "name" },
  { field: "soc2_type", expected: ["soc2_type"], compare: "exact" },
  { field: "period_start", expected: ["period_start"], compare: "date" },
  { field: "period_end", expected: ["period_end"], compare: "date" },
  { field: "report_date", expected: ["report_date"], compare: "date" },
  { field: "auditor.name", expected: ["auditor.name"], compare: "text" },
  { field: "auditor.location", expected: ["auditor.location"], compare: "text" },
  { field: "opinion", expected: ["opinion"], compare: "text" },
  { field: "trust_services_categories", expected: ["trust_services_categories"], compare: "set" },
  { field: "in_scope.services", expected: ["in_scope.services"], compare: "services" },
  { field: "in_scope.locations", expected: ["in_scope.locations"], compare: "set" },
  { field: "subservice_organizations", expected: ["subservice_organizations"], compare: "subservices" },
  { field: "subservice_method", expected: ["subservice_method"], compare: "exact" },
  { field: "csocs.present", expected: ["csocs.present"], compare: "bool" },
  { field: "cuecs.count", expected: ["cuecs.count"], compare: "number" },
  { field: "cuecs.items", expected: ["cuecs.items", "cuecs.first"], compare: "cuec_items" },
  { field: "control_tests.exceptions_count", expected: ["control_tests.exceptions_count"], compare: "number" },
  { field: "control_tests.exceptions", expected: ["control_tests.exceptions"], compare: "exceptions" },
  { field: "significant_changes", expected: ["significant_changes"], compare: "text" },
  { field: "incidents", expected: ["incidents"], compare: "text" },
];
const BRIDGE: Spec[] = [
  { field: "letter_date", expected: ["letter_date", "letter_date_as_printed"], compare: "date" },
  {
    field: "no_material_change_as_of",
    expected: ["no_material_change_as_of", "no_material_change_as_of_as_printed"],
    compare: "date",
  },
  { field: "signatory", expected: ["signatory"], compare: "text" },
  { field: "issuer", expected: ["issuer"], compare: "text" },
  { field: "referenced_report.auditor", expected: ["referenced_report.auditor"], compare: "text" },
  { field: "referenced_report.period_start", expected: ["referenced_report.period_start"], compare: "date" },
  { field: "referenced_report.period_end", expected: ["referenced_report.period_end"], compare: "date" },
  {
    field: "referenced_report.report_or_opinion_date",
    expected: ["referenced_report.report_or_opinion_date"],
    compare: "date",
  },
  { field: "bridge_covers_from", expected: ["bridge_covers_from"], compare: "date" },
  {
    field: "bridge_covers_through",
    expected: ["bridge_covers_through", "bridge_covers_through_as_printed"],
    compare: "date",
  },
  { field: "material_changes_disclosed", expected: ["material_changes_disclosed"], compare: "text" },
];
const CERT: Spec[] = [
  { field: "certificate_holder", expected: ["certificate_holder"], compare: "text" },
  { field: "standard", expected: ["standard"], compare: "exact" },
  { field: "standard_version", expected: ["standard_version"], compare: "exact" },
  { field: "certificate_number", expected: ["certificate_number"], compare: "exact" },
  { field: "certification_body", expected: ["certification_body"], compare: "text" },
  { field: "accreditation_body", expected: ["accreditation_body"], compare: "text" },
  { field: "issue_date", expected: ["issue_date"], compare: "date" },
  { field: "original_certification_date", expected: ["original_certification_date"], compare: "date" },
  { field: "expiry_date", expected: ["expiry_date"], compare: "date" },
  { field: "surveillance_due", expected: ["surveillance_due"], compare: "set" },
  { field: "scope_statement", expected: ["scope_statement", "scope_statement_excerpt"], compare: "scope" },
  { field: "sites", expected: ["sites"], compare: "sites" },
  { field: "soa_reference", expected: ["soa_reference"], compare: "soa" },
];
const SUBPROCESSORS: Spec[] = [
  { field: "vendor", expected: ["vendor"], compare: "text" },
  { field: "last_updated", expected: ["last_updated"], compare: "date" },
  { field: "subprocessors", expected: ["subprocessors"], compare: "sp_names" },
  { field: "subprocessors.purpose", expected: ["subprocessors"], compare: "sp_purposes", source: "subprocessors" },
  { field: "subprocessors.location", expected: ["subprocessors"], compare: "sp_locations", source: "subprocessors" },
];
const CLAIMS: Spec[] = [
  { field: "certification_body", expected: ["certification_body"], compare: "text" },
  { field: "standard_version", expected: ["standard_version"], compare: "exact" },
  { field: "issue_date", expected: ["issue_date"], compare: "date" },
  { field: "expiry_date", expected: ["expiry_date"], compare: "date" },
];
const FLAGS: Spec[] = [
  { field: "consistency_flags", expected: ["consistency_flags"], compare: "flags" },
  { field: "authenticity_flags", expected: ["authenticity_flags"], compare: "flags" },
];

export function specsFor(kind: DocKind): Spec[] {
  const byKind: Partial<Record<DocKind, Spec[]>> = {
    soc1_report: SOC,
    soc2_report: SOC,
    soc3_report: SOC,
    bridge_letter: BRIDGE,
    iso_certificate: CERT,
    other_certificate: CERT,
    claims_page: CLAIMS,
    subprocessor_list: SUBPROCESSORS,
  };
  return [...(byKind[kind] ?? []), ...FLAGS];
}

/** Expected doc_kind strings carry notes ("soc3_report (vendor web page ...)", "vendor_certification_claims_page"). */
export function expectedKind(raw: unknown): string {
  const s = String(raw ?? "");
  if (/claims/.test(s)) return "claims_page";
  return /^[a-z0-9_]+/.exec(s)?.[0] ?? "";
}

export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Case, accents and punctuation do not change a value: "Çankaya" read as "Cankaya" (OCR, or an ASCII copy) is the same
 * place. Letters of every script are kept, so two names in Cyrillic or Japanese are not both reduced to nothing.
 */
export function normText(s: unknown): string {
  return String(s ?? "")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(/[®™©]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function withoutNotes(s: unknown): string {
  return String(s ?? "")
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/\s*-\s*title.*$/i, "");
}

function contains(hay: string, needle: string): boolean {
  return needle.length >= 2 && ` ${hay} `.includes(` ${needle} `);
}

// A legal form alone ("Inc.") names no one, though the expected name contains it.
const ONLY_LEGAL_FORM = /^(?:(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|ag|sa|bv|llp|lp|pvt|private)\s*)+$/;

export function sameText(extracted: unknown, expected: unknown): boolean {
  const a = normText(extracted);
  const full = normText(expected);
  const core = normText(withoutNotes(expected));
  if (!a || (ONLY_LEGAL_FORM.test(a) && a !== core)) return false;
  return a === core || a === full || contains(a, core) || contains(core, a) || contains(full, a);
}

const GENERIC = /\b(systems?|platform|services?|applications?)\b/g;
function nameKey(s: unknown): string {
  return normText(s).replace(GENERIC, " ").replace(/\s+/g, " ").trim();
}

function tokens(s: string): Set<string> {
  return new Set(
    normText(s)
      .split(" ")
      .filter((t) => t.length > 1),
  );
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === null || v === undefined ? [] : [v];
}

/**
 * The result cell's marker ("Exception noted.", "Deviation noted.", "Deviation:", "Exception noted –") says that there is a deviation, not
 * what it is: some answer files keep it in the deviation text and some do not, so it is not compared.
 */
export function withoutResultMarker(deviation: unknown): string {
  return String(deviation ?? "").replace(/^\s*(?:exceptions?|deviations?)(?:\s+noted)?\s*(?:[.:]|[–—-](?=\s))\s*/i, "");
}

function matches(compare: Comparator, x: unknown, e: unknown, expectedDoc: unknown): boolean {
  switch (compare) {
    case "text":
      return sameText(x, e);
    case "name":
      return nameKey(x) === nameKey(withoutNotes(e)) || contains(nameKey(e), nameKey(x));
    case "date":
    case "exact":
      return normText(x) === normText(e);
    case "number":
      return Number(x) === Number(e);
    case "bool":
      return Boolean(x) === Boolean(e);
    case "set": {
      // A note in parentheses ("Tampa, Florida (primary site)") is the answer file's, not the document's value.
      const xs = asArray(x)
        .map((v) => normText(withoutNotes(v)))
        .sort();
      const es = asArray(e)
        .map((v) => normText(withoutNotes(v)))
        .sort();
      return xs.length === es.length && xs.every((v, i) => v === es[i]);
    }
    case "services": {
      // An expected service reads "<Name> (description)" or "<Name> - description": compare the names.
      const xs = asArray(x).map(nameKey);
      const es = asArray(e).map((s) => nameKey(String(s).split(/\s+\(|\s+-\s+/)[0]));
      return xs.length === es.length && es.every((n) => xs.includes(n));
    }
    case "subservices": {
      const xs = asArray(x) as { name: string; method: string | null }[];
      const es = asArray(e) as { name: string; method?: string }[];
      if (xs.length !== es.length) return false;
      return es.every((s) => xs.some((t) => sameText(t.name, s.name) && (!s.method || t.method === s.method)));
    }
    case "scope": {
      const xt = tokens(String(x));
      const et = tokens(String(e));
      const recall = [...et].filter((t) => xt.has(t)).length / Math.max(1, et.size);
      const precision = [...xt].filter((t) => et.has(t)).length / Math.max(1, xt.size);
      return recall >= 0.9 && precision >= 0.8;
    }
    case "scope_excerpt": {
      const xt = tokens(String(x));
      const et = tokens(String(e));
      return [...et].filter((t) => xt.has(t)).length / Math.max(1, et.size) >= 0.9;
    }
    case "sites": {
      const xs = asArray(x).map((s) =>
        tokens(typeof s === "string" ? s : String((s as { location: string }).location)),
      );
      const es = asArray(e).map((s) =>
        tokens(withoutNotes(typeof s === "string" ? s : (s as { location: string }).location)),
      );
      return xs.length === es.length && es.every((et) => xs.some((xt) => [...et].every((t) => xt.has(t))));
    }
    case "soa": {
      if (typeof e === "string") {
        // Some answer files give the SOA reference as printed text: the date and version read must both appear in
        // it, and a date must be read when the text has one.
        const xo = (x ?? {}) as { version?: string | null; date?: string | null };
        const printedDate = /\d{4}-\d{2}-\d{2}/.test(e);
        return (
          Boolean(xo.date || xo.version) &&
          (xo.date ? e.includes(xo.date) : !printedDate) &&
          (!xo.version || normText(e).includes(normText(xo.version)))
        );
      }
      const xo = (x ?? {}) as { version?: string | null; date?: string | null };
      const eo = (e ?? {}) as { version?: string | null; date?: string | null };
      return (xo.date ?? null) === (eo.date ?? null) && normText(xo.version) === normText(eo.version);
    }
    case "cuec_items": {
      const xs = asArray(x) as { text: string }[];
      const prefix = (s: string) => normText(s).slice(0, 60);
      // "cuecs.first"/"cuecs.last" are either the item's text or an item object { text, criteria }.
      const itemText = (v: unknown) =>
        v && typeof v === "object" ? String((v as { text?: unknown }).text ?? "") : String(v ?? "");
      const es = Array.isArray(e)
        ? (e as { text: string }[]).map((i) => i.text)
        : [itemText(e), itemText(getPath(expectedDoc, "cuecs.last"))].filter(Boolean);
      if (!Array.isArray(e))
        return (
          xs.length > 0 &&
          prefix(xs[0]!.text) === prefix(es[0]!) &&
          (!es[1] || prefix(xs.at(-1)!.text) === prefix(es[1]))
        );
      return xs.length === es.length && es.every((t) => xs.some((i) => prefix(i.text) === prefix(t)));
    }
    case "exceptions": {
      const xs = asArray(x) as {
        criteria: string[];
        deviation: string;
        sample: { exceptions: number; sample_size: number } | null;
      }[];
      const es = asArray(e) as {
        criteria: string[];
        deviation: string;
        sample?: { exceptions: number; sample_size: number };
      }[];
      if (xs.length !== es.length) return false;
      return es.every((ex) =>
        xs.some(
          (t) =>
            normText(withoutResultMarker(t.deviation)) === normText(withoutResultMarker(ex.deviation)) &&
            [...t.criteria].sort().join() === [...ex.criteria].sort().join() &&
            (!ex.sample ||
              (t.sample?.exceptions === ex.sample.exceptions && t.sample?.sample_size === ex.sample.sample_size)),
        ),
      );
    }
    case "sp_names": {
      const xs = asArray(x) as { name: string }[];
      const es = asArray(e) as { name: string }[];
      return xs.length === es.length && es.every((s, i) => normText(xs[i]?.name) === normText(s.name));
    }
    case "sp_purposes": {
      const xs = asArray(x) as { purpose: string | null }[];
      const es = asArray(e) as { purpose?: string | null }[];
      return xs.length === es.length && es.every((s, i) => normText(xs[i]?.purpose) === normText(s.purpose));
    }
    case "sp_locations": {
      const xs = asArray(x) as { location: string | null }[];
      const es = asArray(e) as { location?: string | null; processing_locations?: string[] }[];
      const loc = (s: { location?: string | null; processing_locations?: string[] }) =>
        s.processing_locations ? s.processing_locations.join(", ") : (s.location ?? null);
      return xs.length === es.length && es.every((s, i) => normText(xs[i]?.location) === normText(loc(s)));
    }
    case "flags":
      return asArray(x).length > 0 === asArray(e).length > 0;
  }
}

/** `false` for a "present" flag says the same as an expected null section ("csocs": null). */
function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === false || (Array.isArray(v) && v.length === 0);
}

/** Whether the expected file says this field exists only in page images. */
function expectedNotInTextLayer(expected: Record<string, unknown>, field: string): boolean {
  if (/^none/i.test(String(expected.text_layer ?? ""))) return true;
  const parts = field.split(".");
  const candidates = [`${field}_in_text_layer`, `${parts[0]!.split("_")[0]}_in_text_layer`];
  return candidates.some((c) => getPath(expected, c) === false);
}

/** The answer file's note on this field (or its parent object) says the value is only in an image. */
function imageOnlyNote(expected: Record<string, unknown>, field: string): boolean {
  const parent = field.includes(".") ? field.slice(0, field.lastIndexOf(".")) : field;
  const note = getPath(expected, `${parent}.note`);
  return typeof note === "string" && /\b(image|OCR)\b/i.test(note);
}

export function scoreDocument(result: ExtractionSuccess, expected: Record<string, unknown>): FieldScore[] {
  const scores: FieldScore[] = [];
  const kind = expectedKind(expected.doc_kind) as DocKind;
  for (const spec of specsFor(kind)) {
    const fact =
      spec.compare === "flags"
        ? { value: result[spec.field as "consistency_flags" | "authenticity_flags"] }
        : result.facts[spec.source ?? spec.field];
    const extracted = fact?.value ?? null;
    const path = spec.expected.find((p) => getPath(expected, p) !== undefined);
    const exp = path === undefined ? undefined : getPath(expected, path);
    // A value OCR read from the page image is scored like any other: the answer file's "only in the image" note says
    // why a text-layer reader must return null, not that the value is unknown.
    const fromOcr = (fact as { source?: string } | undefined)?.source === "ocr";
    const withheldExpected = !fromOcr && expectedNotInTextLayer(expected, spec.field);
    let status: FieldStatus;
    if (spec.compare === "flags") {
      status =
        exp === undefined
          ? "n/a"
          : matches("flags", extracted, exp, expected)
            ? "correct"
            : asArray(exp).length
              ? "missed"
              : "fabricated";
    } else if (withheldExpected && !isBlank(exp)) {
      status = isBlank(extracted)
        ? result.not_in_text_layer.includes(spec.field) || result.not_in_text_layer.includes("*")
          ? "withheld"
          : "missed"
        : "fabricated";
    } else if (isBlank(exp) && fromOcr && imageOnlyNote(expected, spec.field)) {
      // The answer file left it null because it is only in an image ("needs OCR"): not a fabrication, not scored.
      status = "n/a";
    } else if (isBlank(exp)) {
      const explicitNull = path !== undefined;
      status = isBlank(extracted) ? (explicitNull ? "correct_null" : "n/a") : "fabricated";
    } else if (isBlank(extracted)) {
      status = "missed";
    } else {
      // An "_excerpt" answer holds only part of the value: the extraction must contain it.
      const compare = spec.compare === "scope" && path?.endsWith("_excerpt") ? "scope_excerpt" : spec.compare;
      status = matches(compare, extracted, exp, expected) ? "correct" : "wrong";
    }
    scores.push({ field: spec.field, status, extracted, expected: exp });
  }
  return scores;
}
