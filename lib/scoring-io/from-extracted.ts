import type {
  BridgeLetter,
  ControlException,
  Cuec,
  EvidenceFlag,
  FactSource,
  FactSources,
  IsoCertificate,
  Opinion,
  SocKind,
  SocReport,
  SubserviceOrg,
  Subprocessor,
  SubprocessorList,
  Tier,
  TscCategory,
  VendorEvidence,
} from "@/lib/scoring";
import { OPINIONS, isIsoDate } from "@/lib/scoring";

/**
 * Turns extracted-facts JSON (the corpus `*.expected.json` field names, which extraction also
 * produces) into scoring evidence. Tolerant by design: an absent or malformed fact becomes null,
 * which the checks report as "could not verify", never as a pass.
 */
export type ExtractedDocument = { documentId: string; facts: unknown };

export type VendorIdentity = { vendorId: string; vendorName: string; tier: Tier };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function date(value: unknown): string | null {
  const text = str(value);
  return text && isIsoDate(text) ? text : null;
}

function strings(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .map((item) => (isObject(item) ? (str(item.location) ?? str(item.name)) : str(item)))
    .filter((item): item is string => item !== null);
}

/** An item's own citation (extraction gives each list item its page and quote), when it has one. */
function itemSource(item: Json): FactSource | null {
  const page = typeof item.page === "number" ? item.page : null;
  const quote = str(item.quote);
  return page !== null && quote ? { page, quote } : null;
}

function quoted(text: string | null): FactSource | null {
  return text ? { page: null, quote: text } : null;
}

// Extraction may attach `sources: { <corpus field>: { page, quote } }`; scoring names fields its own way.
const FIELD_NAMES: Record<string, string> = {
  soc2_type: "type",
  report_type: "kind",
  period_start: "periodStart",
  period_end: "periodEnd",
  report_date: "reportDate",
  opinion: "opinion",
  trust_services_categories: "tscCategories",
  service_organization: "serviceOrganization",
  in_scope: "inScopeServices",
  cuecs: "cuecs",
  control_tests: "exceptions",
  subservice_organizations: "subserviceOrgs",
  letter_date_as_printed: "letterDate",
  letter_date: "letterDate",
  bridge_covers_from: "coversFrom",
  bridge_covers_through_as_printed: "coversThrough",
  bridge_covers_through: "coversThrough",
  standard: "standard",
  standard_version: "standardVersion",
  certificate_holder: "holder",
  accreditation_body: "accreditationBody",
  issue_date: "issueDate",
  expiry_date: "expiryDate",
  scope_statement: "scopeStatement",
  sites: "sites",
};

function sourcesOf(facts: Json): FactSources {
  const raw = isObject(facts.sources) ? facts.sources : isObject(facts.citations) ? facts.citations : {};
  const out: FactSources = {};
  for (const [field, value] of Object.entries(raw)) {
    if (!isObject(value)) continue;
    const page = typeof value.page === "number" && Number.isInteger(value.page) && value.page > 0 ? value.page : null;
    out[FIELD_NAMES[field] ?? field] = { page, quote: str(value.quote) };
  }
  return out;
}

const TSC_WORDS: [RegExp, TscCategory][] = [
  [/security/i, "security"],
  [/availability/i, "availability"],
  [/processing\s*integrity/i, "processing_integrity"],
  [/confidentiality/i, "confidentiality"],
  [/privacy/i, "privacy"],
];

function tscCategories(value: unknown): TscCategory[] | null {
  const names = strings(value);
  if (names === null) return null;
  const found = new Set<TscCategory>();
  for (const name of names) for (const [pattern, category] of TSC_WORDS) if (pattern.test(name)) found.add(category);
  return [...found];
}

function opinion(value: unknown): Opinion | null {
  const text = str(value)?.toLowerCase() ?? "";
  // "unqualified (as worded)" -> unqualified; check "unqualified" before "qualified".
  if (/\bunqualified\b|\bunmodified\b/.test(text)) return "unqualified";
  return OPINIONS.find((candidate) => new RegExp(`\\b${candidate}\\b`).test(text)) ?? null;
}

function socKind(facts: Json): SocKind | null {
  const label = `${str(facts.doc_kind) ?? ""} ${str(facts.report_type) ?? ""}`.toLowerCase();
  if (/soc\s*_?3/.test(label)) return "soc3";
  if (/soc\s*_?1/.test(label)) return "soc1";
  if (/soc\s*_?2/.test(label)) return "soc2";
  return null;
}

function auditorName(value: unknown): string | null {
  return isObject(value) ? str(value.name) : str(value);
}

