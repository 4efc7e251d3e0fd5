// `npm start`: one command from a fresh clone to a running app. Builds once (or when the build is
// older than the sources), starts the database (embedded unless DATABASE_URL is set), migrates,
// seeds the demo data once, prints where to go and how to sign in, then runs `next start`.
// SIGTERM/SIGINT stop it gracefully (docs/operations.md): the signal reaches `next start`, whose
// preload (lib/server/observe.mjs) stops taking requests and lets requests and parses finish within
// SHUTDOWN_TIMEOUT_MS; this process waits for it and exits with its code.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import "dotenv/config";
import { ensurePortFree, fail } from "./lib/preflight.mjs";
import { needsBuild } from "./lib/needs-build.mjs";
import { preloadArgs } from "./lib/server-preloads.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// Next would exit on SIGTERM as soon as its HTTP server closed, cutting running parses short.
process.env.NEXT_MANUAL_SIG_HANDLE = "1";
process.env.CHECKPOINT_DISABLE = "1";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`PORT must be a number between 1 and 65535 (got "${process.env.PORT}").`);
await ensurePortFree(
  port,
  `Port ${port} is already in use: stop the other process or start with PORT=<free port> npm start.`,
  host,
);

if (needsBuild()) {
  console.error("[start] building the app (first run or sources changed; ~1 minute)…");
  const r = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit" });
  if (r.status !== 0) fail("The build failed (see above).");
}

const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
process.env.APP_URL ??= url;
const banner = `\nAssay is starting at ${url}  (Ctrl+C to stop)\n`;
const child = spawn(
  process.execPath,
  [
    "scripts/with-db.mjs",
    "--seed",
    "node",
    "scripts/lib/announce.mjs",
    banner,
    "--",
    // stamp-peer, observe, request-gate (scripts/lib/server-preloads.mjs).
    process.execPath,
    ...preloadArgs(),
    path.resolve("node_modules/next/dist/bin/next"),
    "start",
    "-p",
    String(port),
    "-H",
    host,
  ],
  { stdio: "inherit" },
);
// A signal sent to this process alone (e.g. `kill <pid>`, docker stop) is passed on; one sent to
// the whole process group (Ctrl+C, systemd) reaches every process anyway, and repeats are harmless.
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
