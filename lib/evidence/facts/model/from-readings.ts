// The one adapter from fact keys of the older shapes (the extractor's dotted paths such as
// "auditor.name", which are also the field names of the corpus *.expected.json answer files) to the
// typed facts. The extractor's rules still read text into those keys; this is where they become the
// schema's fields. Tolerant by design: an absent or malformed reading becomes null, which the checks
// report as "could not verify", never as a pass.
import { isIsoDate } from "@/lib/scoring/dates";
import type { Cited, CitedItem, FactSource } from "./field-spec";
import { emptyFacts } from "./empty";
import type { FactKind } from "./kinds";
import type { DocumentFacts, DocumentFlag } from "./types";

type Json = Record<string, unknown>;
/** Where a reading was found; `source` is "ocr" when the extractor read it from a page image. */
type Citation = { page: number | null; quote: string | null; confidence: number; source: FactSource };

/** Readings by dotted path, from a flat map or a nested object. */
export type Readings = {
  get(path: string): unknown;
  isGroup(path: string): boolean;
  /** Where the first reading under this top-level key was found (null when nowhere is known). */
  cite(top: string): Citation | null;
  source: FactSource;
};

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The extractor's flat readings: `{ "auditor.name": { value, page, quote, confidence } }`. */
export function flatReadings(
  facts: Record<string, { value?: unknown; page?: unknown; quote?: unknown; confidence?: unknown; source?: unknown }>,
): Readings {
  const keys = Object.keys(facts);
  return {
    get: (path) => facts[path]?.value,
    isGroup: (path) => keys.some((k) => k.startsWith(`${path}.`)),
    cite: (top) => {
      for (const key of keys) {
        if (key !== top && !key.startsWith(`${top}.`)) continue;
        const f = facts[key]!;
        if ((f.page === null || f.page === undefined) && !f.quote) continue;
        const page = typeof f.page === "number" && Number.isInteger(f.page) && f.page > 0 ? f.page : null;
        const confidence = typeof f.confidence === "number" ? Math.min(1, Math.max(0, f.confidence)) : 0;
        return { page, quote: str(f.quote), confidence, source: f.source === "ocr" ? "ocr" : "text" };
      }
      return null;
    },
    source: "text",
  };
}

/** A hand-checked answer file (corpus *.expected.json): nested values, no citations. */
export function nestedReadings(json: Json): Readings {
  const walk = (path: string): unknown =>
    path.split(".").reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), json);
  return { get: walk, isGroup: (path) => isObject(walk(path)), cite: () => null, source: "analyst" };
}

