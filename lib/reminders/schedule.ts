import "server-only";
import { getBoss } from "@/lib/evidence/jobs/boss";
import { retryOnConflict } from "@/lib/evidence/jobs/retry-conflict";
import { todayIso } from "@/lib/dates";
import { runReminderSweep } from "./sweep";

export const REMINDER_QUEUE = "reminder-sweep";
/** Hourly by default, so a gap that became overdue is announced the same day; re-runs add nothing. */
const DEFAULT_CRON = "15 * * * *";

/**
 * Registers the reminder sweep with pg-boss's cron (kept in PostgreSQL, so with several app
 * instances each tick still makes one job) and works it in this process. Idempotent: schedule()
 * and createQueue() upsert. The "singleton" policy keeps a slow sweep from overlapping the next.
 * Call once per process after the server starts, e.g. from instrumentation.ts next to startWorkers().
 */
export async function startReminderSchedule(cron = process.env.REMINDER_CRON ?? DEFAULT_CRON): Promise<void> {
  const boss = await getBoss();
  await retryOnConflict(() =>
    boss.createQueue(REMINDER_QUEUE, {
      name: REMINDER_QUEUE,
      policy: "singleton",
      retryLimit: 2,
      retryDelay: 60,
      expireInSeconds: 30 * 60,
    }),
  );
  await retryOnConflict(() => boss.schedule(REMINDER_QUEUE, cron, {}, { tz: "UTC" }));
  await boss.work(REMINDER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
    const result = await runReminderSweep(todayIso());
    console.error(
      `[reminders] sweep: ${result.enqueued} new across ${result.tenants} tenants; e-mailed ${result.delivery.sent}, failed ${result.delivery.failed}`,
    );
  });
}
