import "server-only";
import { Counter, Gauge, Histogram, metric } from "./registry.mjs";
import { parseQueueStats } from "./data";

/** Parse job transitions: claimed, parsed, failed, retried, taken_over, handed_back, skipped, yielded (ADR 027). */
export const parseEvents = metric(Counter, {
  name: "assay_parse_jobs_total",
  help: "Parse job transitions in this process",
  labelNames: ["event"],
});

export const parseFailures = metric(Counter, {
  name: "assay_parse_failures_total",
  help: "Documents whose parse ended failed, by error code",
  labelNames: ["code"],
});

export const parseDuration = metric(Histogram, {
  name: "assay_parse_duration_seconds",
  help: "Time from claim to stored result, by outcome",
  labelNames: ["result"],
  buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
});

let queueGauges = false;

/** Queue depth and age, read from the database at scrape time (shared by all instances). */
export function registerQueueGauges(): void {
  if (queueGauges) return;
  queueGauges = true;
  metric(Gauge, {
    name: "assay_parse_queue_depth",
    help: "Documents waiting to be parsed (queued or retrying) and being parsed, across all instances",
    labelNames: ["state"],
    async collect() {
      const s = await parseQueueStats();
      this.set({ state: "waiting" }, s.waiting);
      this.set({ state: "parsing" }, s.parsing);
    },
  });
  metric(Gauge, {
    name: "assay_parse_queue_oldest_age_seconds",
    help: "Age of the oldest document waiting to be parsed (0 when none)",
    async collect() {
      this.set((await parseQueueStats()).oldestWaitingSeconds);
    },
  });
}