/** An item's own citation (extraction gives each list item its page and quote), when it has one. */
function ownCitation(item: unknown): { page: number; quote: string } | null {
  if (!isObject(item)) return null;
  const page = typeof item.page === "number" && Number.isInteger(item.page) && item.page > 0 ? item.page : null;
  const quote = str(item.quote);
  return page !== null && quote ? { page, quote } : null;
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function date(value: unknown): string | null {
  const text = str(value);
  return text && isIsoDate(text) ? text : null;
}

function dates(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.map(date).filter((item): item is string => item !== null);
}

/** The Statement of Applicability a certificate cites: `{ version, date }` or its text as printed. */
function soaReference(value: unknown): string | null {
  if (isObject(value)) return [str(value.version), date(value.date)].filter(Boolean).join(" ") || null;
  return str(value);
}

function strings(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .map((item) => (isObject(item) ? (str(item.location) ?? str(item.name)) : str(item)))
    .filter((item): item is string => item !== null);
}

const TSC_WORDS: [RegExp, string][] = [
  [/security/i, "security"],
  [/availability/i, "availability"],
  [/processing\s*integrity/i, "processing_integrity"],
  [/confidentiality/i, "confidentiality"],
  [/privacy/i, "privacy"],
];

function tscCategories(value: unknown): string[] | null {
  const names = strings(value);
  if (names === null) return null;
  const found = new Set<string>();
  for (const name of names) for (const [pattern, category] of TSC_WORDS) if (pattern.test(name)) found.add(category);
  return [...found];
}

const OPINIONS = ["unqualified", "qualified", "adverse", "disclaimer"];

function opinion(value: unknown): string | null {
  const text = str(value)?.toLowerCase() ?? "";
  // "unqualified (as worded)" -> unqualified; check "unqualified" before "qualified".
  if (/\bunqualified\b|\bunmodified\b/.test(text)) return "unqualified";
  return OPINIONS.find((candidate) => new RegExp(`\\b${candidate}\\b`).test(text)) ?? null;
}

const TRAILING_CRITERIA = /\(([A-Z]{1,2}\d+\.\d+(?:[;,]\s*[A-Z]{0,2}\d*\.?\d+)*)\)\s*$/;

function criteriaInText(text: string): string[] {
  const match = TRAILING_CRITERIA.exec(text);
  return match
    ? match[1]!
        .split(/[;,]\s*/)
        .map((item) => item.trim())
        .filter((item) => /^[A-Z]/.test(item))
    : [];
}

/** The document kind the older `doc_kind` (and a corpus file's `report_type`) names; null when it names none. */
export function kindOfReadings(docKind: unknown, reportType?: unknown): FactKind | null {
  const kind = str(docKind) ?? "";
  if (/report/.test(kind)) {
    const label = `${kind} ${str(reportType) ?? ""}`.toLowerCase();
    if (/soc\s*_?3/.test(label)) return "soc3_report";
    if (/soc\s*_?1/.test(label)) return "soc1_report";
    if (/soc\s*_?2/.test(label)) return "soc2_report";
    return null;
  }
  if (kind === "vendor_certification_claims_page") return "claims_page";
  const known: FactKind[] = [
    "bridge_letter",
    "iso_certificate",
    "other_certificate",
    "claims_page",
    "subprocessor_list",
  ];
  return known.find((k) => k === kind) ?? null;
}

class Builder {
  constructor(private readonly r: Readings) {}

  /** A field: its value, cited where the first reading under one of `tops` was found. */
  field<T>(value: T | null, ...tops: string[]): Cited<T> {
    const at = tops.map((t) => this.r.cite(t)).find((c) => c !== null) ?? null;
    return {
      value,
      page: at?.page ?? null,
      quote: at?.quote ?? null,
      confidence: at ? at.confidence : value === null ? 0 : 1,
      source: at?.source ?? this.r.source,
    };
  }

  /**
   * A list item. Extraction gives each item its own page and quote (`own.page`, `own.quote`); an item without
   * them is quoted by `quote` and placed on the page of the list it was read from. `list` is the list's citation,
   * whose source ("ocr" when the list was read from a page image) the item shares.
   */
  item<T>(
    value: T,
    quote: string | null,
    listPage: number | null,
    confidence: number,
    own: unknown,
    list: Citation | null,
  ): CitedItem<T> {
    const mine = ownCitation(own);
    return {
      id: crypto.randomUUID(),
      value,
      page: mine ? mine.page : quote !== null ? listPage : null,
      quote: mine ? mine.quote : quote,
      confidence,
      source: list?.source ?? this.r.source,
    };
  }
}

function socFields(kind: FactKind, r: Readings, b: Builder): Json {
  const listCite = (top: string) => r.cite(top);
  const exceptionsCite = listCite("control_tests");
  const cuecsCite = listCite("cuecs");
  const confidence = (c: Citation | null) => (c ? c.confidence : 1);

  let exceptions: CitedItem<Json>[] | null = null;
  if (r.isGroup("control_tests")) {
    const items = r.get("control_tests.exceptions");
    if (Array.isArray(items)) {
      exceptions = items.filter(isObject).map((item) => {
        // Extraction records the pages each exception was read on; the first is where its wording is.
        const ownPage =
          Array.isArray(item.pages) && Number.isInteger(item.pages[0]) && (item.pages[0] as number) > 0
            ? (item.pages[0] as number)
            : null;
        return b.item(
          {
            criteria: strings(item.criteria) ?? [],
            control: str(item.control),
            deviation: str(item.deviation) ?? str(item.description) ?? "Exception noted (wording not captured).",
            managementResponse: str(item.management_response) ?? str(item.management_response_summary),
          },
          str(item.deviation),
          ownPage ?? exceptionsCite?.page ?? null,
          confidence(exceptionsCite),
          item,
          exceptionsCite,
        );
      });
    } else if (r.get("control_tests.exceptions_count") === 0) exceptions = [];
  }

  let cuecs: CitedItem<Json>[] | null = null;
  let cuecCount: number | null = null;
  if (r.isGroup("cuecs")) {
    const count = r.get("cuecs.count");
    cuecCount = typeof count === "number" && Number.isInteger(count) && count >= 0 ? count : null;
    const page = cuecsCite?.page ?? null;
    const cuec = (text: string, criteria: string[], own: unknown = null) =>
      b.item(
        { text, criteria, buyerControl: null, ownerId: null, evidenceUrl: null, dueDate: null },
        text,
        page,
        confidence(cuecsCite),
        own,
        cuecsCite,
      );
    const items = r.get("cuecs.items");
    if (Array.isArray(items)) {
      cuecs = items.flatMap((item) => {
        const text = isObject(item) ? str(item.text) : str(item);
        return text ? [cuec(text, isObject(item) ? (strings(item.criteria) ?? []) : [], item)] : [];
      });
    } else {
      // Extraction that kept only the first and last items: the count says how many are missing.
      const listed = [str(r.get("cuecs.first")), str(r.get("cuecs.last"))].filter((t): t is string => t !== null);
      cuecs = [...new Set(listed)].map((text) => cuec(text, criteriaInText(text)));
    }
  }

  const orgsRead = r.get("subservice_organizations");
  const defaultMethod = str(r.get("subservice_method"));
  const orgsCite = listCite("subservice_organizations");
  const subserviceOrgs = Array.isArray(orgsRead)
    ? orgsRead.filter(isObject).map((org) => {
        const method = str(org.method) ?? defaultMethod;
        const quote = str(r.get("subservice_method_evidence"));
        return {
          ...b.item(
            {
              name: str(org.name) ?? "unnamed subservice organisation",
              service: str(org.service),
              method: method === "carve-out" || method === "inclusive" ? method : null,
              reportOnFile: typeof org.report_on_file === "boolean" ? org.report_on_file : null,
            },
            quote,
            null,
            confidence(orgsCite),
            org,
            orgsCite,
          ),
        };
      })
    : null;

  const csocItems = r.get("csocs.items");
  const csocs = Array.isArray(csocItems)
    ? csocItems.flatMap((item) => {
        const text = isObject(item) ? str(item.text) : str(item);
        const at = listCite("csocs");
        return text ? [b.item({ text }, text, at?.page ?? null, confidence(at), item, at)] : [];
      })
    : null;

  const type = str(r.get("soc2_type"));
  const fields: Json = {
    serviceOrganization: b.field(str(r.get("service_organization")), "service_organization"),
    systemName: b.field(str(r.get("system_name")), "system_name"),
    periodStart: b.field(date(r.get("period_start")), "period_start"),
    periodEnd: b.field(date(r.get("period_end")), "period_end"),
    reportDate: b.field(date(r.get("report_date")), "report_date"),
    // Filled when the extractor reads a stated next report date (not yet: lib/extraction).
    nextReportDate: b.field(date(r.get("next_report_date")), "next_report_date"),
    auditor: b.field(str(r.get("auditor.name")) ?? str(r.get("auditor")), "auditor"),
    opinion: b.field(opinion(r.get("opinion")), "opinion"),
    inScopeServices: b.field(
      strings(r.get("in_scope.services")) ?? strings(r.get("in_scope_services_sample")),
      "in_scope",
      "in_scope_services_sample",
    ),
    inScopeLocations: b.field(
      strings(r.get("in_scope.locations")) ?? strings(r.get("in_scope_locations_sample")),
      "in_scope_locations_sample",
    ),
    subserviceOrgs: b.field(subserviceOrgs, "subservice_organizations"),
    cuecs: b.field(cuecs, "cuecs"),
    cuecCount: b.field(cuecCount, "cuecs"),
    csocs: b.field(csocs, "csocs"),
  };
  if (kind !== "soc3_report") fields.exceptions = b.field(exceptions, "control_tests");
  if (kind === "soc2_report") fields.type = b.field(type === "type_1" || type === "type_2" ? type : null, "soc2_type");
  if (kind !== "soc1_report")
    fields.tscCategories = b.field(tscCategories(r.get("trust_services_categories")), "trust_services_categories");
  return fields;
}

function bridgeFields(r: Readings, b: Builder): Json {
  return {
    issuer: b.field(str(r.get("issuer")), "issuer"),
    signatory: b.field(str(r.get("signatory")), "signatory"),
    letterDate: b.field(
      date(r.get("letter_date_as_printed")) ?? date(r.get("letter_date")),
      "letter_date_as_printed",
      "letter_date",
    ),
    coversFrom: b.field(date(r.get("bridge_covers_from")), "bridge_covers_from"),
    coversThrough: b.field(
      date(r.get("bridge_covers_through_as_printed")) ?? date(r.get("bridge_covers_through")),
      "bridge_covers_through_as_printed",
      "bridge_covers_through",
    ),
    bridgedPeriodEnd: b.field(date(r.get("referenced_report.period_end")), "referenced_report"),
    scopeServices: b.field(
      strings(r.get("scope_services")) ?? strings(r.get("referenced_report.services")),
      "scope_services",
    ),
    materialChanges: b.field(str(r.get("material_changes_disclosed")), "material_changes_disclosed"),
    nextReportExpected: b.field(
      date(r.get("next_report_expected_date")) ?? date(r.get("next_report_expected")),
      "next_report_expected_date",
      "next_report_expected",
    ),
  };
}

function certificateFields(r: Readings, b: Builder, claimsPage: boolean): Json {
  const fields: Json = {
    holder: b.field(
      str(r.get("certificate_holder")) ?? (claimsPage ? str(r.get("vendor")) : null),
      "certificate_holder",
    ),
    certificateNumber: b.field(
      str(r.get("certificate_number")) ?? str(r.get("certificate_number_referenced")),
      "certificate_number",
    ),
    certificationBody: b.field(str(r.get("certification_body")), "certification_body"),
    accreditationBody: b.field(str(r.get("accreditation_body")), "accreditation_body"),
    issueDate: b.field(date(r.get("issue_date")), "issue_date"),
    originalCertificationDate: b.field(date(r.get("original_certification_date")), "original_certification_date"),
    expiryDate: b.field(date(r.get("expiry_date")), "expiry_date"),
    lastSurveillanceDate: b.field(date(r.get("last_surveillance_date")), "last_surveillance_date"),
    surveillanceDue: b.field(dates(r.get("surveillance_due")), "surveillance_due"),
    soaReference: b.field(soaReference(r.get("soa_reference")), "soa_reference"),
    scopeStatement: b.field(str(r.get("scope_statement")) ?? str(r.get("scope_statement_excerpt")), "scope_statement"),
    sites: b.field(strings(r.get("sites")), "sites"),
  };
  if (!claimsPage) {
    fields.standard = b.field(str(r.get("standard")), "standard");
    fields.standardVersion = b.field(str(r.get("standard_version")), "standard_version");
  }
  return fields;
}

function subprocessorFields(r: Readings, b: Builder): Json {
  const read = r.get("subprocessors");
  const at = r.cite("subprocessors");
  const entries = Array.isArray(read)
    ? read.filter(isObject).flatMap((item) => {
        const name = str(item.name);
        if (!name) return [];
        const location = str(item.location);
        return [
          b.item(
            {
              name,
              purpose: str(item.purpose),
              locations: strings(item.processing_locations) ?? (location ? [location] : null),
              handlesBuyerData: typeof item.handles_buyer_data === "boolean" ? item.handles_buyer_data : null,
            },
            name,
            null,
            at ? at.confidence : 1,
            item,
            at,
          ),
        ];
      })
    : [];
  return {
    vendor: b.field(str(r.get("vendor")), "vendor"),
    lastUpdated: b.field(date(r.get("last_updated")), "last_updated"),
    subprocessors: b.field(entries, "subprocessors"),
  };
}

// Older reading names whose "not in the text layer" note belongs to a typed field.
const NOT_IN_TEXT: Record<string, string> = {
  service_organization: "serviceOrganization",
  system_name: "systemName",
  soc2_type: "type",
  period_start: "periodStart",
  period_end: "periodEnd",
  report_date: "reportDate",
  auditor: "auditor",
  opinion: "opinion",
  trust_services_categories: "tscCategories",
  subservice_organizations: "subserviceOrgs",
  subservice_method: "subserviceOrgs",
  letter_date: "letterDate",
  no_material_change_as_of: "coversThrough",
  signatory: "signatory",
  referenced_report: "bridgedPeriodEnd",
  material_changes_disclosed: "materialChanges",
  certificate_holder: "holder",
  standard: "standard",
  standard_version: "standardVersion",
  certificate_number: "certificateNumber",
  certification_body: "certificationBody",
  accreditation_body: "accreditationBody",
  issue_date: "issueDate",
  original_certification_date: "originalCertificationDate",
  expiry_date: "expiryDate",
  surveillance_due: "surveillanceDue",
  soa_reference: "soaReference",
  scope_statement: "scopeStatement",
  sites: "sites",
  vendor: "vendor",
  last_updated: "lastUpdated",
  subprocessors: "subprocessors",
};

export type LegacyDocument = {
  kind: FactKind;
  readings: Readings;
  authenticityFlags?: unknown;
  consistencyFlags?: unknown;
  /** Where each flag's evidence is: the extractor's `flag_citations` ({ flag, page, quote }). */
  flagCitations?: unknown;
  notInTextLayer?: unknown;
};

/** flag text → its page and quote, from citations shaped as the extractor's `flag_citations`. */
function flagPlaces(citations: unknown): Map<string, { page: number; quote: string }> {
  const out = new Map<string, { page: number; quote: string }>();
  if (!Array.isArray(citations)) return out;
  for (const c of citations) {
    if (!isObject(c) || typeof c.flag !== "string") continue;
    if (typeof c.page === "number" && typeof c.quote === "string" && c.quote) {
      out.set(c.flag, { page: c.page, quote: c.quote });
    }
  }
  return out;
}

/** Older readings → the typed facts of their kind (every field of the kind present, null when not read). */
export function factsFromReadings({
  kind,
  readings: r,
  authenticityFlags,
  consistencyFlags,
  flagCitations,
  notInTextLayer,
}: LegacyDocument): DocumentFacts {
  const b = new Builder(r);
  const facts = emptyFacts(kind, r.source) as {
    fields: Json;
    flags: CitedItem<DocumentFlag>[];
    notInTextLayer: string[];
  };
  let read: Json = {};
  if (kind === "soc1_report" || kind === "soc2_report" || kind === "soc3_report") read = socFields(kind, r, b);
  else if (kind === "bridge_letter") read = bridgeFields(r, b);
  else if (kind === "iso_certificate" || kind === "other_certificate") read = certificateFields(r, b, false);
  else if (kind === "claims_page") read = certificateFields(r, b, true);
  else if (kind === "subprocessor_list") read = subprocessorFields(r, b);
  Object.assign(facts.fields, read);
  const places = flagPlaces(flagCitations);
  const flag = (k: DocumentFlag["kind"], text: string) => ({
    id: crypto.randomUUID(),
    value: { kind: k, text },
    page: places.get(text)?.page ?? null,
    quote: places.get(text)?.quote ?? null,
    confidence: 1,
    source: r.source,
  });
  facts.flags = [
    ...(strings(authenticityFlags) ?? []).map((t) => flag("authenticity", t)),
    ...(strings(consistencyFlags) ?? []).map((t) => flag("consistency", t)),
  ];
  const names = strings(notInTextLayer) ?? [];
  facts.notInTextLayer = names.includes("*")
    ? ["*"]
    : [...new Set(names.map((n) => NOT_IN_TEXT[n.split(".")[0]!]).filter((n): n is string => Boolean(n)))];
  return facts as unknown as DocumentFacts;
}

/** The extractor's rules output (flat readings plus flags) → typed facts. */
export function factsFromExtractorReadings(out: {
  doc_kind: unknown;
  facts: unknown;
  consistency_flags?: unknown;
  authenticity_flags?: unknown;
  flag_citations?: unknown;
  not_in_text_layer?: unknown;
}): DocumentFacts {
  return factsFromReadings({
    kind: kindOfReadings(out.doc_kind) ?? "unknown",
    readings: flatReadings(isObject(out.facts) ? (out.facts as Parameters<typeof flatReadings>[0]) : {}),
    authenticityFlags: out.authenticity_flags,
    consistencyFlags: out.consistency_flags,
    flagCitations: out.flag_citations,
    notInTextLayer: out.not_in_text_layer,
  });
}

/** A hand-checked corpus answer file (`*.expected.json`) → typed facts, cited as a person's reading. */
export function factsFromAnswerFile(json: Json): DocumentFacts {
  return factsFromReadings({
    kind: kindOfReadings(json.doc_kind, json.report_type) ?? "unknown",
    readings: nestedReadings(json),
    authenticityFlags: json.authenticity_flags,
    consistencyFlags: json.consistency_flags,
  });
}
