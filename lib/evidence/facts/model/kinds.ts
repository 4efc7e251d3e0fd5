// The single definition of every fact field per document kind: names (the scorer's names, so no
// rename table), types (the editor) and plain-language labels. See docs/decisions/008-fact-model.md.
import { DOCUMENT_KIND_LABELS } from "@/lib/vocabulary";
import type { KindSpec, ListSpec } from "./field-spec";

const OPINION = {
  unqualified: "Unqualified (clean)",
  qualified: "Qualified",
  adverse: "Adverse",
  disclaimer: "Disclaimer of opinion",
} as const;

const TSC = {
  security: "Security",
  availability: "Availability",
  processing_integrity: "Processing integrity",
  confidentiality: "Confidentiality",
  privacy: "Privacy",
} as const;

const exceptions = {
  editor: "list",
  label: "Exceptions noted",
  help: "Deviations the auditor found when testing controls. Leave empty when the report says none were found.",
  itemLabel: "exception",
  item: {
    deviation: { editor: "text", label: "What the auditor found", long: true, required: true },
    control: { editor: "text", label: "Control tested", long: true },
    criteria: { editor: "textList", label: "Criteria (e.g. CC6.1)" },
    managementResponse: { editor: "text", label: "Management's response (not audited)", long: true },
  },
} as const satisfies ListSpec;

const cuecs = {
  editor: "list",
  label: "Complementary user entity controls (CUECs)",
  help: "What the vendor relies on you to do.",
  itemLabel: "CUEC",
  item: {
    text: { editor: "text", label: "Control the report expects of you", long: true, required: true },
    criteria: { editor: "textList", label: "Criteria" },
    // The analyst's mapping, edited in the CUEC section of the page (it names a member of the team).
    buyerControl: { editor: "text", label: "Your control", form: false },
    ownerId: { editor: "text", label: "Owner", form: false },
    evidenceUrl: { editor: "text", label: "Evidence link", form: false },
    dueDate: { editor: "date", label: "Due date", form: false },
  },
} as const satisfies ListSpec;

const csocs = {
  editor: "list",
  label: "Complementary subservice organisation controls (CSOCs)",
  itemLabel: "CSOC",
  item: {
    text: { editor: "text", label: "Control expected of the subservice organisation", long: true, required: true },
  },
} as const satisfies ListSpec;

const subserviceOrgs = {
  editor: "list",
  label: "Subservice organisations",
  itemLabel: "subservice organisation",
  item: {
    name: { editor: "text", label: "Name", required: true },
    service: { editor: "text", label: "Service it provides" },
    method: { editor: "choice", label: "Treatment", options: { "carve-out": "Carved out", inclusive: "Inclusive" } },
    // Answered with the "own report on file" buttons below the form.
    reportOnFile: { editor: "boolean", label: "Own report on file", yes: "On file", no: "Not on file", form: false },
  },
} as const satisfies ListSpec;

const socWho = {
  serviceOrganization: { editor: "text", label: "Service organisation" },
  systemName: { editor: "text", label: "System" },
} as const satisfies KindSpec;

const socCommon = {
  periodStart: { editor: "date", label: "Period start" },
  periodEnd: { editor: "date", label: "Period end", help: "For a Type 1 report, the “as of” date." },
  reportDate: { editor: "date", label: "Report date" },
  nextReportDate: {
    editor: "date",
    label: "Next report expected",
    help: "When the report states the date of the next examination or report.",
  },
  auditor: { editor: "text", label: "Auditor" },
  opinion: { editor: "choice", label: "Opinion", options: OPINION },
  inScopeServices: { editor: "textList", label: "Services in scope" },
  inScopeLocations: { editor: "textList", label: "Locations in scope" },
} as const satisfies KindSpec;

const socLists = {
  subserviceOrgs,
  cuecs,
  cuecCount: {
    editor: "number",
    label: "Number of CUECs the report lists",
    help: "When more are listed than itemised above.",
  },
  csocs,
} as const satisfies KindSpec;

export const SOC1_FIELDS = { ...socWho, ...socCommon, exceptions, ...socLists } as const satisfies KindSpec;

export const SOC2_FIELDS = {
  ...socWho,
  type: { editor: "choice", label: "Report type", options: { type_1: "Type 1", type_2: "Type 2" } },
  ...socCommon,
  tscCategories: { editor: "choices", label: "Trust services categories", options: TSC },
  exceptions,
  ...socLists,
} as const satisfies KindSpec;