const TRAILING_CRITERIA = /\(([A-Z]{1,2}\d+\.\d+(?:[;,]\s*[A-Z]{0,2}\d*\.?\d+)*)\)\s*$/;

function cuecFromText(text: string): Cuec {
  const match = TRAILING_CRITERIA.exec(text);
  const criteria = match
    ? match[1]!
        .split(/[;,]\s*/)
        .map((item) => item.trim())
        .filter((item) => /^[A-Z]/.test(item))
    : [];
  return { text, criteria, mapping: null, source: quoted(text) };
}

function cuecs(value: unknown): { items: Cuec[] | null; count: number | null } {
  if (!isObject(value)) return { items: null, count: null };
  const count = typeof value.count === "number" ? value.count : null;
  if (Array.isArray(value.items)) {
    const items = value.items
      .map((item): Cuec | null => {
        const text = isObject(item) ? str(item.text) : str(item);
        if (!text) return null;
        const criteria = isObject(item) ? (strings(item.criteria) ?? []) : [];
        return { text, criteria, mapping: null, source: (isObject(item) ? itemSource(item) : null) ?? quoted(text) };
      })
      .filter((item): item is Cuec => item !== null);
    return { items, count };
  }
  // Extraction that kept only the first and last items: the count says how many are missing.
  const listed = [str(value.first), str(value.last)].filter((item): item is string => item !== null);
  return { items: [...new Set(listed)].map(cuecFromText), count };
}

function exceptions(kind: SocKind, facts: Json): ControlException[] | null {
  const tests = facts.control_tests;
  if (kind === "soc3" || !isObject(tests)) return null;
  if (Array.isArray(tests.exceptions)) {
    return tests.exceptions.filter(isObject).map((item) => {
      const deviation = str(item.deviation) ?? str(item.description) ?? "Exception noted (wording not captured).";
      return {
        criteria: strings(item.criteria) ?? [],
        control: str(item.control),
        deviation,
        source: itemSource(item) ?? quoted(str(item.deviation)),
      };
    });
  }
  return tests.exceptions_count === 0 ? [] : null;
}

function subserviceOrgs(facts: Json): SubserviceOrg[] | null {
  if (!Array.isArray(facts.subservice_organizations)) return null;
  return facts.subservice_organizations.filter(isObject).map((org) => {
    const method = str(org.method) ?? str(facts.subservice_method);
    return {
      name: str(org.name) ?? "unnamed subservice organisation",
      service: str(org.service),
      method: method === "carve-out" || method === "inclusive" ? method : null,
      reportOnFile: typeof org.report_on_file === "boolean" ? org.report_on_file : null,
      source: itemSource(org) ?? quoted(str(facts.subservice_method_evidence)),
    };
  });
}

function socReport(documentId: string, kind: SocKind, facts: Json): { report: SocReport; flags: EvidenceFlag[] } {
  const inScope = isObject(facts.in_scope) ? facts.in_scope : {};
  const { items, count } = cuecs(facts.cuecs);
  const type = str(facts.soc2_type);
  const report: SocReport = {
    documentId,
    kind,
    type: kind === "soc2" && (type === "type_1" || type === "type_2") ? type : null,
    periodStart: date(facts.period_start),
    periodEnd: date(facts.period_end),
    reportDate: date(facts.report_date),
    auditor: auditorName(facts.auditor),
    opinion: opinion(facts.opinion),
    tscCategories: tscCategories(facts.trust_services_categories),
    serviceOrganization: str(facts.service_organization),
    systemName: str(facts.system_name),
    inScopeServices: strings(inScope.services) ?? strings(facts.in_scope_services_sample),
    inScopeLocations: strings(inScope.locations) ?? strings(facts.in_scope_locations_sample),
    exceptions: exceptions(kind, facts),
    cuecs: kind === "soc3" && items === null ? null : items,
    cuecCount: count !== null && items !== null && count > items.length ? count : null,
    subserviceOrgs: subserviceOrgs(facts),
    sources: sourcesOf(facts),
  };
  // An item without its own citation is quoted from the list it was read from; that list's page is the best
  // page we have for it, so a gap citing one can still point at a page. Items with their own page keep it.
  const pageOf = (field: string) => report.sources[field]?.page ?? null;
  const withPage = (source: FactSource | null, field: string): FactSource | null =>
    source && source.page === null && pageOf(field) !== null ? { ...source, page: pageOf(field) } : source;
  report.exceptions = report.exceptions?.map((e) => ({ ...e, source: withPage(e.source, "exceptions") })) ?? null;
  report.cuecs = report.cuecs?.map((c) => ({ ...c, source: withPage(c.source, "cuecs") })) ?? null;
  return { report, flags: flagsOf(documentId, facts) };
}

