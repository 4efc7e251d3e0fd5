// Runs the parse workers without the web server (needs DATABASE_URL, FILE_ENCRYPTION_KEY and the
// same STORAGE_DIR as the app). Any number may run against one database; each document is claimed
// by exactly one. On SIGINT/SIGTERM it stops taking jobs, lets running parses finish within
// SHUTDOWN_TIMEOUT_MS (default 30 s) and hands the rest back to the queue (docs/operations.md).
//   node --import tsx scripts/worker.ts     (recommended under a supervisor; `npm run worker` does this)
//   npx tsx scripts/worker.ts               (fine by hand; but the tsx CLI wrapper SIGKILLs its child
//                                            if the child is slow to acknowledge SIGTERM, so a busy
//                                            worker may not get its graceful stop)
// Logs JSON lines (lib/observability/logger.mjs), one per job transition; METRICS_PORT serves
// Prometheus metrics.
import { register } from "node:module";

// lib/ files start with `import "server-only"`, which throws outside Next's server bundle.
// This process is server-side by definition, so resolve it to an empty module, as Next does.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }`,
    ),
);

const { getLogger } = await import("../lib/observability/logger.mjs");
const { installSignalHandlers, onShutdown } = await import("../lib/observability/lifecycle.mjs");
const { serveMetrics } = await import("../lib/observability/registry.mjs");
const { registerQueueGauges } = await import("../lib/observability/job-metrics");
const { startWorkers } = await import("../lib/evidence/jobs/worker");

installSignalHandlers();
const workers = await startWorkers();
onShutdown((deadline: number) => workers.stop(deadline));
registerQueueGauges();
serveMetrics();
getLogger().info({ role: "worker" }, "waiting for parse jobs");
