import "server-only";
import { listTenantIds } from "./data";
import { deliverOutbox, enqueueReminders, type DeliveryResult } from "./mutations";

/**
 * The reminder job: plan and enqueue for every tenant, then deliver what can be e-mailed. One
 * tenant's failure is logged and does not stop the others.
 */
export async function runReminderSweep(
  today: string,
): Promise<{ tenants: number; enqueued: number; failedTenants: number; delivery: DeliveryResult }> {
  let enqueued = 0;
  let failedTenants = 0;
  const tenants = await listTenantIds();
  for (const tenantId of tenants) {
    try {
      enqueued += await enqueueReminders(tenantId, today);
    } catch (err) {
      failedTenants++;
      console.error(`[reminders] tenant ${tenantId} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const delivery = await deliverOutbox();
  return { tenants: tenants.length, enqueued, failedTenants, delivery };
}
