import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb } from "@/lib/db";
import { asStoredFacts } from "@/lib/reviews/evidence";
import { isUuid } from "@/lib/vendors/data";

/** The document, its extracted and confirmed facts, corrections and CUEC/subservice rows for the facts page. */
export async function loadDocumentFacts(actor: Actor, documentId: string) {
  const db = tenantDb(actor.tenantId);
  if (!isUuid(documentId)) return null;
  const doc = await db.document.findFirst({
    where: { tenantId: actor.tenantId, id: documentId },
    select: {
      id: true,
      filename: true,
      kind: true,
      parseStatus: true,
      parseError: true,
      pages: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      uploadedAt: true,
      extraction: true,
      confirmedFacts: true,
      confirmedAt: true,
      confirmedById: true,
      vendor: { select: { id: true, legalName: true } },
      corrections: {
        select: { id: true, field: true, oldValue: true, newValue: true, correctedById: true, createdAt: true },
        orderBy: { createdAt: "desc" },
      },
      socReport: {
        select: {
          cuecs: {
            select: {
              id: true,
              text: true,
              criteria: true,
              page: true,
              buyerControl: true,
              ownerId: true,
              evidenceUrl: true,
              dueDate: true,
            },
            orderBy: { id: "asc" },
          },
          subserviceOrgs: {
            select: { id: true, name: true, service: true, method: true, ownReportOnFile: true },
            orderBy: { name: "asc" },
          },
        },
      },
    },
  });
  if (!doc) return null;
  const members = await db.membership.findMany({
    where: { tenantId: actor.tenantId },
    select: { userId: true, user: { select: { name: true } } },
  });
  const extraction = doc.extraction as Record<string, unknown> | null;
  return {
    doc,
    extracted: asStoredFacts(extraction),
    confirmed: asStoredFacts(doc.confirmedFacts),
    notInTextLayer: Array.isArray(extraction?.not_in_text_layer) ? (extraction.not_in_text_layer as string[]) : [],
    members: members.map((m) => ({ id: m.userId, name: m.user.name })),
  };
}
