import * as z from "zod";
import { CURRENCY_STATUSES } from "@/lib/scoring";
import { TIERS as VENDOR_TIERS } from "@/lib/vocabulary";

// Isomorphic: the forms and the server actions both validate with these.
export { VENDOR_TIERS };
export const VENDOR_STATUSES = ["onboarding", "active", "under_review", "offboarded"] as const;
export const VENDOR_SORTS = ["name", "tier", "evidence", "gaps", "review"] as const;
export const EVIDENCE_STATES = CURRENCY_STATUSES;

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);
const optionalText = (max: number) =>
  text(max)
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional();

export const vendorFormSchema = z.object({
  legalName: text(200).min(2, "Enter the vendor's legal name."),
  aliases: text(1000)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(/[\n,]/)
            .map((a) => a.trim())
            .filter(Boolean)
            .slice(0, 20)
        : [],
    ),
  website: optionalText(500).refine(
    (u) => !u || /^https?:\/\/[^\s]+$/i.test(u),
    "Enter a web address starting with https://",
  ),
  tier: z.enum(VENDOR_TIERS),
  status: z.enum(VENDOR_STATUSES),
  nextReviewDate: z
    .union([z.literal(""), z.iso.date("Use a date like 2026-12-31.")])
    .optional()
    .transform((d) => d || null),
});
export type VendorFormInput = z.input<typeof vendorFormSchema>;
export type VendorForm = z.output<typeof vendorFormSchema>;

export const updateVendorSchema = vendorFormSchema.extend({ vendorId: z.uuid() });

export const vendorListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  tier: z.enum(VENDOR_TIERS).optional().catch(undefined),
  status: z.enum(VENDOR_STATUSES).optional().catch(undefined),
  region: z.enum(["EU", "UK", "US", "APAC"]).optional().catch(undefined),
  critical: z.literal("1").optional().catch(undefined),
  expiring: z.literal("1").optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
  sort: z.enum(VENDOR_SORTS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type VendorListQuery = z.output<typeof vendorListQuerySchema>;

export const archiveVendorSchema = z.object({
  vendorId: z.uuid(),
  archived: z.enum(["1", "0"]).transform((v) => v === "1"),
});
