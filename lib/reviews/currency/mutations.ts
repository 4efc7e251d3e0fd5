import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { withTenant } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { REGIONS, evidenceCurrency, type EvidenceCurrency } from "@/lib/scoring";
import type { Prisma } from "@/prisma/generated/client";
import {
  defaultCriteriaLookup,
  loadVendorScoring,
  type CriteriaLookup,
  type VendorScoring,
} from "../scoring-input/loaders";

/**
 * The vendor's evidence currency under the criteria its services are scored with (the strictest
 * report age across them). A vendor with no service yet is measured against every region at its
 * tier, so its evidence still shows on the dashboard and in reminders.
 */
export async function currencyOf(
  actor: Actor,
  scoring: VendorScoring,
  asOf: string,
  criteriaFor: CriteriaLookup,
): Promise<EvidenceCurrency> {
  const criteria = scoring.inputs.flatMap((input) => input.criteria);
  return evidenceCurrency({
    vendor: scoring.evidence,
    criteria: criteria.length ? criteria : await criteriaFor(actor, [...REGIONS], scoring.tier),
    asOf,
  });
}

/** The Vendor columns that store a currency (the dashboard, reminders and vendor list read them). */
export function currencyColumns(currency: EvidenceCurrency) {
  return {
    evidenceCoveredUntil: toDbDate(currency.coveredUntil),
    evidenceCurrency: currency.items as unknown as Prisma.InputJsonValue,
    evidenceCurrencyAt: new Date(),
  };
}

/**
 * Recompute and store one vendor's evidence currency, e.g. after its facts were confirmed. A re-score
 * stores it in its own transaction (rescore.ts); this is for changes that do not re-score.
 */
export async function refreshEvidenceCurrency(
  actor: Actor,
  vendorId: string,
  asOf: string,
  criteriaFor: CriteriaLookup = defaultCriteriaLookup,
): Promise<EvidenceCurrency | null> {
  const scoring = await loadVendorScoring(actor, vendorId, asOf, criteriaFor);
  if (!scoring) return null;
  const currency = await currencyOf(actor, scoring, asOf, criteriaFor);
  await withTenant(actor.tenantId, (tx) =>
    tx.vendor.updateMany({ where: { tenantId: actor.tenantId, id: vendorId }, data: currencyColumns(currency) }),
  );
  return currency;
}
