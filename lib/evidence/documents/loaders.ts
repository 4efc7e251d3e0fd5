import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb, withTenant, type TenantSql, type TenantTx } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";
import { readStoredFacts, type DocumentFacts } from "@/lib/evidence/facts/model";
import { evidenceFromFacts, type VendorIdentity } from "@/lib/evidence/facts/to-evidence";
import { compareSocReports, compareSubprocessorLists } from "@/lib/scoring/compare";
import type { ListComparison, ReportComparison } from "@/lib/scoring/compare";
import { documentsNamingAnotherOrganisation } from "@/lib/scoring/register/reliance";
import { isUuid } from "@/lib/vendors/data";
import { supersedeSuggestions, versionOf } from "./supersede";

export type DocumentComparison =
  | { kind: "report"; older: string; newer: string; diff: ReportComparison }
  | { kind: "list"; older: string; newer: string; diff: ListComparison };

/** Two confirmed versions of one document, compared with the scorer's own rule (lib/scoring/compare). */
function compareVersions(
  vendor: VendorIdentity,
  older: { id: string; filename: string; facts: DocumentFacts },
  newer: { id: string; filename: string; facts: DocumentFacts },
): DocumentComparison | null {
  const read = (doc: typeof older) => evidenceFromFacts(vendor, [{ documentId: doc.id, facts: doc.facts }]).evidence;
  const [a, b] = [read(older), read(newer)];
  if (a.socReports[0] && b.socReports[0])
    return {
      kind: "report",
      older: older.filename,
      newer: newer.filename,
      diff: compareSocReports(a.socReports[0], b.socReports[0]),
    };
  if (a.subprocessorLists[0] && b.subprocessorLists[0])
    return {
      kind: "list",
      older: older.filename,
      newer: newer.filename,
      diff: compareSubprocessorLists(a.subprocessorLists[0], b.subprocessorLists[0]),
    };
  return null;
}

/**
 * The vendor page's documents: live ones (with what each superseded), suggested replacements, the
 * comparison of each replaced document with its successor, and deleted uploads for the record.
 */
export async function loadVendorDocuments(actor: Actor, vendorId: string) {
  if (!isUuid(vendorId)) return null;
  // Both reads in one transaction (each costs a BEGIN, the tenant setting and a COMMIT).
  return withTenant(actor.tenantId, async (db) => {
    const vendor = await db.vendor.findFirst({
      where: { tenantId: actor.tenantId, id: vendorId },
      select: { id: true, legalName: true, tier: true },
    });
    return vendor ? assemble(vendor, await documentRows(db, actor, vendor.id)) : null;
  });
}

export type VendorDocumentsView = NonNullable<Awaited<ReturnType<typeof loadVendorDocuments>>>;

/**
 * The same, read inside a transaction the caller already has open with this vendor loaded (the
 * vendor page reads it with the rest of its data, docs/decisions/039), plus every document's id and
 * successor, deleted ones included, for the caller's own use.
 */
export async function vendorDocumentsIn(
  db: TenantTx,
  actor: Actor,
  vendor: { id: string; legalName: string; tier: VendorIdentity["tier"] },
) {
  const rows = await documentRows(db, actor, vendor.id);
  return { view: assemble(vendor, rows), all: rows.map((r) => ({ id: r.id, supersededById: r.supersededById })) };
}

const DOCUMENT_ROW = {
  id: true,
  filename: true,
  kind: true,
  parseStatus: true,
  parseError: true,
  uploadedAt: true,
  confirmedAt: true,
  confirmedFacts: true,
  pages: true,
  deletedAt: true,
  deleteReason: true,
  supersededById: true,
  supersededAt: true,
} as const;
type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof DOCUMENT_ROW }>;

function documentRows(db: TenantTx, actor: Actor, vendorId: string): Promise<DocumentRow[]> {
  return db.document.findMany({
    where: { tenantId: actor.tenantId, vendorId },
    orderBy: { uploadedAt: "desc" },
    select: DOCUMENT_ROW,
  });
}

/** vendorDocumentsIn for a readTenant() transaction (the vendor page's reads on the pg pool, docs/decisions/050). */
export async function vendorDocumentsSql(
  sql: TenantSql,
  actor: Actor,
  vendor: { id: string; legalName: string; tier: VendorIdentity["tier"] },
) {
  const rows = await sql<DocumentRow>(Prisma.sql`
    SELECT id, filename, kind, "parseStatus", "parseError", "uploadedAt", "confirmedAt", "confirmedFacts", pages,
           "deletedAt", "deleteReason", "supersededById", "supersededAt"
    FROM "Document" WHERE "tenantId" = ${actor.tenantId}::uuid AND "vendorId" = ${vendor.id}::uuid
    ORDER BY "uploadedAt" DESC`);
  return { view: assemble(vendor, rows), all: rows.map((r) => ({ id: r.id, supersededById: r.supersededById })) };
}

