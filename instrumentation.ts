// Runs once when a Next server process starts: begins the background parse workers, so an upload
// is read whichever instance received it (the queue lives in PostgreSQL). PARSE_WORKERS=0 makes
// an instance web-only. The workers register with the graceful stop (lib/observability/lifecycle.mjs),
// whose signal handlers `npm start` installs (lib/server/observe.mjs, with NEXT_MANUAL_SIG_HANDLE).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installSignalHandlers, onShutdown } = await import("./lib/observability/lifecycle.mjs");
  const { getLogger } = await import("./lib/observability/logger.mjs");
  // Next leaves SIGTERM/SIGINT to us only when told so; then someone must handle them.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) installSignalHandlers();
  if (!process.env.DATABASE_URL) return;
  const log = getLogger();
  const { registerQueueGauges } = await import("./lib/observability/job-metrics");
  registerQueueGauges();
  if (process.env.PARSE_WORKERS !== "0") {
    const { startWorkers } = await import("./lib/evidence/jobs/worker");
    startWorkers().then(
      (workers) => onShutdown((deadline: number) => workers.stop(deadline)),
      (err: Error) => log.error({ err: err.message }, "parse workers did not start"),
    );
  }
  // Reminders (evidence expiring, gaps overdue) are planned hourly by one pg-boss schedule, whichever instance runs it.
  const { startReminderSchedule } = await import("./lib/reminders/schedule");
  startReminderSchedule().catch((err: Error) => log.error({ err: err.message }, "reminder schedule did not start"));
}

/** One log line per request that failed inside Next, with the request id the preload set. */
export async function onRequestError(
  err: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath?: string; routeType?: string },
) {
  const { getLogger } = await import("./lib/observability/logger.mjs");
  getLogger().error(
    {
      reqId: request.headers["x-request-id"],
      method: request.method,
      route: context.routePath,
      err: err instanceof Error ? err.message : String(err),
    },
    "request failed",
  );
}
