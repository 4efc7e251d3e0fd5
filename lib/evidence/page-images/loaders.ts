import "server-only";
import { after } from "next/server";
import { cache } from "react";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/roles";
import { findKeptPageSizes, type KeptPageSizes } from "./data";
import { keepPageImage } from "./kept";

/**
 * The document's kept page images, if the actor may see the document's pages (the page route's permission; the
 * route checks it again, with the tenant, when the browser asks for the image); null if not. Read at the same time
 * as the document's facts, which say which page the review opens at; once per request, by the review page's layout
 * (which has the browser fetch the opening page's image from the <head>) and its page (docs/decisions/044).
 */
export const loadKeptPages = cache(async (actor: Actor, documentId: string): Promise<KeptPageSizes | null> => {
  if (!can(actor.role, "document:download")) return null;
  return findKeptPageSizes(actor.tenantId, documentId);
});

/**
 * The review opens at `page`; if it has no kept image (a document read before images were kept, a page opened from a
 * link), it is drawn and kept after this response, so its next view has it; this view shows the page when pdf.js has
 * drawn it (docs/decisions/041). Nothing if the actor may not see the pages (`kept` null).
 */
export function keepPageLater(actor: Actor, documentId: string, page: number, kept: KeptPageSizes | null): void {
  if (kept && !kept.has(page)) after(() => keepPageImage(actor.tenantId, documentId, page));
}
