// The modules `npm start` preloads into the `next start` process (node --import), in order. The load
// benchmark (bench/load/run.mjs) starts its server with the same list, so it measures what users run.
import path from "node:path";

export const SERVER_PRELOADS = [
  // stamp-peer: the real client address for the sign-in throttle (lib/auth/client-ip.ts).
  "lib/server/stamp-peer.mjs",
  // observe: request ids, one log line and a latency histogram per request, graceful stop.
  "lib/server/observe.mjs",
  // request-gate: at most a few requests of one session at once (M3, docs/operations.md).
  "lib/server/request-gate.mjs",
];

/** `--import <absolute path>` for each preload, resolved against `root` (the checkout). */
export function preloadArgs(root = process.cwd()) {
  return SERVER_PRELOADS.flatMap((file) => ["--import", path.resolve(root, file)]);
}
