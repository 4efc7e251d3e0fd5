import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { readTenant } from "@/lib/db";
import { Prisma, type Role } from "@/prisma/generated/client";
import { VIEW_ACTIONS } from "@/lib/audit/describe";
import { vendorDocumentsSql } from "@/lib/evidence/documents/loaders";
import { GAP_ROW_FIELDS } from "@/lib/gaps/row-fields";
import { SERVICE_FIELDS } from "@/lib/services/fields";
import { VENDOR_FIELDS } from "../fields";

const SERVICE_ROW = { id: true, ...SERVICE_FIELDS, ownerId: true, retiredAt: true } as const;
const SUBPROCESSOR_ROW = { id: true, name: true, purpose: true, location: true, documentId: true } as const;
const GAP_ROW = { ...GAP_ROW_FIELDS, serviceId: true, repeat: true } as const;
const REVIEW_ROW = {
  id: true,
  decision: true,
  note: true,
  decidedAt: true,
  decidedById: true,
  serviceId: true,
} as const;
const HISTORY_ROW = { id: true, action: true, entityType: true, createdAt: true, actorId: true, data: true } as const;
type VendorRow = Prisma.VendorGetPayload<{ select: { id: true; archivedAt: true } & typeof VENDOR_FIELDS }>;

/**
 * Everything the vendor page shows, in one tenant-scoped read (one transaction). Null for a foreign or unknown id.
 * On the pg pool (readTenant), not through Prisma: the page's ten statements cost more Node CPU in Prisma's
 * pipeline than in PostgreSQL (docs/decisions/050). The same columns, order and shapes as the Prisma reads
 * they replace (tests/db/vendor-profile-sql.test.ts compares the two).
 */
export async function loadVendorProfile(actor: Actor, vendorId: string, opts: { showViews?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(vendorId)) return null;
  const tenant = actor.tenantId;
  return readTenant(tenant, async (sql) => {
    const [found] = await sql<VendorRow>(Prisma.sql`
      SELECT id, "legalName", aliases, website, tier, status, "nextReviewDate", "archivedAt"
      FROM "Vendor" WHERE "tenantId" = ${tenant}::uuid AND id = ${vendorId}::uuid LIMIT 1`);
    if (!found) return null;
    const ofVendor = Prisma.sql`"tenantId" = ${tenant}::uuid AND "vendorId" = ${found.id}::uuid`;
    // In sequence: statements in one transaction share one connection.
    const services = await sql<Prisma.BuyerServiceGetPayload<{ select: typeof SERVICE_ROW }>>(Prisma.sql`
      SELECT id, name, systems, "dataTypes", regions, locations, "contractedLegalEntity", criticality, "relianceDate",
             "publicSector", "ownerId", "retiredAt"
      FROM "BuyerService" WHERE ${ofVendor} ORDER BY "retiredAt" DESC NULLS FIRST, name ASC`);
    const allSubprocessors = await sql<Prisma.SubprocessorGetPayload<{ select: typeof SUBPROCESSOR_ROW }>>(
      Prisma.sql`SELECT id, name, purpose, location, "documentId" FROM "Subprocessor" WHERE ${ofVendor} ORDER BY name ASC`,
    );
    const gaps = await sql<Prisma.GapGetPayload<{ select: typeof GAP_ROW }>>(Prisma.sql`
      SELECT id, severity, title, subject, status, "dueDate", "ownerId", "acceptedUntil", "serviceId", repeat
      FROM "Gap" WHERE ${ofVendor} ORDER BY status ASC, severity ASC, "dueDate" ASC`);
    const reviews = await sql<Prisma.ReviewGetPayload<{ select: typeof REVIEW_ROW }>>(Prisma.sql`
      SELECT id, decision, note, "decidedAt", "decidedById", "serviceId"
      FROM "Review" WHERE ${ofVendor} ORDER BY "decidedAt" DESC`);
    const vendor = { ...found, services, subprocessors: allSubprocessors, gaps, reviews };
    // The documents section's data, in this same transaction (it used to open its own).
    const documents = await vendorDocumentsSql(sql, actor, vendor);
    // A superseded list keeps its rows (the year-over-year comparison reads them), but the vendor's
    // sub-processors today are those of the current version only.
    const replaced = new Set(documents.all.filter((d) => d.supersededById).map((d) => d.id));
    const subprocessors = vendor.subprocessors.filter((s) => !s.documentId || !replaced.has(s.documentId));
    const memberRows = await sql<{ userId: string; role: Role; name: string }>(Prisma.sql`
      SELECT m."userId", m.role, u.name
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."tenantId" = ${tenant}::uuid ORDER BY u.name ASC`);
    const members = memberRows.map((m) => ({ userId: m.userId, role: m.role, user: { name: m.name } }));
    const entityIds = [
      vendor.id,
      ...documents.all.map((d) => d.id),
      ...vendor.gaps.map((g) => g.id),
      ...vendor.services.map((s) => s.id),
    ];
    const history = await sql<Prisma.AuditEventGetPayload<{ select: typeof HISTORY_ROW }>>(Prisma.sql`
      SELECT id, action, "entityType", "createdAt", "actorId", data
      FROM "AuditEvent"
      WHERE "tenantId" = ${tenant}::uuid AND "entityId" = ANY(${entityIds}::text[])
        ${
          // Document views and downloads would bury the changes; shown only when asked for.
          opts.showViews ? Prisma.empty : Prisma.sql`AND action <> ALL(${[...VIEW_ACTIONS]}::text[])`
        }
      ORDER BY "createdAt" DESC LIMIT 50`);
    const names = new Map(members.map((m) => [m.userId, m.user.name]));
    // An API token acts as itself (its id is the audit actor): name it, not "former member". Read only
    // when an event's actor is not a member (most pages: none, so one statement less).
    const strangers = [...new Set(history.map((e) => e.actorId).filter((id) => id && !names.has(id)))] as string[];
    const tokens = strangers.length
      ? await sql<{ id: string; name: string }>(Prisma.sql`
          SELECT id, name FROM "ApiToken" WHERE "tenantId" = ${tenant}::uuid AND id = ANY(${strangers}::uuid[])`)
      : [];
    const actors = new Map([...names, ...tokens.map((t) => [t.id, `API token “${t.name}”`] as const)]);
    return {
      vendor: { ...vendor, subprocessors },
      documents: documents.view,
      members: members.map((m) => ({ id: m.userId, name: m.user.name, role: m.role })),
      history,
      nameOf: (id: string | null) => (id ? (names.get(id) ?? "former member") : null),
      actorOf: (id: string) => actors.get(id) ?? "former member",
    };
  });
}
