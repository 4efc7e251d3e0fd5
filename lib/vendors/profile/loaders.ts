import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { withTenant } from "@/lib/db";
import { VIEW_ACTIONS } from "@/lib/audit/describe";
import { vendorDocumentsIn } from "@/lib/evidence/documents/loaders";
import { GAP_ROW_FIELDS } from "@/lib/gaps/row-fields";
import { SERVICE_FIELDS } from "@/lib/services/fields";
import { VENDOR_FIELDS } from "../fields";

/** Everything the vendor page shows, in one tenant-scoped read (one transaction). Null for a foreign or unknown id. */
export async function loadVendorProfile(actor: Actor, vendorId: string, opts: { showViews?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(vendorId)) return null;
  return withTenant(actor.tenantId, async (db) => {
    const vendor = await db.vendor.findFirst({
      where: { tenantId: actor.tenantId, id: vendorId },
      select: {
        id: true,
        ...VENDOR_FIELDS,
        archivedAt: true,
        services: {
          select: {
            id: true,
            ...SERVICE_FIELDS,
            ownerId: true,
            retiredAt: true,
          },
          orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
        },
        subprocessors: {
          select: { id: true, name: true, purpose: true, location: true, documentId: true },
          orderBy: { name: "asc" },
        },
        gaps: {
          select: { ...GAP_ROW_FIELDS, serviceId: true, repeat: true },
          orderBy: [{ status: "asc" }, { severity: "asc" }, { dueDate: "asc" }],
        },
        reviews: {
          select: { id: true, decision: true, note: true, decidedAt: true, decidedById: true, serviceId: true },
          orderBy: { decidedAt: "desc" },
        },
      },
    });
    if (!vendor) return null;
    // The documents section's data, in this same transaction (it used to open its own).
    const documents = await vendorDocumentsIn(db, actor, vendor);
    // A superseded list keeps its rows (the year-over-year comparison reads them), but the vendor's
    // sub-processors today are those of the current version only.
    const replaced = new Set(documents.all.filter((d) => d.supersededById).map((d) => d.id));
    const subprocessors = vendor.subprocessors.filter((s) => !s.documentId || !replaced.has(s.documentId));
    const members = await db.membership.findMany({
      where: { tenantId: actor.tenantId },
      select: { userId: true, role: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    });
    const entityIds = [
      vendor.id,
      ...documents.all.map((d) => d.id),
      ...vendor.gaps.map((g) => g.id),
      ...vendor.services.map((s) => s.id),
    ];
    const history = await db.auditEvent.findMany({
      where: {
        tenantId: actor.tenantId,
        entityId: { in: entityIds },
        // Document views and downloads would bury the changes; shown only when asked for.
        ...(opts.showViews ? {} : { action: { notIn: [...VIEW_ACTIONS] } }),
      },
      select: { id: true, action: true, entityType: true, createdAt: true, actorId: true, data: true },
      orderBy: { createdAt: "desc" },
      take: 50,
    });
    const names = new Map(members.map((m) => [m.userId, m.user.name]));
    // An API token acts as itself (its id is the audit actor): name it, not "former member". Read only
    // when an event's actor is not a member (most pages: none, so one statement less).
    const strangers = [...new Set(history.map((e) => e.actorId).filter((id) => id && !names.has(id)))] as string[];
    const tokens = strangers.length
      ? await db.apiToken.findMany({
          where: { tenantId: actor.tenantId, id: { in: strangers } },
          select: { id: true, name: true },
        })
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
