import "server-only";
import { getLogger } from "@/lib/observability/logger.mjs";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { canList } from "@/lib/storage/listable";
import { getBoss, PARSE_QUEUE, stopBoss, type ParseJobData } from "./boss";
import { enqueueParse } from "./enqueue";
import { leaseSettings } from "./lease";
import { removeOrphanBlobs } from "./orphan-sweep";
import { handBackParses, parsesInFlight, waitForParses, type ParseJobDeps, type ParseJobResult } from "./parse-job";
import { runParseSweep } from "./sweep";
import { takeParseTurn } from "./turn";

export type WorkerOptions = {
  /** Parses at once in this process; each runs the PDF reader in its own child process. */
  concurrency?: number;
  sweepIntervalMs?: number;
  onResult?: (documentId: string, result: ParseJobResult) => void;
  /** Store/extractor overrides, passed to every processParseJob (tests point it at a temp store). */
  parse?: ParseJobDeps;
};

export type RunningWorkers = {
  /**
   * Stops taking jobs, lets running parses finish until `deadline` (a Date.now() value; default
   * 30 s from now), then hands the unfinished ones back to the queue and stops the queue client.
   */
  stop: (deadline?: number) => Promise<void>;
  /** False once stop() began. */
  running: () => boolean;
};

const globalForWorkers = globalThis as unknown as { assayWorkers?: Promise<RunningWorkers> };

/**
 * Starts the parse workers and the lease sweep in this process (the Next server calls it from
 * instrumentation.ts; scripts/worker.ts runs it standalone). Calling it twice returns the same
 * workers. PARSE_WORKERS=0 turns workers off in a process, e.g. web-only instances.
 */
export function startWorkers(opts: WorkerOptions = {}): Promise<RunningWorkers> {
  globalForWorkers.assayWorkers ??= begin(opts).catch((err) => {
    globalForWorkers.assayWorkers = undefined;
    throw err;
  });
  return globalForWorkers.assayWorkers;
}

/** The running workers of this process, if any (readiness reports on them). */
export function currentWorkers(): Promise<RunningWorkers> | undefined {
  return globalForWorkers.assayWorkers;
}

async function begin(opts: WorkerOptions): Promise<RunningWorkers> {
  const log = getLogger();
  const concurrency = opts.concurrency ?? Number(process.env.PARSE_WORKERS ?? 2);
  const boss = await getBoss();
  let stopping = false;
  for (let i = 0; i < concurrency; i++) {
    // One job per fetch: a parse can take a minute, and a batch would hold jobs another process could run.
    // A job is an organisation's turn, not a document: ./turn.ts picks which document (fair share, ADR 027).
    await boss.work<ParseJobData>(PARSE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) {
        // Fetched just as the stop began: leave it for another instance (pg-boss retries it).
        if (stopping) throw new Error("this process is stopping");
        const turn = await takeParseTurn(job.data, opts.parse);
        if (turn && "documentId" in turn) opts.onResult?.(turn.documentId, turn.result);
      }
    });
  }
  const sweepEvery = opts.sweepIntervalMs ?? leaseSettings().sweepIntervalMs;
  const timer = setInterval(() => {
    runParseSweep().catch((err: Error) => log.error({ err: err.message }, "parse sweep failed"));
  }, sweepEvery);
  timer.unref();
  // Orphan files need a full listing (a directory walk or paged ListObjectsV2), so hourly is plenty.
  const inner = getBlobStore().inner;
  const orphanTimer = canList(inner)
    ? setInterval(
        () => {
          removeOrphanBlobs(inner).catch((err: Error) => log.error({ err: err.message }, "orphan sweep failed"));
        },
        Number(process.env.ORPHAN_SWEEP_INTERVAL_MS ?? 3_600_000),
      )
    : null;
  orphanTimer?.unref();
  log.info({ concurrency, ...leaseSettings() }, "parse workers started");
  return {
    running: () => !stopping,
    stop: async (deadline = Date.now() + 30_000) => {
      if (stopping) return;
      stopping = true;
      clearInterval(timer);
      if (orphanTimer) clearInterval(orphanTimer);
      await boss.offWork(PARSE_QUEUE); // no new jobs from now on
      const running = parsesInFlight();
      log.info({ running, deadline: new Date(deadline).toISOString() }, "parse workers stopping");
      await waitForParses(deadline);
      // Past the deadline: give the rest back (not failed, attempt not counted) and send them again,
      // so another instance picks them up within its next poll.
      const handedBack = await handBackParses();
      for (const claim of handedBack) {
        await enqueueParse(claim.documentId, claim.tenantId).catch((err: Error) =>
          log.error({ documentId: claim.documentId, err: err.message }, "re-sending a handed-back parse failed"),
        );
      }
      globalForWorkers.assayWorkers = undefined;
      await stopBoss(1000);
      log.info({ finished: running - handedBack.length, handedBack: handedBack.length }, "parse workers stopped");
    },
  };
}
