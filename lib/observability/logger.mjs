// One structured logger per process: JSON lines on stdout (pino), shared through globalThis so the
// request preload (lib/server/observe.mjs), the Next bundle and the standalone worker write the
// same shape. LOG_LEVEL (default "info") filters; every line carries pid and an ISO time.
import pino from "pino";

const KEY = Symbol.for("assay.logger");

/** @returns {import("pino").Logger} */
export function getLogger() {
  globalThis[KEY] ??= pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  return globalThis[KEY];
}
