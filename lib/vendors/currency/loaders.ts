import { currencyStepBounds, type CurrencyStep } from "@/lib/scoring";
import { Prisma } from "@/prisma/generated/client";

/**
 * Every stored evidence-currency item (Vendor.evidenceCurrency, computed by lib/scoring/currency.ts)
 * that lapses within the last reminder step of `today`, or already has, with its step. Shared by the
 * dashboard and the reminders so they list the same items. The query only compares stored dates
 * with bounds lib/scoring computes: how long evidence stays current is decided there, not here.
 * Offboarded and archived vendors need no reminders.
 */
export function evidenceDueSql(tenantId: string, today: string): Prisma.Sql {
  const bound = currencyStepBounds(today);
  return Prisma.sql`
    SELECT i."documentId", v.id AS "vendorId", v."legalName", d.filename, d.kind::text AS kind, i.label,
           v."ownerId" AS "vendorOwnerId", i."coveredUntil"::text AS due,
           CASE WHEN i."coveredUntil" < ${bound.expiredBefore}::date THEN 'expired'
                WHEN i."coveredUntil" <= ${bound["1d"]}::date THEN '1d'
                WHEN i."coveredUntil" <= ${bound["7d"]}::date THEN '7d'
                ELSE '30d' END AS bucket
    FROM "Vendor" v
    CROSS JOIN LATERAL jsonb_to_recordset(v."evidenceCurrency") AS i("documentId" uuid, label text, "coveredUntil" date)
    JOIN "Document" d ON d."tenantId" = v."tenantId" AND d.id = i."documentId"
    WHERE v."tenantId" = ${tenantId}::uuid AND v.status <> 'offboarded' AND v."archivedAt" IS NULL
      AND v."evidenceCoveredUntil" <= ${bound["30d"]}::date AND i."coveredUntil" <= ${bound["30d"]}::date`;
}

export type EvidenceDueRow = {
  documentId: string;
  vendorId: string;
  legalName: string;
  filename: string;
  kind: string;
  /** e.g. "ISO/IEC 27001:2022 certificate", "SOC 2 Type 2 report". */
  label: string;
  vendorOwnerId: string | null;
  due: string;
  bucket: CurrencyStep;
};
