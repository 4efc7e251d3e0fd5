import "server-only";
import { after } from "next/server";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/roles";
import type { FirstPaint } from "@/components/pdf-viewer/first-paint";
import { findKeptPageImage } from "./data";
import { keepPageImage } from "./kept";

/** The address of a page's image: the authorised, audited page route (the kept image, or the page drawn now). */
export function pageImageSrc(documentId: string, page: number): string {
  return `/api/documents/${documentId}/pages/${page}`;
}

/**
 * A kept image of the page the review opens at, for the review page's HTML, if the actor may see the document's pages (the page route's
 * permission; the route checks it again, with the tenant, when the browser asks for the image). A page without one
 * (a document read before images were kept, a page opened from a link) is drawn and kept after this response, so
 * its next view has it; this view shows the page when pdf.js has drawn it, as before.
 */
export async function loadFirstPaint(actor: Actor, documentId: string, page: number): Promise<FirstPaint | null> {
  if (!can(actor.role, "document:download")) return null;
  const kept = await findKeptPageImage(actor.tenantId, documentId, page);
  if (kept) return { page, src: pageImageSrc(documentId, page), width: kept.width, height: kept.height };
  after(() => keepPageImage(actor.tenantId, documentId, page));
  return null;
}
