import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb, withTenant } from "@/lib/db";
import { fromDbDate } from "@/lib/dates";
import { DOCUMENT_KIND_LABELS, documentKindLabel } from "@/lib/vocabulary";
import type { Prisma } from "@/prisma/generated/client";
import { toGapWhere } from "@/lib/gaps/data";
import type { GapListQuery } from "@/lib/gaps/schema";
import type { CuecMapping, EvidenceItem, GapReport } from "@/lib/export/types";
import { describeFilters } from "./filters";

const MAX_GAPS = 20_000;
const CUEC_CHECK = "cuec-mapped";

/** Builds the export DTO for one vendor or the whole tenant (with the register's filters), tenant-scoped. */
export async function loadGapReport(
  actor: Actor,
  opts: { vendorId?: string; filters?: Partial<GapListQuery>; today: string },
): Promise<GapReport | null> {
  const db = tenantDb(actor.tenantId);
  const gapWhere: Prisma.GapWhereInput = opts.vendorId
    ? { tenantId: actor.tenantId, vendorId: opts.vendorId }
    : toGapWhere(actor, opts.filters ?? {}, opts.today);
  const vendorWhere: Prisma.VendorWhereInput = opts.vendorId
    ? { tenantId: actor.tenantId, id: opts.vendorId }
    : { tenantId: actor.tenantId, gaps: { some: gapWhere } };
  const vendors = await db.vendor.findMany({
    where: vendorWhere,
    select: {
      id: true,
      legalName: true,
      tier: true,
      status: true,
      services: { select: { id: true, name: true } },
      reviews: {
        select: { decision: true, note: true, decidedById: true, decidedAt: true },
        orderBy: { decidedAt: "desc" },
        take: 1,
      },
      documents: {
        where: { confirmedAt: { not: null } },
        select: {
          filename: true,
          kind: true,
          socReport: {
            select: {
              socLevel: true,
              type: true,
              periodStart: true,
              periodEnd: true,
              asOfDate: true,
              reportDate: true,
              auditorName: true,
              opinion: true,
            },
          },
          isoCertificate: {
            select: {
              standard: true,
              standardVersion: true,
              certificationBody: true,
              issueDate: true,
              expiryDate: true,
            },
          },
          bridgeLetter: { select: { coversFrom: true, coversTo: true, letterDate: true, signedBy: true } },
        },
      },
      gaps: {
        where: gapWhere,
        select: {
          key: true,
          checkId: true,
          severity: true,
          title: true,
          detail: true,
          status: true,
          ownerId: true,
          dueDate: true,
          citation: true,
          serviceId: true,
          acceptedUntil: true,
          acceptanceNote: true,
          id: true,
          subject: true,
          comments: { select: { authorId: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
        },
        orderBy: [{ severity: "asc" }, { dueDate: "asc" }],
        take: MAX_GAPS,
      },
    },
    orderBy: { legalName: "asc" },
  });
  if (opts.vendorId && vendors.length === 0) return null;
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: actor.tenantId }, select: { name: true } });
  const members = await db.membership.findMany({
    where: { tenantId: actor.tenantId },
    select: { userId: true, user: { select: { name: true } } },
  });
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  const docNames = new Map<string, string>();
  const allDocs = await db.document.findMany({
    where: { tenantId: actor.tenantId, vendorId: { in: vendors.map((v) => v.id) } },
    select: { id: true, filename: true },
  });
  for (const d of allDocs) docNames.set(d.id, d.filename);
  const gaps = vendors.flatMap((v) => v.gaps);
  const matchingGaps = await db.gap.count({ where: gapWhere });
  const accepted = await acceptances(
    actor,
    gaps.filter((g) => g.status === "risk_accepted" || g.status === "not_applicable").map((g) => g.id),
  );
  const cuecs = await cuecMappings(
    actor,
    gaps.filter((g) => g.checkId === CUEC_CHECK).map((g) => g.subject.split(":")[0]),
    (id) => names.get(id) ?? null,
  );
  const filters = opts.vendorId
    ? []
    : describeFilters(opts.filters ?? {}, {
        member: (id) => names.get(id === "me" ? actor.userId : id) ?? null,
        vendor: opts.filters?.vendor ? (vendors.find((v) => v.id === opts.filters?.vendor)?.legalName ?? null) : null,
      });

  return {
    tenantName: tenant.name,
    generatedAt: new Date().toISOString(),
    asOf: opts.today,
    scope: opts.vendorId ? "vendor" : "tenant",
    filters,
    matchingGaps,
    vendors: vendors.map((v) => {
      const services = new Map(v.services.map((s) => [s.id, s.name]));
      const decision = v.reviews[0];
      return {
        id: v.id,
        name: v.legalName,
        tier: v.tier,
        status: v.status,
        decision: decision
          ? {
              decision: decision.decision.replace(/_/g, " "),
              note: decision.note,
              decidedBy: names.get(decision.decidedById) ?? null,
              decidedAt: decision.decidedAt.toISOString(),
            }
          : null,
        evidence: v.documents.map((d): EvidenceItem => {
          if (d.socReport) {
            const r = d.socReport;
            return {
              kind: `${r.socLevel.toUpperCase()}${r.type ? ` ${r.type.replace("type_", "Type ")}` : ""}`,
              title: d.filename,
              auditorOrBody: r.auditorName,
              periodStart: fromDbDate(r.periodStart),
              periodEnd: fromDbDate(r.periodEnd ?? r.asOfDate),
              issueDate: fromDbDate(r.reportDate),
              expiryDate: null,
              status: `opinion: ${r.opinion ?? "not read"}`,
            };
          }
          if (d.isoCertificate) {
            const c = d.isoCertificate;
            return {
              kind: `${c.standard ?? "Certificate"}${c.standardVersion ? `:${c.standardVersion}` : ""}`,
              title: d.filename,
              auditorOrBody: c.certificationBody,
              periodStart: null,
              periodEnd: null,
              issueDate: fromDbDate(c.issueDate),
              expiryDate: fromDbDate(c.expiryDate),
              status: c.expiryDate && fromDbDate(c.expiryDate)! < opts.today ? "expired" : "in date",
            };
          }
          if (d.bridgeLetter) {
            const b = d.bridgeLetter;
            return {
              kind: DOCUMENT_KIND_LABELS.bridge_letter,
              title: d.filename,
              auditorOrBody: b.signedBy,
              periodStart: fromDbDate(b.coversFrom),
              periodEnd: fromDbDate(b.coversTo),
              issueDate: fromDbDate(b.letterDate),
              expiryDate: null,
              status: "confirmed",
            };
          }
          return {
            kind: documentKindLabel(d.kind),
            title: d.filename,
            auditorOrBody: null,
            periodStart: null,
            periodEnd: null,
            issueDate: null,
            expiryDate: null,
            status: "confirmed",
          };
        }),
        gaps: v.gaps.map((g) => {
          const c = g.citation as { documentId?: string; page?: number | null; quote?: string | null } | null;
          const citedDocument = c?.documentId ? (docNames.get(c.documentId) ?? "document") : null;
          const citation = citedDocument
            ? `${citedDocument}${c?.page ? ` p.${c.page}` : ""}${c?.quote ? `: “${c.quote}”` : ""}`
            : null;
          const acceptance = accepted.get(g.id);
          return {
            key: g.key,
            checkId: g.checkId,
            severity: g.severity,
            title: g.title,
            detail: g.detail,
            status: g.status,
            ownerName: g.ownerId ? (names.get(g.ownerId) ?? null) : null,
            dueDate: fromDbDate(g.dueDate),
            citation,
            service: g.serviceId ? (services.get(g.serviceId) ?? null) : null,
            acceptedUntil: fromDbDate(g.acceptedUntil),
            acceptanceNote: g.acceptanceNote,
            acceptedBy: acceptance
              ? acceptance.actorId
                ? (names.get(acceptance.actorId) ?? "former member")
                : "system"
              : null,
            acceptedOn: acceptance ? fromDbDate(acceptance.at) : null,
            citedDocument,
            citedPage: citedDocument ? (c?.page ?? null) : null,
            citedQuote: citedDocument ? (c?.quote ?? null) : null,
            comments: g.comments.map((m) => ({
              author: names.get(m.authorId) ?? "former member",
              at: m.createdAt.toISOString(),
              body: m.body,
            })),
            cuecMappings: g.checkId === CUEC_CHECK ? (cuecs.get(g.subject.split(":")[0]) ?? []) : [],
          };
        }),
      };
    }),
  };
}

