/** Calendar date as `YYYY-MM-DD`. No time, no zone: "days since period end" stays unambiguous. */
export type IsoDate = string;

export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TIERS = ["critical", "high", "medium", "low"] as const;
export type Tier = (typeof TIERS)[number];

export const REGIONS = ["EU", "UK", "US", "APAC"] as const;
export type Region = (typeof REGIONS)[number];

export const OWNER_ROLES = ["analyst", "security", "admin", "vendor"] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

export const DATA_TYPES = [
  "personal",
  "sensitive_personal",
  "health",
  "financial",
  "payment_card",
  "credentials",
  "confidential_business",
  "public",
] as const;
export type DataType = (typeof DATA_TYPES)[number];

export const TSC_CATEGORIES = [
  "security",
  "availability",
  "processing_integrity",
  "confidentiality",
  "privacy",
] as const;
export type TscCategory = (typeof TSC_CATEGORIES)[number];

export const SOC_KINDS = ["soc1", "soc2", "soc3"] as const;
export type SocKind = (typeof SOC_KINDS)[number];

export const SOC_TYPES = ["type_1", "type_2"] as const;
export type SocType = (typeof SOC_TYPES)[number];

export const OPINIONS = ["unqualified", "qualified", "adverse", "disclaimer"] as const;
export type Opinion = (typeof OPINIONS)[number];

export const SUBSERVICE_METHODS = ["carve-out", "inclusive"] as const;
export type SubserviceMethod = (typeof SUBSERVICE_METHODS)[number];

export const ISO_DOC_KINDS = ["certificate", "claims_page"] as const;
export type IsoDocKind = (typeof ISO_DOC_KINDS)[number];

export const FLAG_KINDS = ["authenticity", "consistency"] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const REQUIRED_EVIDENCE = [
  "soc2_type2",
  "iso27001",
  "soc2_type2_or_iso27001",
  "soc2_type2_and_iso27001",
] as const;
export type RequiredEvidence = (typeof REQUIRED_EVIDENCE)[number];

/** Where in a document a fact was read. `page` is the PDF page index (1-based), not the printed label. */
export type FactSource = { page: number | null; quote: string | null };

/** A gap's citation: the document plus where in it. */
export type Citation = { documentId: string; page: number | null; quote: string | null };

/** Per-field sources of a document's top-level facts, keyed by field name (e.g. `periodEnd`). */
export type FactSources = Record<string, FactSource>;

// ---------------------------------------------------------------- buyer side

/** What the buyer buys from the vendor: the subject every check is measured against. */
export type BuyerService = {
  id: string;
  name: string;
  /** Service and system names consumed, as the vendor names them ("RapidReconciler"). */
  systems: string[];
  dataTypes: DataType[];
  regions: Region[];
  /** Countries or cities where the buyer needs the service delivered / data held. */
  locations: string[];
  /** The legal entity on the contract; null when the buyer has not recorded it. */
  contractedEntity: string | null;
  criticality: Tier;
  /** Date from which the buyer relies on the evidence (e.g. its own audit year-end); null = asOf. */
  relianceDate: IsoDate | null;
  /** A public-sector buyer: ISO/IEC 27001 is expected whatever the region. Absent = no. */
  publicSector?: boolean;
};

// ---------------------------------------------------------------- vendor evidence

export type ControlException = {
  criteria: string[];
  control: string | null;
  deviation: string;
  /** Management's response as printed (unaudited); absent or null = none captured. */
  managementResponse?: string | null;
  source: FactSource | null;
};

/** The buyer control that answers a CUEC; each part may still be missing. */
export type CuecMapping = { buyerControl: string | null; owner: string | null; evidence: string | null };

export type Cuec = {
  text: string;
  criteria: string[];
  mapping: CuecMapping | null;
  source: FactSource | null;
};

export type SubserviceOrg = {
  name: string;
  service: string | null;
  /** null when the report does not say whether it is carved out or included. */
  method: SubserviceMethod | null;
  /** Whether the buyer holds this org's own assurance report; null = not recorded. */
  reportOnFile: boolean | null;
  source: FactSource | null;
};

export type SocReport = {
  documentId: string;
  kind: SocKind;
  type: SocType | null;
  periodStart: IsoDate | null;
  /** For a Type 1 the "as of" date goes here. */
  periodEnd: IsoDate | null;
  reportDate: IsoDate | null;
  /** When the report says the next examination or report is due; absent or null = not stated. */
  nextReportDate?: IsoDate | null;
  auditor: string | null;
  opinion: Opinion | null;
  tscCategories: TscCategory[] | null;
  serviceOrganization: string | null;
  systemName: string | null;
  inScopeServices: string[] | null;
  inScopeLocations: string[] | null;
  /** null = test results not known (SOC 3, Type 1, or not extracted) - never read as "no exceptions". */
  exceptions: ControlException[] | null;
  cuecs: Cuec[] | null;
  /** Number of CUECs the report lists, when extraction counted more than it itemised. */
  cuecCount: number | null;
  subserviceOrgs: SubserviceOrg[] | null;
  sources: FactSources;
};

