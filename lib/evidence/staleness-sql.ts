import { Prisma } from "@/prisma/generated/client";

// Shared by the dashboard, the reminder planner and the vendor list, so all agree on what "expiring" means.

export const EVIDENCE_BUCKETS = ["expired", "1d", "7d", "30d"] as const;
export type EvidenceBucket = (typeof EVIDENCE_BUCKETS)[number];

/**
 * Per vendor, the newest piece of each evidence family (an ISO certificate per standard, a SOC
 * report per level) with the date it goes stale: the certificate's expiry, or the report's period
 * end (as-of date for type 1) + 12 months (evidenceItemsSql). Only the newest counts, so a
 * 2024 report superseded by a 2025 one is not reported as expired forever. Bridge letters are left
 * out: they extend a report within its 12 months and never decide staleness on their own.
 * Offboarded vendors need no reminders. Rows: documentId, vendorId, legalName, filename, kind, label,
 * due ('YYYY-MM-DD'), bucket; only those due within 30 days of `today` (or already stale).
 */
/**
 * Every dated piece of evidence of a tenant, one row each: documentId, vendorId, filename, kind,
 * family ('iso:<standard>' or 'soc:<level>'), due (the date it goes stale: a certificate's expiry, or
 * a SOC report's period end, as-of date for type 1, + 12 months) and a label. The one definition of
 * staleness: the dashboard, the reminders and the vendor list all read it. `tenantId` is SQL so a
 * caller can pass a bound parameter or a column of an outer row.
 */
export function evidenceItemsSql(tenantId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
        SELECT d.id AS "documentId", d."vendorId", d.filename, d.kind::text AS kind,
               'iso:' || COALESCE(ic.standard, '') AS family, ic."expiryDate" AS due,
               COALESCE(NULLIF(concat_ws(':', ic.standard, ic."standardVersion"), '') || ' certificate', 'Certificate') AS label
        FROM "IsoCertificate" ic
        JOIN "Document" d ON d."tenantId" = ic."tenantId" AND d.id = ic."documentId"
        WHERE ic."tenantId" = ${tenantId} AND ic."expiryDate" IS NOT NULL
        UNION ALL
        SELECT d.id, d."vendorId", d.filename, d.kind::text,
               'soc:' || sr."socLevel"::text, (COALESCE(sr."periodEnd", sr."asOfDate") + interval '12 months')::date,
               'SOC ' || substr(sr."socLevel"::text, 4) || CASE sr.type WHEN 'type_1' THEN ' Type 1' WHEN 'type_2' THEN ' Type 2' ELSE '' END || ' report'
        FROM "SocReport" sr
        JOIN "Document" d ON d."tenantId" = sr."tenantId" AND d.id = sr."documentId"
        WHERE sr."tenantId" = ${tenantId} AND COALESCE(sr."periodEnd", sr."asOfDate") IS NOT NULL`;
}

export function evidenceDueSql(tenantId: string, today: string): Prisma.Sql {
  return Prisma.sql`
    SELECT l."documentId", l."vendorId", v."legalName", l.filename, l.kind, l.label, v."ownerId" AS "vendorOwnerId", l.due::text AS due,
           CASE WHEN l.due < ${today}::date THEN 'expired'
                WHEN l.due <= ${today}::date + 1 THEN '1d'
                WHEN l.due <= ${today}::date + 7 THEN '7d'
                ELSE '30d' END AS bucket
    FROM (
      SELECT DISTINCT ON (e."vendorId", e.family) e.*
      FROM (
${evidenceItemsSql(Prisma.sql`${tenantId}::uuid`)}
      ) e
      ORDER BY e."vendorId", e.family, e.due DESC
    ) l
    JOIN "Vendor" v ON v."tenantId" = ${tenantId}::uuid AND v.id = l."vendorId"
    WHERE l.due <= ${today}::date + 30 AND v.status <> 'offboarded'`;
}

export type EvidenceDueRow = {
  documentId: string;
  vendorId: string;
  legalName: string;
  filename: string;
  kind: string;
  /** e.g. "ISO/IEC 27001:2013 certificate", "SOC 2 Type 2 report". */
  label: string;
  vendorOwnerId: string | null;
  due: string;
  bucket: EvidenceBucket;
};