export const SOC3_FIELDS = {
  ...socWho,
  ...socCommon,
  tscCategories: { editor: "choices", label: "Trust services categories", options: TSC },
  ...socLists,
} as const satisfies KindSpec;

export const BRIDGE_LETTER_FIELDS = {
  issuer: { editor: "text", label: "Issued by" },
  signatory: { editor: "text", label: "Signed by" },
  letterDate: { editor: "date", label: "Letter date" },
  coversFrom: { editor: "date", label: "Covers from" },
  coversThrough: { editor: "date", label: "Covers through" },
  bridgedPeriodEnd: { editor: "date", label: "Period end of the report it bridges" },
  scopeServices: { editor: "textList", label: "Services the letter names" },
  materialChanges: { editor: "text", label: "Material changes disclosed", long: true },
  nextReportExpected: { editor: "date", label: "Next report expected" },
} as const satisfies KindSpec;

const certificateCommon = {
  holder: { editor: "text", label: "Certificate holder" },
  certificateNumber: { editor: "text", label: "Certificate number" },
  certificationBody: { editor: "text", label: "Certification body" },
  accreditationBody: { editor: "text", label: "Accreditation body" },
  issueDate: { editor: "date", label: "Issue date" },
  originalCertificationDate: { editor: "date", label: "Original certification date" },
  expiryDate: { editor: "date", label: "Expiry date" },
  lastSurveillanceDate: { editor: "date", label: "Last surveillance audit" },
  surveillanceDue: {
    editor: "textList",
    label: "Surveillance audits due",
    help: "Dates the certificate schedules audits for, e.g. 2026-10-24.",
  },
  soaReference: {
    editor: "text",
    label: "Statement of Applicability cited",
    help: "Its version or date as printed. Leave empty when the certificate cites none.",
  },
  scopeStatement: { editor: "text", label: "Scope statement", long: true },
  sites: { editor: "textList", label: "Sites" },
} as const satisfies KindSpec;

export const CERTIFICATE_FIELDS = {
  standard: { editor: "text", label: "Standard", help: "e.g. ISO/IEC 27001" },
  standardVersion: { editor: "text", label: "Standard version", help: "e.g. 2022" },
  ...certificateCommon,
} as const satisfies KindSpec;

export const CLAIMS_PAGE_FIELDS = {
  ...certificateCommon,
  holder: { editor: "text", label: "Vendor" },
} as const satisfies KindSpec;

export const SUBPROCESSOR_LIST_FIELDS = {
  vendor: { editor: "text", label: "Vendor" },
  lastUpdated: { editor: "date", label: "Last updated" },
  subprocessors: {
    editor: "list",
    label: "Sub-processors",
    itemLabel: "sub-processor",
    item: {
      name: { editor: "text", label: "Name", required: true },
      purpose: { editor: "text", label: "Purpose" },
      locations: { editor: "textList", label: "Processing locations" },
      handlesBuyerData: { editor: "boolean", label: "Handles your data", yes: "Yes", no: "No" },
    },
  },
} as const satisfies KindSpec;

export const FACT_KIND_SPECS = {
  soc1_report: SOC1_FIELDS,
  soc2_report: SOC2_FIELDS,
  soc3_report: SOC3_FIELDS,
  bridge_letter: BRIDGE_LETTER_FIELDS,
  iso_certificate: CERTIFICATE_FIELDS,
  other_certificate: CERTIFICATE_FIELDS,
  claims_page: CLAIMS_PAGE_FIELDS,
  subprocessor_list: SUBPROCESSOR_LIST_FIELDS,
  unknown: {},
} as const satisfies Record<string, KindSpec>;

export type FactKind = keyof typeof FACT_KIND_SPECS;
export const FACT_KINDS = Object.keys(FACT_KIND_SPECS) as FactKind[];

// The app's document-kind labels (lib/vocabulary.ts); the form words two of them for the person choosing.
export const FACT_KIND_LABELS: Record<FactKind, string> = {
  ...DOCUMENT_KIND_LABELS,
  claims_page: "Vendor claims page (not a certificate)",
  unknown: "Unknown",
};

/** A field's label for people ("Period end"), for logs and corrections; the field name when no kind has it. */
export function factLabel(kind: FactKind, field: string): string {
  if (field === "kind") return "Document kind";
  const own = (FACT_KIND_SPECS[kind] as KindSpec)[field];
  if (own) return own.label;
  for (const spec of Object.values(FACT_KIND_SPECS) as KindSpec[]) if (spec[field]) return spec[field].label;
  return field;
}
