// Runs the parse workers without the web server (needs DATABASE_URL, FILE_ENCRYPTION_KEY and the
// same STORAGE_DIR as the app). Any number may run against one database; each document is claimed
// by exactly one. Stops gracefully on SIGINT/SIGTERM, finishing running parses.
//   node --import tsx scripts/worker.ts     (recommended under a supervisor)
//   npx tsx scripts/worker.ts               (fine by hand; but the tsx CLI wrapper SIGKILLs its child
//                                            if the child is slow to acknowledge SIGTERM, so a busy
//                                            worker may not get its graceful stop)
// Prints one line per job: `parse <documentId> <parsed|failed|skipped>`.
import { register } from "node:module";

// lib/ files start with `import "server-only"`, which throws outside Next's server bundle.
// This process is server-side by definition, so resolve it to an empty module, as Next does.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }`,
    ),
);

const { startWorkers } = await import("../lib/evidence/jobs/worker");

const workers = await startWorkers({
  onResult: (documentId, result) => console.log(`parse ${documentId} ${result}`),
});
console.error(`[worker] pid ${process.pid} waiting for parse jobs`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`[worker] ${signal}: finishing running parses`);
    workers.stop().then(
      () => process.exit(0),
      (err: Error) => {
        console.error(`[worker] stop failed: ${err.message}`);
        process.exit(1);
      },
    );
  });
}
