// Runs once when a Next server process starts: begins the background parse workers, so an upload
// is read whichever instance received it (the queue lives in PostgreSQL). PARSE_WORKERS=0 makes
// an instance web-only.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.PARSE_WORKERS === "0" || !process.env.DATABASE_URL) return;
  const { startWorkers } = await import("./lib/evidence/jobs/worker");
  startWorkers().catch((err: Error) => console.error(`[jobs] parse workers did not start: ${err.message}`));
  // Reminders (evidence expiring, gaps overdue) are planned hourly by one pg-boss schedule, whichever instance runs it.
  const { startReminderSchedule } = await import("./lib/reminders/schedule");
  startReminderSchedule().catch((err: Error) => console.error(`[reminders] schedule did not start: ${err.message}`));
}
