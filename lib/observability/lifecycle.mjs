// Graceful stop for every Assay process (next start, npm run worker). On SIGTERM or SIGINT:
//   1. the process says it is stopping (GET /api/ready answers 503; the worker stops fetching jobs),
//   2. the HTTP server (when there is one) stops accepting connections and lets running requests end,
//   3. every registered shutdown hook runs (the parse workers finish or hand back their jobs),
//   4. the process exits once all are done, or when SHUTDOWN_TIMEOUT_MS (default 30 s) has passed.
// Hooks get the deadline, so they can give unfinished work back before it.
// State lives on globalThis: the preload (plain Node) and the Next bundle load separate copies of
// this file, and both must see one process-wide state.
import { getLogger } from "./logger.mjs";

const KEY = Symbol.for("assay.lifecycle");

function state() {
  globalThis[KEY] ??= { stopping: false, hooks: new Set(), servers: new Set(), installed: false, done: null };
  return globalThis[KEY];
}

export function shutdownTimeoutMs(env = process.env) {
  const n = Number(env.SHUTDOWN_TIMEOUT_MS ?? 30_000);
  return Number.isFinite(n) && n >= 0 ? n : 30_000;
}

export function isStopping() {
  return state().stopping;
}

/** Registers work to finish on stop: `fn(deadline)` where deadline is a Date.now() value. */
export function onShutdown(fn) {
  state().hooks.add(fn);
  return () => state().hooks.delete(fn);
}

/** The app's HTTP server, so a stop can close it (the preload registers Next's server). */
export function trackServer(server) {
  state().servers.add(server);
}

/** Stops this process gracefully; resolves when everything finished or the deadline passed. */
export function shutdown(reason) {
  const s = state();
  if (s.done) return s.done;
  s.stopping = true;
  const timeout = shutdownTimeoutMs();
  const deadline = Date.now() + timeout;
  const log = getLogger();
  log.info({ reason, timeoutMs: timeout, hooks: s.hooks.size }, "shutdown started");
  const closing = [...s.servers].map(
    (server) =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      }),
  );
  const work = [...s.hooks].map((fn) =>
    Promise.resolve()
      .then(() => fn(deadline))
      .catch((err) => log.error({ err: String(err?.message ?? err) }, "shutdown step failed")),
  );
  let timer;
  const expired = new Promise((resolve) => {
    timer = setTimeout(() => resolve("deadline"), timeout + 1000);
  });
  s.done = Promise.race([Promise.all([...closing, ...work]).then(() => "finished"), expired]).then((how) => {
    clearTimeout(timer);
    for (const server of s.servers) server.closeAllConnections?.();
    log.info({ how }, "shutdown complete");
    return how;
  });
  return s.done;
}

/** SIGTERM/SIGINT → shutdown() → exit. Idempotent; a second signal does not cut the stop short. */
export function installSignalHandlers({ exit = (code) => process.exit(code) } = {}) {
  const s = state();
  if (s.installed) return;
  s.installed = true;
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      shutdown(signal).then(() => exit(0));
    });
  }
}
