import { assert, fail } from "./assert";
import { addDays, compareDates, isIsoDate } from "./dates";
import type { CriteriaSet, IsoCertificate, IsoDate, SocReport, VendorEvidence } from "./types";

// Evidence currency: until when a vendor's evidence covers it. The one definition of "expired":
// the dashboard, the reminders and the vendor list read the stored result, and the gap register's
// soc-report-current and certificate-in-date checks measure the same dates against the same limits
// (a SOC report is current through period end + maxReportAgeDays, a certificate through its expiry).

/** One piece of evidence that decides currency: the newest of its family. */
export type CurrencyItem = {
  documentId: string;
  /** `soc:<kind>` (one per SOC level) or `iso:<standard>` (one per standard). */
  family: string;
  /** e.g. "SOC 2 Type 2 report", "ISO/IEC 27001:2022 certificate". */
  label: string;
  /** The last day this item covers the vendor (inclusive). */
  coveredUntil: IsoDate;
};

export const CURRENCY_STATUSES = ["none", "expired", "expiring", "current"] as const;
export type CurrencyStatus = (typeof CURRENCY_STATUSES)[number];

export type EvidenceCurrency = {
  /** The newest item of each family, soonest to lapse first. */
  items: CurrencyItem[];
  /** The earliest `coveredUntil` of the items: the vendor is fully covered through this day. null = nothing dated. */
  coveredUntil: IsoDate | null;
  /** The newest SOC report (by period end) on file, whatever its level. */
  newestReport: { documentId: string; periodEnd: IsoDate } | null;
  /** The state on `asOf`. */
  status: CurrencyStatus;
};

/** Reminder steps, soonest first: a lapsed item, then one lapsing within 1, 7 or 30 days. */
export const CURRENCY_STEPS = ["expired", "1d", "7d", "30d"] as const;
export type CurrencyStep = (typeof CURRENCY_STEPS)[number];
const STEP_DAYS: Record<Exclude<CurrencyStep, "expired">, number> = { "1d": 1, "7d": 7, "30d": 30 };
/** An item lapsing within this many days is "expiring". */
export const EXPIRING_WITHIN_DAYS = STEP_DAYS["30d"];

const SOC_LABEL = { soc1: "SOC 1", soc2: "SOC 2", soc3: "SOC 3" } as const;

function socLabel(report: SocReport): string {
  const type = report.type === "type_1" ? " Type 1" : report.type === "type_2" ? " Type 2" : "";
  return `${SOC_LABEL[report.kind]}${type} report`;
}

function certificateLabel(cert: IsoCertificate): string {
  if (!cert.standard) return "Certificate";
  return `${cert.standard}${cert.standardVersion ? `:${cert.standardVersion}` : ""} certificate`;
}

/** Newest first by `coveredUntil`; equal dates by document id so the choice never depends on input order. */
function newestPerFamily(items: CurrencyItem[]): CurrencyItem[] {
  const newest = new Map<string, CurrencyItem>();
  for (const item of items) {
    const held = newest.get(item.family);
    const later = held ? compareDates(item.coveredUntil, held.coveredUntil) : 1;
    if (!held || later > 0 || (later === 0 && item.documentId < held.documentId)) newest.set(item.family, item);
  }
  return [...newest.values()];
}

/**
 * Until when the vendor's evidence covers it, from its confirmed evidence and the admin's criteria
 * (the sets of every region the vendor serves at its tier; the strictest report age wins, as in the
 * scorer's effective policy). Only the newest item of each family counts, so a superseded 2024
 * report does not leave the vendor "expired" forever. Bridge letters never extend currency: the
 * scorer raises their absence as its own gap. Pure: no clock, `asOf` only sets `status`.
 */
export function evidenceCurrency({
  vendor,
  criteria,
  asOf,
}: {
  vendor: Pick<VendorEvidence, "socReports" | "isoCertificates">;
  criteria: Pick<CriteriaSet, "maxReportAgeDays">[];
  asOf: IsoDate;
}): EvidenceCurrency {
  if (!isIsoDate(asOf)) fail(`asOf is not a YYYY-MM-DD date: ${asOf}`);
  assert(criteria.length > 0, "evidenceCurrency needs at least one criteria set");
  const maxReportAgeDays = Math.min(...criteria.map((set) => set.maxReportAgeDays));

  const candidates: CurrencyItem[] = [];
  let newestReport: EvidenceCurrency["newestReport"] = null;
  for (const report of vendor.socReports) {
    if (!report.periodEnd) continue;
    candidates.push({
      documentId: report.documentId,
      family: `soc:${report.kind}`,
      label: socLabel(report),
      coveredUntil: addDays(report.periodEnd, maxReportAgeDays),
    });
    const order = newestReport ? compareDates(report.periodEnd, newestReport.periodEnd) : 1;
    if (order > 0 || (order === 0 && report.documentId < newestReport!.documentId))
      newestReport = { documentId: report.documentId, periodEnd: report.periodEnd };
  }
  for (const cert of vendor.isoCertificates) {
    // A claims page is the vendor's own statement, not a certificate that lapses.
    if (cert.docKind !== "certificate" || !cert.expiryDate) continue;
    candidates.push({
      documentId: cert.documentId,
      family: `iso:${cert.standard ?? ""}`,
      label: certificateLabel(cert),
      coveredUntil: cert.expiryDate,
    });
  }

  const items = newestPerFamily(candidates).sort(
    (a, b) => compareDates(a.coveredUntil, b.coveredUntil) || a.family.localeCompare(b.family),
  );
  const coveredUntil = items[0]?.coveredUntil ?? null;
  return { items, coveredUntil, newestReport, status: currencyStatusOn(coveredUntil, asOf) };
}

/** The state on `day` of evidence covering through `coveredUntil` (null = nothing dated on file). */
export function currencyStatusOn(coveredUntil: IsoDate | null, day: IsoDate): CurrencyStatus {
  if (coveredUntil === null) return "none";
  if (compareDates(coveredUntil, day) < 0) return "expired";
  if (compareDates(coveredUntil, addDays(day, EXPIRING_WITHIN_DAYS)) <= 0) return "expiring";
  return "current";
}

/**
 * The last `coveredUntil` date of each step on `day`: an item belongs to the first step whose bound
 * it does not pass ("expired": before `day`). Readers that filter stored dates in SQL bind these
 * dates, so no query does calendar arithmetic of its own.
 */
export function currencyStepBounds(day: IsoDate): { expiredBefore: IsoDate } & Record<keyof typeof STEP_DAYS, IsoDate> {
  return {
    expiredBefore: day,
    "1d": addDays(day, STEP_DAYS["1d"]),
    "7d": addDays(day, STEP_DAYS["7d"]),
    "30d": addDays(day, STEP_DAYS["30d"]),
  };
}

/** The reminder step of an item on `day`, or null when it lapses later than the last step. */
export function currencyStepOn(coveredUntil: IsoDate, day: IsoDate): CurrencyStep | null {
  const bounds = currencyStepBounds(day);
  if (compareDates(coveredUntil, bounds.expiredBefore) < 0) return "expired";
  for (const step of ["1d", "7d", "30d"] as const) if (compareDates(coveredUntil, bounds[step]) <= 0) return step;
  return null;
}
