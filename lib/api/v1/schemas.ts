import * as z from "zod";
import { DOCUMENT_KINDS, GAP_STATUSES, SEVERITIES, TIERS } from "@/lib/vocabulary";
import { EXPORT_FORMATS } from "@/lib/export/download";
import { ERROR_CODES } from "@/lib/errors";

// The /api/v1 contract, once: route handlers parse queries and shape answers with these, and
// lib/api/v1/openapi.ts turns the same objects into the OpenAPI description (z.toJSONSchema), so
// the published description cannot drift from what the handlers do.

const id = z.uuid();
const day = z.iso.date().describe("A calendar day, YYYY-MM-DD.");
const instant = z.iso.datetime().describe("An instant, ISO 8601 in UTC.");

// ── Queries ──────────────────────────────────────────────────────────────────────────────────────
// Unlike the screens' forgiving filters, a bad value is an error (422): automation should learn of
// a typo rather than silently receive unfiltered data.
const page = z.coerce.number().int().min(1).max(100_000).default(1).describe("1-based page number.");
const pageSize = z.coerce.number().int().min(1).max(200).default(50).describe("Items per page (at most 200).");

export const pageQuerySchema = z.object({ page, pageSize });

export const vendorFilterQuerySchema = z.object({
  page,
  pageSize,
  vendor: id.optional().describe("Only this vendor's items."),
});

export const gapQuerySchema = z.object({
  page,
  pageSize,
  vendor: id.optional().describe("Only this vendor's gaps."),
  severity: z.enum(SEVERITIES).optional(),
  status: z
    .enum([...GAP_STATUSES, "active", "all"])
    .default("active")
    .describe("`active` (default) = open or in progress; `all` = every status."),
  owner: z
    .union([id, z.literal("none")])
    .optional()
    .describe("A member's user id, or `none` for unowned gaps."),
  due: z.enum(["overdue", "30d"]).optional().describe("`overdue`: due before today; `30d`: due within 30 days."),
});
export type GapQuery = z.output<typeof gapQuerySchema>;

export const exportQuerySchema = gapQuerySchema.omit({ page: true, pageSize: true }).extend({
  status: z
    .enum([...GAP_STATUSES, "active"])
    .default("active")
    .describe("`active` (default) = open or in progress."),
  format: z.enum(EXPORT_FORMATS).describe("File format: CSV, Excel workbook or PDF report."),
});

// ── Answers ──────────────────────────────────────────────────────────────────────────────────────
const pagination = { page: z.int(), pageSize: z.int(), total: z.int().describe("Items over all pages.") };

export const vendorSchema = z
  .object({
    id,
    legalName: z.string(),
    aliases: z.array(z.string()),
    website: z.string().nullable(),
    tier: z.enum(TIERS),
    status: z.enum(["onboarding", "active", "under_review", "offboarded"]),
    nextReviewDate: day.nullable(),
    evidenceCoveredUntil: day.nullable().describe("Last day the vendor's confirmed evidence covers; null if none."),
    openGaps: z.int().describe("Gaps open or in progress."),
  })
  .meta({ id: "Vendor" });

export const serviceSchema = z
  .object({
    id,
    vendorId: id,
    name: z.string(),
    criticality: z.enum(TIERS),
    regions: z.array(z.string()),
    locations: z.array(z.string()),
    dataTypes: z.array(z.string()),
    systems: z.array(z.string()),
    relianceDate: day.nullable(),
    publicSector: z.boolean().describe("Bought for a public-sector body: ISO/IEC 27001 expected in every region"),
  })
  .meta({ id: "Service" });

export const documentSchema = z
  .object({
    id,
    vendorId: id,
    filename: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    mimeType: z.string(),
    sizeBytes: z.int(),
    sha256: z.string().describe("SHA-256 of the uploaded bytes, hex."),
    pages: z.int().nullable(),
    parseStatus: z.enum(["queued", "parsing", "retrying", "parsed", "failed"]),
    parseError: z.string().nullable(),
    uploadedAt: instant,
    confirmedAt: instant.nullable().describe("When an analyst confirmed the facts read from it."),
  })
  .meta({ id: "Document" });

export const uploadedDocumentSchema = z
  .object({ document: z.object({ id, filename: z.string(), parseStatus: z.string() }) })
  .meta({ id: "UploadedDocument" });

export const gapSchema = z
  .object({
    id,
    vendor: z.object({ id, legalName: z.string() }),
    serviceId: id.nullable(),
    checkId: z.string().describe("The evidence rule that found it."),
    severity: z.enum(SEVERITIES),
    status: z.enum(GAP_STATUSES),
    title: z.string(),
    subject: z.string(),
    ownerId: id.nullable(),
    dueDate: day.nullable(),
    acceptedUntil: day.nullable(),
  })
  .meta({ id: "Gap" });

export const vendorListSchema = z.object({ data: z.array(vendorSchema), ...pagination }).meta({ id: "VendorList" });
export const serviceListSchema = z.object({ data: z.array(serviceSchema), ...pagination }).meta({ id: "ServiceList" });
export const documentListSchema = z
  .object({ data: z.array(documentSchema), ...pagination })
  .meta({ id: "DocumentList" });
export const gapListSchema = z.object({ data: z.array(gapSchema), ...pagination }).meta({ id: "GapList" });

export const errorSchema = z
  .object({
    error: z.string().describe("What went wrong, in words meant for a person."),
    code: z.enum([...ERROR_CODES, "INTERNAL"]),
    issues: z.unknown().optional().describe("Per-field messages for INVALID_INPUT."),
  })
  .meta({ id: "Error" });

export type VendorDto = z.output<typeof vendorSchema>;
export type ServiceDto = z.output<typeof serviceSchema>;
export type DocumentDto = z.output<typeof documentSchema>;
export type GapDto = z.output<typeof gapSchema>;
