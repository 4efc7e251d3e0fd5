// The page renderer's limits (H3): the same kinds of limit as the parser (lib/extraction/pdf-reader.ts):
// a resident-memory watchdog (the heap flag cannot cap the native memory an inflated stream or a
// canvas takes), a wall-clock limit, and a cap on renders running at once in this instance, with a
// short queue behind it so a burst waits a little and a flood is told to come back later.
export type RenderLimits = {
  maxRssMb: number;
  heapMb: number;
  timeoutMs: number;
  concurrency: number;
  maxQueue: number;
};

function positive(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`${name} must be a positive whole number (got ${JSON.stringify(raw)}).`);
  return n;
}

export function renderLimits(env: Record<string, string | undefined> = process.env): RenderLimits {
  return {
    maxRssMb: positive(env, "PAGE_RENDER_MAX_RSS_MB", 384),
    heapMb: 256,
    timeoutMs: positive(env, "PAGE_RENDER_TIMEOUT_MS", 20_000),
    concurrency: positive(env, "PAGE_RENDER_CONCURRENCY", 2),
    maxQueue: positive(env, "PAGE_RENDER_QUEUE", 8),
  };
}
