import "server-only";
import { tenantDb, type TenantTx } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";

type AuditActor = { userId: string; tenantId: string };
export type AuditInput = { action: string; entityType: string; entityId?: string | null; data?: Prisma.InputJsonValue };

type Tx = Pick<TenantTx, "auditEvent">;

/** Appends one audit event. Pass the transaction client so the event commits or fails with the change. */
export async function recordAudit(actor: AuditActor, event: AuditInput, tx?: Tx): Promise<void> {
  await (tx ?? tenantDb(actor.tenantId)).auditEvent.create({
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