export type BridgeLetter = {
  documentId: string;
  issuer: string | null;
  letterDate: IsoDate | null;
  coversFrom: IsoDate | null;
  coversThrough: IsoDate | null;
  /** The report it bridges: by document id when known, else by its period end. */
  bridgedReportId: string | null;
  bridgedPeriodEnd: IsoDate | null;
  /** Services/systems the letter names; null = the letter names none. */
  scopeServices: string[] | null;
  /** When the letter says the next report is expected; absent or null = not stated. */
  nextReportExpected?: IsoDate | null;
  sources: FactSources;
};

export type IsoCertificate = {
  documentId: string;
  docKind: IsoDocKind;
  /** "ISO/IEC 27001", "ISO/IEC 27017", "ISO 9001"... */
  standard: string | null;
  standardVersion: string | null;
  holder: string | null;
  certificateNumber: string | null;
  certificationBody: string | null;
  accreditationBody: string | null;
  issueDate: IsoDate | null;
  originalCertificationDate: IsoDate | null;
  expiryDate: IsoDate | null;
  lastSurveillanceDate: IsoDate | null;
  /** Surveillance / recertification audit dates printed on the certificate; absent = not extracted. */
  surveillanceDue?: IsoDate[] | null;
  /** The Statement of Applicability the certificate cites (version or date); null = none printed, absent = not extracted. */
  soaReference?: string | null;
  scopeStatement: string | null;
  sites: string[] | null;
  sources: FactSources;
};

export type Subprocessor = {
  name: string;
  purpose: string | null;
  locations: string[] | null;
  /** Whether it handles the buyer's data; null = the list does not say. */
  handlesBuyerData: boolean | null;
  source: FactSource | null;
};

export type SubprocessorList = {
  documentId: string;
  /** The organisation whose list it is, as the document names it; absent or null = not named. */
  organisation?: string | null;
  entries: Subprocessor[];
  sources: FactSources;
  /** The list this one superseded (the vendor's previous version); absent or null = none on file. */
  previous?: SubprocessorList | null;
};

export type EvidenceFlag = {
  documentId: string;
  kind: FlagKind;
  text: string;
  source: FactSource | null;
};

export type VendorEvidence = {
  vendorId: string;
  vendorName: string;
  tier: Tier;
  socReports: SocReport[];
  bridgeLetters: BridgeLetter[];
  isoCertificates: IsoCertificate[];
  subprocessorLists: SubprocessorList[];
  flags: EvidenceFlag[];
};

// ---------------------------------------------------------------- criteria

/**
 * One region's rules for one vendor tier. Flat and JSON-serialisable so an admin form can edit it.
 * Numbers are days.
 */
export type CriteriaSet = {
  id: string;
  region: Region;
  tier: Tier;
  requiredEvidence: RequiredEvidence;
  /** Maximum days between a SOC report's period end and asOf. */
  maxReportAgeDays: number;
  minType2PeriodDays: number;
  /** Days after period end before a bridge letter is needed to cover up to asOf / reliance date. */
  bridgeRequiredAfterDays: number;
  maxBridgeDays: number;
  /** Categories every report must examine. */
  requiredTsc: TscCategory[];
  /** Extra categories when the buyer's service handles a data type. */
  requiredTscByDataType: Partial<Record<DataType, TscCategory[]>>;
  /**
   * Extra categories by the criticality the buyer gives the service (a critical service needs
   * Availability whatever the vendor's tier). Absent = the shipped default (critical: availability).
   */
  requiredTscByCriticality?: Partial<Record<Tier, TscCategory[]>>;
  /**
   * Evidence demanded on top of `requiredEvidence` when the service handles a data type (heavy
   * personal or payment data: both SOC 2 Type 2 and ISO/IEC 27001). Absent = the shipped default.
   */
  requiredEvidenceByDataType?: Partial<Record<DataType, RequiredEvidence>>;
  /** e.g. ["2022"]. */
  acceptedIsoVersions: string[];
  /** Evaluated on or after this date, an ISO/IEC 27001:2013 certificate is invalid (IAF MD 26). */
  iso2013InvalidFrom: IsoDate;
  expiryWarningDays: number;
  /** Maximum days between certification audits (initial, surveillance or recertification). */
  surveillanceIntervalDays: number;
  /** Accreditation bodies the policy recognises, matched as words (e.g. "UKAS"). */
  recognisedAccreditationBodies: string[];
  slaDays: Record<Severity, number>;
  disabledChecks: string[];
};

export type ScoringInput = {
  vendor: VendorEvidence;
  service: BuyerService;
  /** The sets for each of the buyer's regions at the vendor's tier. */
  criteria: CriteriaSet[];
  asOf: IsoDate;
};

// ---------------------------------------------------------------- output

export type Gap = {
  /** Same vendor, service, check and subject -> same key. */
  key: string;
  vendorId: string;
  serviceId: string;
  checkId: string;
  /** What the gap is about inside the check (a document, an exception, a name). */
  subject: string;
  severity: Severity;
  title: string;
  detail: string;
  citation: Citation | null;
  ownerRole: OwnerRole;
  dueDate: IsoDate;
};

export type GapRegister = {
  vendorId: string;
  serviceId: string;
  asOf: IsoDate;
  gaps: Gap[];
};
