import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { findDocumentStatus, type DocumentStatus } from "./data";
import { assertCan } from "@/lib/auth/roles";

/** What the upload UI polls: `queued` → `parsing` → `parsed` | `failed` (with the reason to show). */
export async function getDocumentStatus(actor: Actor, documentId: string): Promise<DocumentStatus> {
  assertCan(actor, "vendor:read");
  const status = await findDocumentStatus(actor, documentId);
  if (!status) throw notFound("That document");
  return status;
}
