import "server-only";
import PgBoss from "pg-boss";
import { PARSE_RETRY_DELAY_S } from "./lease";
import { retryOnConflict } from "./retry-conflict";

export const PARSE_QUEUE = "parse-document";
/**
 * A job is one organisation's turn at the parsers, not one document (docs/decisions/027): the
 * worker claims that organisation's oldest waiting document. `yielded` marks a turn already sent to
 * the back of the line once. Jobs sent before 027 also carry a documentId, which is ignored.
 */
export type ParseJobData = { tenantId: string; yielded?: boolean };

const globalForBoss = globalThis as unknown as { assayBoss?: Promise<PgBoss> };

/**
 * One pg-boss instance per process, started on first use (not at import: `next build` loads route
 * modules with no database). The queue lives in PostgreSQL (schema `pgboss`), so every app
 * instance and every standalone worker shares it; fetching uses FOR UPDATE SKIP LOCKED.
 */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.assayBoss ??= startBoss().catch((err) => {
    globalForBoss.assayBoss = undefined; // let the next call try again rather than caching a failure
    throw err;
  });
  return globalForBoss.assayBoss;
}

async function startBoss(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set; the job queue needs the database.");
  const boss = new PgBoss({
    connectionString,
    max: Number(process.env.JOBS_POOL_SIZE ?? 4),
    application_name: "assay-jobs",
  });
  boss.on("error", (err) => console.error("[jobs] queue error:", err.message));
  await boss.start();
  // Idempotent (INSERT … ON CONFLICT DO NOTHING inside pg-boss). Policy "short": at most one
  // waiting job per singletonKey (the organisation), so each organisation has at most one turn in
  // line, and re-sends from uploads or the sweep never pile up duplicates.
  // retryLimit/expire cover a worker that dies holding a job; the Document claim covers the rest.
  // Instances starting together may deadlock inside pg-boss's create_queue (seen in CI: a worker ended on 40P01).
  await retryOnConflict(() =>
    boss.createQueue(PARSE_QUEUE, {
      name: PARSE_QUEUE,
      policy: "short",
      retryLimit: 3,
      retryDelay: PARSE_RETRY_DELAY_S,
      retryBackoff: true,
      expireInSeconds: 300,
    }),
  );
  return boss;
}

/** Stops the queue (waits for running handlers up to `timeoutMs`) and forgets it. */
export async function stopBoss(timeoutMs = 30_000): Promise<void> {
  const pending = globalForBoss.assayBoss;
  globalForBoss.assayBoss = undefined;
  if (!pending) return;
  const boss = await pending.catch(() => null);
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
