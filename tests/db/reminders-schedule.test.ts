import { afterAll, describe, expect, it } from "vitest";
import { getBoss, stopBoss } from "@/lib/evidence/jobs/boss";
import { REMINDER_QUEUE, startReminderSchedule } from "@/lib/reminders/schedule";
import { hasDb } from "./support";

// Registration only: running the sweep here would write reminders into every tenant the other
// database tests are using at the same time (the sweep itself is tested through enqueueReminders).
describe.skipIf(!hasDb)("reminder schedule", () => {
  afterAll(async () => {
    await (await getBoss()).unschedule(REMINDER_QUEUE); // leave no cron behind in the shared test database
    await stopBoss(5_000);
  });

  it("registers the sweep with pg-boss cron, idempotently", async () => {
    await startReminderSchedule("0 3 * * *");
    await startReminderSchedule("0 4 * * *"); // a second start updates, never duplicates
    const boss = await getBoss();
    const mine = (await boss.getSchedules()).filter((s) => s.name === REMINDER_QUEUE);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ cron: "0 4 * * *", timezone: "UTC" });
    expect((await boss.getQueue(REMINDER_QUEUE))?.policy).toBe("singleton");
  });
});
