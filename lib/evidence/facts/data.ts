import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { cache } from "react";
import { tenantDb } from "@/lib/db";
import { isUuid } from "@/lib/vendors/data";
import { readStoredFacts } from "./model";

/**
 * The document, its extracted and confirmed facts and corrections, and the team (CUEC owners) for the facts page.
 * Once per request: the review page's layout and the page itself both need it (docs/decisions/044).
 */
export const loadDocumentFacts = cache(async function loadDocumentFacts(actor: Actor, documentId: string) {
  const db = tenantDb(actor.tenantId);
  if (!isUuid(documentId)) return null;
  // The team is read beside the document (not after it): one round trip less before the page can be drawn.
  const [doc, members] = await Promise.all([
    db.document.findFirst({
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
      },
    }),
    db.membership.findMany({
      where: { tenantId: actor.tenantId },
      select: { userId: true, user: { select: { name: true } } },
    }),
  ]);
  if (!doc) return null;
  return {
    doc,
    extracted: readStoredFacts(doc.extraction),
    confirmed: readStoredFacts(doc.confirmedFacts),
    members: members.map((m) => ({ id: m.userId, name: m.user.name })),
  };
});
