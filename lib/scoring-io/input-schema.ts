import * as z from "zod";
import {
  CHECK_IDS,
  DATA_TYPES,
  FLAG_KINDS,
  ISO_DOC_KINDS,
  OPINIONS,
  REGIONS,
  REQUIRED_EVIDENCE,
  SOC_KINDS,
  SOC_TYPES,
  SUBSERVICE_METHODS,
  TIERS,
  TSC_CATEGORIES,
  isIsoDate,
} from "@/lib/scoring";
import type { ScoringInput } from "@/lib/scoring";

// The edge of the pure library: untrusted JSON is checked here, then handed to scoreVendor as-is.

const isoDate = z.iso
  .date()
  .refine(isIsoDate, { message: "Not a calendar date (YYYY-MM-DD)" })
  .describe("Calendar date, YYYY-MM-DD");
const nullableDate = isoDate.nullable();
const text = z.string().min(1);

const factSource = z.object({
  page: z.number().int().positive().nullable().describe("PDF page index, 1-based"),
  quote: z.string().nullable(),
});
const sources = z.record(z.string(), factSource).describe("Where each top-level fact was read, keyed by field name");

const controlException = z.object({
  criteria: z.array(z.string()).describe("2017 TSC ids, e.g. CC6.1"),
  control: z.string().nullable(),
  deviation: text,
  managementResponse: z.string().nullable().optional().describe("Management's response as printed (unaudited)"),
  source: factSource.nullable(),
});

const cuec = z.object({
  text,
  criteria: z.array(z.string()),
  mapping: z
    .object({ buyerControl: z.string().nullable(), owner: z.string().nullable(), evidence: z.string().nullable() })
    .nullable()
    .describe("The buyer control answering this CUEC"),
  source: factSource.nullable(),
});

const subserviceOrg = z.object({
  name: text,
  service: z.string().nullable(),
  method: z.enum(SUBSERVICE_METHODS).nullable(),
  reportOnFile: z.boolean().nullable().describe("Whether the buyer holds this org's own report; null = not recorded"),
  source: factSource.nullable(),
});

const socReport = z.object({
  documentId: text,
  kind: z.enum(SOC_KINDS),
  type: z.enum(SOC_TYPES).nullable(),
  periodStart: nullableDate,
  periodEnd: nullableDate.describe("Period end; for a Type 1 the as-of date"),
  reportDate: nullableDate,
  nextReportDate: nullableDate.optional().describe("When the report says the next examination or report is due"),
  auditor: z.string().nullable(),
  opinion: z.enum(OPINIONS).nullable(),
  tscCategories: z.array(z.enum(TSC_CATEGORIES)).nullable(),
  serviceOrganization: z.string().nullable(),
  systemName: z.string().nullable(),
  inScopeServices: z.array(z.string()).nullable(),
  inScopeLocations: z.array(z.string()).nullable(),
  exceptions: z.array(controlException).nullable().describe("null = test results unknown, never 'no exceptions'"),
  cuecs: z.array(cuec).nullable(),
  cuecCount: z.number().int().nonnegative().nullable(),
  subserviceOrgs: z.array(subserviceOrg).nullable(),
  sources,
});

const bridgeLetter = z.object({
  documentId: text,
  issuer: z.string().nullable(),
  letterDate: nullableDate,
  coversFrom: nullableDate,
  coversThrough: nullableDate,
  bridgedReportId: z.string().nullable(),
  bridgedPeriodEnd: nullableDate,
  scopeServices: z.array(z.string()).nullable(),
  nextReportExpected: nullableDate.optional().describe("When the letter says the next report is expected"),
  sources,
});

const isoCertificate = z.object({
  documentId: text,
  docKind: z.enum(ISO_DOC_KINDS),
  standard: z.string().nullable().describe('e.g. "ISO/IEC 27001"'),
  standardVersion: z.string().nullable().describe('e.g. "2022"'),
  holder: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  certificationBody: z.string().nullable(),
  accreditationBody: z.string().nullable(),
  issueDate: nullableDate,
  originalCertificationDate: nullableDate,
  expiryDate: nullableDate,
  lastSurveillanceDate: nullableDate,
  surveillanceDue: z.array(isoDate).nullable().optional().describe("Surveillance/recertification dates printed"),
  soaReference: z.string().nullable().optional().describe("Statement of Applicability cited; null = none printed"),
  scopeStatement: z.string().nullable(),
  sites: z.array(z.string()).nullable(),
  sources,
});