function assemble(vendor: { id: string; legalName: string; tier: VendorIdentity["tier"] }, rows: DocumentRow[]) {
  const identity = { vendorId: vendor.id, vendorName: vendor.legalName, tier: vendor.tier };
  const live = rows.filter((row) => row.deletedAt === null);
  const facts = new Map(live.map((row) => [row.id, row.confirmedAt ? readStoredFacts(row.confirmedFacts) : null]));
  const byId = new Map(live.map((row) => [row.id, row]));
  const versions = live
    .filter((row) => row.supersededById === null && facts.get(row.id))
    .map((row) => versionOf(row.id, row.filename, row.uploadedAt.toISOString(), facts.get(row.id)!));
  const comparisons = live.flatMap((row) => {
    const newer = row.supersededById ? byId.get(row.supersededById) : undefined;
    const [a, b] = [facts.get(row.id), newer ? facts.get(newer.id) : null];
    if (!newer || !a || !b) return [];
    const diff = compareVersions(
      identity,
      { id: row.id, filename: row.filename, facts: a },
      { id: newer.id, filename: newer.filename, facts: b },
    );
    return diff ? [diff] : [];
  });
  return {
    documents: live.map(({ confirmedFacts: _facts, ...row }) => ({
      ...row,
      summary: summarise(facts.get(row.id) ?? null),
      supersededBy: row.supersededById ? (byId.get(row.supersededById)?.filename ?? null) : null,
    })),
    suggestions: supersedeSuggestions(versions).map(({ older, newer }) => ({
      olderId: older.id,
      older: older.filename,
      newerId: newer.id,
      newer: newer.filename,
    })),
    comparisons,
    deleted: rows
      .filter((row) => row.deletedAt !== null)
      .map((row) => ({ id: row.id, filename: row.filename, deletedAt: row.deletedAt!, reason: row.deleteReason })),
  };
}

/** One line under a document's name: what it covers, from its confirmed facts. */
function summarise(facts: DocumentFacts | null): string | null {
  if (!facts) return null;
  switch (facts.kind) {
    case "soc1_report":
    case "soc2_report":
    case "soc3_report": {
      const f = facts.fields;
      const period = f.periodStart.value
        ? `${f.periodStart.value} → ${f.periodEnd.value ?? "?"}`
        : `as of ${f.periodEnd.value ?? "?"}`;
      return `${period} · ${f.auditor.value ?? "auditor not confirmed"} · opinion ${f.opinion.value ?? "not confirmed"}`;
    }
    case "iso_certificate":
    case "other_certificate":
      return `${facts.fields.standard.value ?? "standard not confirmed"} · ${facts.fields.certificationBody.value ?? "body not confirmed"} · expires ${facts.fields.expiryDate.value ?? "—"}`;
    case "bridge_letter":
      return `Bridges ${facts.fields.coversFrom.value ?? "?"} → ${facts.fields.coversThrough.value ?? "?"} · dated ${facts.fields.letterDate.value ?? "?"}`;
    case "subprocessor_list":
      return `${facts.fields.subprocessors.value?.length ?? 0} sub-processors · ${facts.fields.lastUpdated.value ? `updated ${facts.fields.lastUpdated.value}` : "no update date printed"}`;
    default:
      return null;
  }
}

/**
 * Does this document name another organisation than its vendor (a GitHub sub-processor list uploaded
 * to another vendor)? Read from the facts as they stand (confirmed, else as extracted), with the rule
 * the scorer uses (lib/scoring/register/reliance.ts), so the confirm page warns before it is scored.
 */
export async function loadOrganisationWarning(
  actor: Actor,
  documentId: string,
  facts: DocumentFacts | null,
): Promise<{ organisation: string; vendorName: string; page: number | null } | null> {
  if (!facts || !isUuid(documentId)) return null;
  const doc = await tenantDb(actor.tenantId).document.findFirst({
    where: { tenantId: actor.tenantId, id: documentId },
    select: {
      vendor: {
        select: {
          id: true,
          legalName: true,
          tier: true,
          services: { select: { name: true, systems: true, contractedLegalEntity: true } },
        },
      },
    },
  });
  if (!doc) return null;
  const { vendor } = doc;
  const { evidence } = evidenceFromFacts({ vendorId: vendor.id, vendorName: vendor.legalName, tier: vendor.tier }, [
    { documentId, facts },
  ]);
  const services = vendor.services.map((s) => ({
    name: s.name,
    systems: s.systems,
    contractedEntity: s.contractedLegalEntity,
  }));
  const foreign = documentsNamingAnotherOrganisation(evidence, services)[0];
  return foreign
    ? { organisation: foreign.organisation, vendorName: vendor.legalName, page: foreign.source?.page ?? null }
    : null;
}
