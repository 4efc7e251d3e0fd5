import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { tenantDb } from "@/lib/db";
import { isUuid } from "@/lib/vendors/data";

// Every read is scoped by the actor's tenant in the WHERE clause: another tenant's id finds nothing.

export type IdempotentMatch = { id: string; vendorId: string; sha256: string; filename: string; parseStatus: string };

export async function findDocumentByIdempotencyKey(
  actor: Actor,
  idempotencyKey: string,
): Promise<IdempotentMatch | null> {
  return tenantDb(actor.tenantId).document.findUnique({
    where: { tenantId_idempotencyKey: { tenantId: actor.tenantId, idempotencyKey } },
    select: { id: true, vendorId: true, sha256: true, filename: true, parseStatus: true },
  });
}

export type DownloadableDocument = {
  id: string;
  filename: string;
  fileKey: string;
  mimeType: string;
  sha256: string;
  sizeBytes: number;
};

export async function findDocumentForDownload(actor: Actor, documentId: string): Promise<DownloadableDocument | null> {
  if (!isUuid(documentId)) return null;
  return tenantDb(actor.tenantId).document.findFirst({
    where: { tenantId: actor.tenantId, id: documentId },
    select: { id: true, filename: true, fileKey: true, mimeType: true, sha256: true, sizeBytes: true },
  });
}

export type DocumentStatus = {
  parseStatus: "queued" | "parsing" | "retrying" | "parsed" | "failed";
  kind: string;
  parseError: string | null;
};

export async function findDocumentStatus(actor: Actor, documentId: string): Promise<DocumentStatus | null> {
  if (!isUuid(documentId)) return null;
  return tenantDb(actor.tenantId).document.findFirst({
    where: { tenantId: actor.tenantId, id: documentId },
    select: { parseStatus: true, kind: true, parseError: true },
  });
}
