import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type AuditActor = { userId: string; tenantId: string };
export type AuditInput = { action: string; entityType: string; entityId?: string | null; data?: Prisma.InputJsonValue };

type Tx = Pick<typeof db, "auditEvent">;

/** Appends one audit event. Pass the transaction client so the event commits or fails with the change. */
export async function recordAudit(actor: AuditActor, event: AuditInput, tx: Tx = db): Promise<void> {
  await tx.auditEvent.create({
    data: {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      data: event.data ?? {},
    },
  });
}
