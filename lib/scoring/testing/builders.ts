import type { CheckContext, CheckFn, GapDraft } from "../check-types";
import { maxDate } from "../dates";
import { effectivePolicy } from "../policy";
import { defaultCriteriaFor } from "../presets";
import type {
  BridgeLetter,
  BuyerService,
  CriteriaSet,
  IsoCertificate,
  IsoDate,
  SocReport,
  SubprocessorList,
  VendorEvidence,
} from "../types";

// Test data builders: a clean, current vendor by default, so each test states only what it breaks.

export const AS_OF: IsoDate = "2026-03-01";

export function aService(overrides: Partial<BuyerService> = {}): BuyerService {
  return {
    id: "svc-payroll",
    name: "Acme Payroll",
    systems: ["Acme Payroll"],
    dataTypes: ["personal"],
    regions: ["US"],
    locations: [],
    contractedEntity: "Acme Cloud, Inc.",
    criticality: "high",
    relianceDate: null,
    ...overrides,
  };
}

export function aSocReport(overrides: Partial<SocReport> = {}): SocReport {
  return {
    documentId: "soc2-2025",
    kind: "soc2",
    type: "type_2",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    reportDate: "2026-02-01",
    auditor: "Example CPA LLP",
    opinion: "unqualified",
    tscCategories: ["security", "availability", "confidentiality"],
    serviceOrganization: "Acme Cloud, Inc.",
    systemName: "Acme Platform",
    inScopeServices: ["Acme Payroll", "Acme HR"],
    inScopeLocations: ["Virginia, United States", "Dublin, Ireland"],
    exceptions: [],
    cuecs: [],
    cuecCount: null,
    subserviceOrgs: [],
    sources: { periodEnd: { page: 3, quote: "for the period January 1, 2025 to December 31, 2025" } },
    ...overrides,
  };
}

export function aBridgeLetter(overrides: Partial<BridgeLetter> = {}): BridgeLetter {
  return {
    documentId: "bridge-2026",
    issuer: "Acme Cloud, Inc.",
    letterDate: "2026-02-20",
    coversFrom: "2026-01-01",
    coversThrough: "2026-02-15",
    bridgedReportId: null,
    bridgedPeriodEnd: "2025-12-31",
    scopeServices: ["Acme Payroll"],
    sources: {},
    ...overrides,
  };
}

export function aCertificate(overrides: Partial<IsoCertificate> = {}): IsoCertificate {
  return {
    documentId: "iso-27001",
    docKind: "certificate",
    standard: "ISO/IEC 27001",
    standardVersion: "2022",
    holder: "Acme Cloud Ltd",
    certificateNumber: "IS 700001",
    certificationBody: "Example Certification Ltd",
    accreditationBody: "UKAS",
    issueDate: "2025-06-01",
    originalCertificationDate: "2025-06-01",
    expiryDate: "2028-05-31",
    lastSurveillanceDate: null,
    scopeStatement: "The ISMS supporting the provision of Acme Payroll and Acme HR",
    sites: ["London, United Kingdom"],
    sources: {},
    ...overrides,
  };
}

export function aSubprocessorList(names: string[], overrides: Partial<SubprocessorList> = {}): SubprocessorList {
  return {
    documentId: "subprocessors",
    entries: names.map((name) => ({
      name,
      purpose: "Cloud hosting",
      locations: ["United States"],
      handlesBuyerData: null,
      source: null,
    })),
    sources: {},
    ...overrides,
  };
}

export function aVendor(overrides: Partial<VendorEvidence> = {}): VendorEvidence {
  return {
    vendorId: "vendor-acme",
    vendorName: "Acme Cloud",
    tier: "high",
    socReports: [aSocReport()],
    bridgeLetters: [],
    isoCertificates: [],
    subprocessorLists: [],
    flags: [],
    ...overrides,
  };
}

export type ContextOptions = {
  vendor?: VendorEvidence;
  service?: BuyerService;
  criteria?: CriteriaSet[];
  asOf?: IsoDate;
};

export function aContext({
  vendor = aVendor(),
  service = aService(),
  criteria,
  asOf = AS_OF,
}: ContextOptions = {}): CheckContext {
  const sets = criteria ?? defaultCriteriaFor(service.regions, vendor.tier);
  return {
    vendor,
    service,
    policy: effectivePolicy(sets, service),
    asOf,
    coverUntil: service.relianceDate ? maxDate(asOf, service.relianceDate) : asOf,
    foreign: [],
  };
}

export function run(check: CheckFn, options: ContextOptions = {}): GapDraft[] {
  return check(aContext(options));
}

/** "severity:title" per gap, for compact table assertions. */
export function summary(gaps: GapDraft[]): string[] {
  return gaps.map((gap) => `${gap.severity}:${gap.title}`);
}
