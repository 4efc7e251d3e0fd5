import "server-only";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { canList } from "@/lib/storage/listable";
import { getBoss, PARSE_QUEUE, stopBoss, type ParseJobData } from "./boss";
import { removeOrphanBlobs } from "./orphan-sweep";
import { processParseJob, type ParseJobDeps, type ParseJobResult } from "./parse-job";
import { runParseSweep } from "./sweep";

export type WorkerOptions = {
  /** Parses at once in this process; each runs the PDF reader in its own child process. */
  concurrency?: number;
  sweepIntervalMs?: number;
  onResult?: (documentId: string, result: ParseJobResult) => void;
  /** Store/extractor overrides, passed to every processParseJob (tests point it at a temp store). */
  parse?: ParseJobDeps;
};

export type RunningWorkers = { stop: () => Promise<void> };

const globalForWorkers = globalThis as unknown as { assayWorkers?: Promise<RunningWorkers> };

/**
 * Starts the parse workers and the stale-claim sweep in this process (the Next server calls it from
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

async function begin(opts: WorkerOptions): Promise<RunningWorkers> {
  const concurrency = opts.concurrency ?? Number(process.env.PARSE_WORKERS ?? 2);
  const boss = await getBoss();
  for (let i = 0; i < concurrency; i++) {
    // One job per fetch: a parse can take a minute, and a batch would hold jobs another process could run.
    await boss.work<ParseJobData>(PARSE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) {
        const result = await processParseJob(job.data.documentId, job.data.tenantId, opts.parse);
        opts.onResult?.(job.data.documentId, result);
      }
    });
  }
  const sweepEvery = opts.sweepIntervalMs ?? Number(process.env.PARSE_SWEEP_INTERVAL_MS ?? 60_000);
  const timer = setInterval(() => {
    runParseSweep().catch((err: Error) => console.error("[jobs] sweep failed:", err.message));
  }, sweepEvery);
  timer.unref();
  // Orphan files need a full listing (a directory walk or paged ListObjectsV2), so hourly is plenty.
  const inner = getBlobStore().inner;
  const orphanTimer = canList(inner)
    ? setInterval(
        () => {
          removeOrphanBlobs(inner).catch((err: Error) => console.error("[jobs] orphan sweep failed:", err.message));
        },
        Number(process.env.ORPHAN_SWEEP_INTERVAL_MS ?? 3_600_000),
      )
    : null;
  orphanTimer?.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      if (orphanTimer) clearInterval(orphanTimer);
      globalForWorkers.assayWorkers = undefined;
      await stopBoss();
    },
  };
}
