import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors";
import { recordAudit } from "./mutations";

/**
 * Writes `authz.denied` to the audit trail when a signed-in person was refused by a permission
 * check (ASVS: log authorisation failures). Called where FORBIDDEN becomes a response (server
 * actions and route handlers), so every check anywhere underneath is covered. Cross-tenant ids are
 * not logged here: they answer "not found", indistinguishable by design from ids that do not exist.
 * A failed audit write is logged and does not change the answer the person gets.
 */
export async function recordDenial(actor: Actor | null, err: unknown, where: string): Promise<void> {
  if (!actor || !(err instanceof AppError) || err.code !== "FORBIDDEN") return;
  try {
    await recordAudit(actor, {
      action: "authz.denied",
      entityType: "Request",
      entityId: null,
      data: { where, role: actor.role, reason: err.message },
    });
  } catch (auditErr) {
    console.error(`[audit] could not record a denied request (${where})`, auditErr);
  }
}