function bridgeLetter(documentId: string, facts: Json): BridgeLetter {
  const referenced = isObject(facts.referenced_report) ? facts.referenced_report : {};
  return {
    documentId,
    issuer: str(facts.issuer),
    letterDate: date(facts.letter_date_as_printed) ?? date(facts.letter_date),
    coversFrom: date(facts.bridge_covers_from),
    coversThrough: date(facts.bridge_covers_through_as_printed) ?? date(facts.bridge_covers_through),
    bridgedReportId: str(facts.referenced_report_id),
    bridgedPeriodEnd: date(referenced.period_end),
    scopeServices: strings(facts.scope_services) ?? strings(referenced.services),
    sources: sourcesOf(facts),
  };
}

function isoCertificate(documentId: string, facts: Json, claimsPage: boolean): IsoCertificate {
  return {
    documentId,
    docKind: claimsPage ? "claims_page" : "certificate",
    standard: claimsPage ? null : str(facts.standard),
    standardVersion: claimsPage ? null : str(facts.standard_version),
    holder: str(facts.certificate_holder) ?? (claimsPage ? str(facts.vendor) : null),
    certificateNumber: str(facts.certificate_number) ?? str(facts.certificate_number_referenced),
    certificationBody: str(facts.certification_body),
    accreditationBody: str(facts.accreditation_body),
    issueDate: date(facts.issue_date),
    originalCertificationDate: date(facts.original_certification_date),
    expiryDate: date(facts.expiry_date),
    lastSurveillanceDate: date(facts.last_surveillance_date),
    scopeStatement: str(facts.scope_statement) ?? str(facts.scope_statement_excerpt),
    sites: strings(facts.sites),
    sources: sourcesOf(facts),
  };
}

function subprocessorList(documentId: string, facts: Json): SubprocessorList {
  const entries: Subprocessor[] = (Array.isArray(facts.subprocessors) ? facts.subprocessors : [])
    .filter(isObject)
    .flatMap((item) => {
      const name = str(item.name);
      if (!name) return [];
      const location = str(item.location);
      return [
        {
          name,
          purpose: str(item.purpose),
          locations: strings(item.processing_locations) ?? (location ? [location] : null),
          handlesBuyerData: typeof item.handles_buyer_data === "boolean" ? item.handles_buyer_data : null,
          source: quoted(name),
        },
      ];
    });
  return { documentId, entries, sources: sourcesOf(facts) };
}

function flagsOf(documentId: string, facts: Json): EvidenceFlag[] {
  const make = (kind: EvidenceFlag["kind"], value: unknown) =>
    (strings(value) ?? []).map((text): EvidenceFlag => ({ documentId, kind, text, source: null }));
  return [...make("authenticity", facts.authenticity_flags), ...make("consistency", facts.consistency_flags)];
}

/** Builds the vendor's evidence from extracted documents; unknown kinds are skipped and listed. */
export function evidenceFromExtracted(
  identity: VendorIdentity,
  documents: ExtractedDocument[],
): { evidence: VendorEvidence; skipped: string[] } {
  const evidence: VendorEvidence = {
    ...identity,
    socReports: [],
    bridgeLetters: [],
    isoCertificates: [],
    subprocessorLists: [],
    flags: [],
  };
  const skipped: string[] = [];
  for (const { documentId, facts } of documents) {
    if (!isObject(facts)) {
      skipped.push(documentId);
      continue;
    }
    const docKind = str(facts.doc_kind) ?? "";
    const kind = socKind(facts);
    if (/report/.test(docKind) && kind) {
      const { report, flags } = socReport(documentId, kind, facts);
      evidence.socReports.push(report);
      evidence.flags.push(...flags);
    } else if (docKind === "bridge_letter") {
      evidence.bridgeLetters.push(bridgeLetter(documentId, facts));
      evidence.flags.push(...flagsOf(documentId, facts));
    } else if (docKind === "iso_certificate" || docKind === "vendor_certification_claims_page") {
      evidence.isoCertificates.push(isoCertificate(documentId, facts, docKind !== "iso_certificate"));
      evidence.flags.push(...flagsOf(documentId, facts));
    } else if (docKind === "subprocessor_list") {
      evidence.subprocessorLists.push(subprocessorList(documentId, facts));
    } else {
      skipped.push(documentId);
    }
  }
  return { evidence, skipped };
}