/**
 * Who made each gap's current acceptance (or not-applicable), and when: the latest triage event
 * that set its status or acceptance terms. Only asked for gaps that are accepted or not applicable.
 */
async function acceptances(actor: Actor, gapIds: string[]): Promise<Map<string, { actorId: string | null; at: Date }>> {
  if (!gapIds.length) return new Map();
  const rows = await withTenant(
    actor.tenantId,
    (tx) => tx.$queryRaw<{ id: string; actorId: string | null; at: Date }[]>`
      SELECT DISTINCT ON ("entityId") "entityId" AS id, "actorId", "createdAt" AS at
      FROM "AuditEvent"
      WHERE "tenantId" = ${actor.tenantId}::uuid AND "entityType" = 'Gap' AND action = 'gap.update'
        AND "entityId" = ANY(${gapIds}::text[])
        AND jsonb_exists_any(data->'changed', ARRAY['status', 'acceptanceNote', 'acceptedUntil'])
      ORDER BY "entityId", "createdAt" DESC`,
  );
  return new Map(rows.map((r) => [r.id, { actorId: r.actorId, at: r.at }]));
}

/** Each report's CUECs and the buyer control (owner, evidence) mapped to each, by document id. */
async function cuecMappings(
  actor: Actor,
  documentIds: string[],
  nameOf: (id: string) => string | null,
): Promise<Map<string, CuecMapping[]>> {
  const ids = [...new Set(documentIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!ids.length) return new Map();
  const rows = await tenantDb(actor.tenantId).cuec.findMany({
    where: { tenantId: actor.tenantId, socReport: { documentId: { in: ids } } },
    select: {
      text: true,
      buyerControl: true,
      ownerId: true,
      evidenceUrl: true,
      socReport: { select: { documentId: true } },
    },
    orderBy: { text: "asc" },
  });
  const out = new Map<string, CuecMapping[]>();
  for (const r of rows) {
    const list = out.get(r.socReport.documentId) ?? [];
    list.push({
      cuec: r.text,
      buyerControl: r.buyerControl,
      owner: r.ownerId ? (nameOf(r.ownerId) ?? "former member") : null,
      evidence: r.evidenceUrl,
    });
    out.set(r.socReport.documentId, list);
  }
  return out;
}