const subprocessorList = z.object({
  organisation: z.string().nullable().optional().describe("Whose list it is, as the document names it"),
  documentId: text,
  entries: z.array(
    z.object({
      name: text,
      purpose: z.string().nullable(),
      locations: z.array(z.string()).nullable(),
      handlesBuyerData: z.boolean().nullable(),
      source: factSource.nullable(),
    }),
  ),
  sources,
});

const evidenceFlag = z.object({ documentId: text, kind: z.enum(FLAG_KINDS), text, source: factSource.nullable() });

export const vendorEvidenceSchema = z.object({
  vendorId: text,
  vendorName: z.string(),
  tier: z.enum(TIERS),
  socReports: z.array(socReport),
  bridgeLetters: z.array(bridgeLetter),
  isoCertificates: z.array(isoCertificate),
  subprocessorLists: z.array(subprocessorList),
  flags: z.array(evidenceFlag),
});

export const buyerServiceSchema = z.object({
  id: text,
  name: text,
  systems: z.array(z.string()).describe("Service and system names consumed, as the vendor names them"),
  dataTypes: z.array(z.enum(DATA_TYPES)),
  regions: z.array(z.enum(REGIONS)).min(1),
  locations: z.array(z.string()),
  contractedEntity: z.string().nullable(),
  criticality: z.enum(TIERS),
  relianceDate: nullableDate,
  publicSector: z.boolean().optional().describe("A public-sector buyer: ISO/IEC 27001 expected in every region"),
});

const days = z.number().int().nonnegative();

export const criteriaSetSchema = z.object({
  id: text,
  region: z.enum(REGIONS),
  tier: z.enum(TIERS),
  requiredEvidence: z.enum(REQUIRED_EVIDENCE),
  maxReportAgeDays: days,
  minType2PeriodDays: days,
  bridgeRequiredAfterDays: days,
  maxBridgeDays: days,
  requiredTsc: z.array(z.enum(TSC_CATEGORIES)),
  requiredTscByDataType: z.partialRecord(z.enum(DATA_TYPES), z.array(z.enum(TSC_CATEGORIES))),
  requiredTscByCriticality: z
    .partialRecord(z.enum(TIERS), z.array(z.enum(TSC_CATEGORIES)))
    .optional()
    .describe("Extra categories by the service's criticality; absent = critical: availability"),
  requiredEvidenceByDataType: z
    .partialRecord(z.enum(DATA_TYPES), z.enum(REQUIRED_EVIDENCE))
    .optional()
    .describe(
      "Evidence demanded on top of requiredEvidence by data type; absent = payment card, sensitive personal and health data need both",
    ),
  acceptedIsoVersions: z.array(z.string()),
  iso2013InvalidFrom: isoDate,
  expiryWarningDays: days,
  surveillanceIntervalDays: days,
  recognisedAccreditationBodies: z.array(z.string()),
  slaDays: z.object({ critical: days, high: days, medium: days, low: days }),
  disabledChecks: z.array(z.enum(CHECK_IDS)),
});

export const scoringInputSchema = z.object({
  vendor: vendorEvidenceSchema,
  service: buyerServiceSchema,
  criteria: z.array(criteriaSetSchema).min(1),
  asOf: isoDate,
});

// Compile-time guard: a parsed input must be a valid ScoringInput (fails typecheck when they drift).
type Assignable<T extends ScoringInput> = T;
export type ParsedScoringInput = Assignable<z.infer<typeof scoringInputSchema>>;

export function parseScoringInput(data: unknown): ScoringInput {
  return scoringInputSchema.parse(data);
}

export function scoringInputJsonSchema(): unknown {
  return z.toJSONSchema(scoringInputSchema, { target: "draft-2020-12", io: "input" });
}
