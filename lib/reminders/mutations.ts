import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb, tenantDb } from "@/lib/db";
import { existingKeys, loadReminderFacts } from "./data";
import { planReminders, reminderLink } from "./plan";
import { transportFromEnv, type MailTransport } from "./transport";

const INSERT_CHUNK = 1000;

/**
 * Plans today's reminders for one tenant and adds the new ones to the outbox. The unique
 * (tenantId, dedupeKey) plus skipDuplicates makes this safe to re-run, and safe when two
 * instances run it at once: each key is inserted once. Returns how many rows were new.
 */
export async function enqueueReminders(tenantId: string, today: string): Promise<number> {
  const planned = planReminders(tenantId, await loadReminderFacts(tenantId, today));
  // Most of a day's plan was sent on an earlier run: drop known keys in one indexed lookup first
  // (measured at 13k planned reminders: ~10 s of createMany conflicts otherwise). skipDuplicates
  // still settles a race with another instance.
  const known = new Set(
    await existingKeys(
      tenantId,
      planned.map((m) => m.dedupeKey),
    ),
  );
  const messages = planned.filter((m) => !known.has(m.dedupeKey));
  let inserted = 0;
  for (let i = 0; i < messages.length; i += INSERT_CHUNK) {
    const { count } = await tenantDb(tenantId).outboxMessage.createMany({
      data: messages.slice(i, i + INSERT_CHUNK),
      skipDuplicates: true,
    });
    inserted += count;
  }
  return inserted;
}

export type DeliveryResult = { sent: number; failed: number; transport: boolean };

/**
 * Sends unsent, unread messages by e-mail when a transport is configured (argument, else the
 * environment); without one it does nothing and the messages stay for in-app display. Rows are
 * locked with SKIP LOCKED for the length of the batch, so two instances never send the same one.
 * A failed send leaves the message unsent for the next run. `tenantId` narrows it to one tenant.
 */
export async function deliverOutbox(
  opts: {
    transport?: MailTransport | null;
    batchSize?: number;
    maxBatches?: number;
    appUrl?: string;
    tenantId?: string;
  } = {},
): Promise<DeliveryResult> {
  const transport = opts.transport === undefined ? transportFromEnv() : opts.transport;
  if (!transport) return { sent: 0, failed: 0, transport: false };
  const appUrl = (opts.appUrl ?? process.env.APP_URL ?? "").replace(/\/$/, "");
  const batchSize = opts.batchSize ?? 100;
  const total = { sent: 0, failed: 0, transport: true };
  // Batches keep each transaction (and its row locks) short; a batch with failures ends the run,
  // so a refusing server is retried on the next sweep rather than in a tight loop.
  for (let i = 0; i < (opts.maxBatches ?? 50); i++) {
    const r = await deliverBatch(transport, batchSize, appUrl, opts.tenantId);
    total.sent += r.sent;
    total.failed += r.failed;
    if (r.failed || r.sent < batchSize) break;
  }
  return total;
}

// Delivery spans tenants (one sweep sends everyone's mail), so it runs on the system connection.
async function deliverBatch(
  transport: MailTransport,
  batchSize: number,
  appUrl: string,
  tenantId: string | undefined,
): Promise<{ sent: number; failed: number }> {
  return systemDb.$transaction(
    async (tx) => {
      const batch = await tx.$queryRaw<
        { id: string; kind: string; dedupeKey: string; subject: string; body: string; email: string }[]
      >`
      SELECT o.id, o.kind, o."dedupeKey", o.subject, o.body, u.email
      FROM "OutboxMessage" o
      JOIN "Membership" m ON m."tenantId" = o."tenantId" AND m."userId" = o."userId"
      JOIN "User" u ON u.id = o."userId"
      WHERE o."sentAt" IS NULL AND o."readAt" IS NULL AND m."disabledAt" IS NULL
        AND (${tenantId ?? null}::uuid IS NULL OR o."tenantId" = ${tenantId ?? null}::uuid)
      ORDER BY o."createdAt", o.id
      LIMIT ${batchSize}
      FOR UPDATE OF o SKIP LOCKED`;
      let sent = 0;
      let failed = 0;
      for (const m of batch) {
        const link = reminderLink(m.kind, m.dedupeKey);
        const text = link && appUrl ? m.body.replace(`Open: ${link}`, `Open: ${appUrl}${link}`) : m.body;
        try {
          await transport({ to: m.email, subject: m.subject, text });
        } catch (err) {
          failed++;
          console.error(`[reminders] sending ${m.id} failed: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        await tx.outboxMessage.update({ where: { id: m.id }, data: { sentAt: new Date() } });
        sent++;
      }
      return { sent, failed };
    },
    { timeout: 5 * 60_000, maxWait: 10_000 },
  );
}

export async function markNotificationRead(actor: Actor, id: string): Promise<number> {
  const { count } = await tenantDb(actor.tenantId).outboxMessage.updateMany({
    where: { id, tenantId: actor.tenantId, userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const { count } = await tenantDb(actor.tenantId).outboxMessage.updateMany({
    where: { tenantId: actor.tenantId, userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
