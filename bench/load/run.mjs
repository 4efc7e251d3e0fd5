// Load benchmark: 50 signed-in users browsing the vendor list, a vendor page and the gap register
// of a 5,000-vendor / 50,000-gap tenant, against the production build on loopback.
//   usage: EMBEDDED_PG_DIR=.data/bench-pg EMBEDDED_PG_PORT=54430 node scripts/with-db.mjs node bench/load/run.mjs
//   env:   BENCH_DURATION (s, default 20), BENCH_CONNECTIONS (default 50), BENCH_PORT (default 3400),
//          BENCH_RATE (total requests/s; default unset = closed loop: every connection sends its next
//          request as soon as the last one is answered, i.e. users with zero think time),
//          BENCH_PROFILE_DIR (write a CPU profile of the app server there),
//          BENCH_GROUP (measure one URL group only, e.g. "gap register": to find which page costs what),
//          BENCH_MODES (several measurements in one run, e.g. "1,50,50@20"), BENCH_APP_DIR (serve that build),
//          BENCH_WARMUP (requests before measuring, default 600), BENCH_ACCEPT_ENCODING (default: a browser's),
//          BENCH_NODE (the Node binary that serves the app; default the one running this script)
// Prints p50/p95/p99 and requests/s per URL group and overall; exits 1 on any error or non-2xx.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { preloadArgs } from "../../scripts/lib/server-preloads.mjs";
import { embeddedPostmasterPid, treeCpuMs } from "./cpu.mjs";
import { loadMembers, mintCookies } from "./sessions.mjs";
import { formatTable, makeRecorder } from "./stats.mjs";

const HOST = "127.0.0.1"; // loopback only, by design: nothing here may target another machine
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
const GOAL_P95_MS = 150;
// A fresh server spends its first few hundred requests compiling (V8's optimising compiler runs on
// other threads of the app process, and its CPU is counted as the app's): measured by request count,
// not seconds, so a slow or busy box warms the server as much as a quiet one (bench/load/warm-curve.mjs).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 600);
// What browsers send (Chrome, Firefox and Safari all ask for gzip): the app then compresses each page in
// process (Next's `compress`), which is part of what a page costs. "identity" measures without it.
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING ?? "gzip, deflate, br, zstd";
const SLUG = "bench-scale"; // bench/load/accounts.ts

function die(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

if (!process.env.DATABASE_URL)
  die("run me through scripts/with-db.mjs (see the usage line at the top of bench/load/run.mjs).");
if (!process.env.AUTH_SECRET) die("AUTH_SECRET is not set (scripts/with-db.mjs sets it for local runs).");
if (!(DURATION > 0 && DURATION <= 300)) die("BENCH_DURATION must be between 1 and 300 seconds.");
if (RATE !== undefined && !(RATE > 0 && RATE <= 5000)) die("BENCH_RATE must be between 1 and 5000 requests/s.");
if (!(Number.isInteger(WARMUP) && WARMUP >= 0 && WARMUP <= 100_000)) die("BENCH_WARMUP must be 0–100000 requests.");

if (!process.env.BENCH_APP_DIR && !fs.existsSync(".next/BUILD_ID")) {
  console.error("[bench] no production build yet: running next build (~1-2 minutes)…");
  const r = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit" });
  if (r.status !== 0) die("next build failed (see above).");
}

const seed = spawnSync(path.resolve("node_modules/.bin/tsx"), ["bench/load/seed-scale.ts"], {
  stdio: ["ignore", "ignore", "inherit"],
});
if (seed.status !== 0) die("seeding the bench tenant failed (see above).");

const members = await loadMembers(process.env.DATABASE_URL, SLUG);
if (members.length < CONNECTIONS)
  console.error(`[bench] ${members.length} users for ${CONNECTIONS} connections: some share a session.`);
const cookies = await mintCookies(members, process.env.AUTH_SECRET);
const vendorIds = await sampleVendorIds(members[0].tid, 200);

const groups = {
  "vendor list": ["/vendors"],
  "vendor list p37 by gaps": ["/vendors?page=37&sort=gaps&dir=desc"],
  "vendor page": vendorIds.map((id) => `/vendors/${id}`),
  "gap register": ["/gaps"],
  "gaps critical": ["/gaps?severity=critical"],
};
if (process.env.BENCH_GROUP) {
  if (!groups[process.env.BENCH_GROUP]) die(`BENCH_GROUP must be one of: ${Object.keys(groups).join(", ")}`);
  for (const g of Object.keys(groups)) if (g !== process.env.BENCH_GROUP) delete groups[g];
}

// BENCH_MODES runs several measurements against one server in one go, e.g. "1,50,50@20": one user
// alone (app CPU per page without queueing), 50 back-to-back users, and 50 users sharing 20
// requests/s (think time). Default: one measurement from BENCH_CONNECTIONS / BENCH_RATE.
const MODES = process.env.BENCH_MODES
  ? process.env.BENCH_MODES.split(",").map((m) => {
      const [c, r] = m.split("@");
      const mode = { connections: Number(c), rate: r ? Number(r) : undefined };
      if (!(mode.connections > 0 && mode.connections <= 500) || (r && !(mode.rate > 0 && mode.rate <= 5000)))
        die(`BENCH_MODES: "${m}" is not connections[@requests-per-second]`);
      return mode;
    })
  : [{ connections: CONNECTIONS, rate: RATE }];

const server = await startServer();
let exitCode = 0;
try {
  await checkPages();
  console.error(`[bench] warm-up: ${WARMUP} requests, 10 connections (not measured)`);
  if (WARMUP) await blast(0, 10, null, undefined, WARMUP);
  for (const mode of MODES) if (!(await measure(mode.connections, mode.rate))) exitCode = 1;
} finally {
  await stopServer(server);
}
process.exit(exitCode);

/** One measurement: prints its table and CPU per request; false on any error, timeout or non-2xx. */
async function measure(connections, rate) {
  const recorder = makeRecorder(Object.keys(groups));
  // Other processes on the box compete for the same cores: say how busy it was, so figures are read right.
  const loadBefore = os.loadavg()[0];
  const mode = rate ? `open loop at ${rate} req/s in total` : "closed loop (no think time)";
  console.error(
    `[bench] measuring: ${DURATION} s, ${connections} connections, ${members.length} users, ${mode}, http://${HOST}:${PORT}`,
  );
  const pgPid = embeddedPostmasterPid();
  const cpu0 = { app: treeCpuMs(server.pid), db: treeCpuMs(pgPid), bench: process.cpuUsage() };
  const result = await blast(DURATION, connections, recorder, rate);
  const benchCpu = process.cpuUsage(cpu0.bench);
  const cpu = {
    app: treeCpuMs(server.pid) - cpu0.app,
    db: treeCpuMs(pgPid) - cpu0.db,
    bench: (benchCpu.user + benchCpu.system) / 1000,
  };
  const rows = recorder.summary(DURATION);
  const overall = rows.at(-1);
  console.log(`\n== ${connections} connection${connections === 1 ? "" : "s"}, ${mode}`);
  console.log(`${formatTable(rows)}\n`);
  console.log(
    `machine: ${os.cpus().length} cores, 1-min load average ${loadBefore.toFixed(2)} before / ${os.loadavg()[0].toFixed(2)} after (app, database and load generator on this one box)`,
  );
  const per = (ms) => (Number.isFinite(ms) ? `${(ms / result.requests.total).toFixed(1)} ms` : "n/a");
  console.log(
    `CPU per request: app ${per(cpu.app)}, database ${per(cpu.db)}${pgPid ? "" : " (external database: not measured)"}, load generator ${per(cpu.bench)}`,
  );
  console.log(
    `autocannon: ${result.requests.total} requests, ${result.requests.average} req/s average, ${(result.throughput.total / result.requests.total / 1024).toFixed(1)} KB per response on the wire (accept-encoding: ${ACCEPT_ENCODING}), errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  console.log(
    `goal p95 < ${GOAL_P95_MS} ms with zero errors: ${overall.p95 < GOAL_P95_MS && !result.errors && !result.non2xx ? "MET" : "NOT MET"} (overall p95 ${overall.p95.toFixed(1)} ms)`,
  );
  return !(result.errors || result.timeouts || result.non2xx);
}

async function sampleVendorIds(tenantId, n) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    // Evenly spread over the alphabet, so the pages differ in which rows (and cache lines) they touch.
    const { rows } = await client.query(
      `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY "legalName") AS r FROM "Vendor" WHERE "tenantId" = $1) x WHERE r % 25 = 0 LIMIT $2`,
      [tenantId, n],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

async function startServer() {
  const log = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "assay-bench-")), "next.log");
  const out = fs.openSync(log, "a");
  // BENCH_APP_DIR: serve another checkout's finished build (e.g. the commit before a change) against
  // the same seeded database, so before and after are measured the same way.
  const appDir = process.env.BENCH_APP_DIR ? path.resolve(process.env.BENCH_APP_DIR) : snapshotBuild();
  // BENCH_PROFILE_DIR: write a V8 CPU profile of the app server there (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE_DIR)}`]
    : [];
  // BENCH_NODE: serve the app with another Node binary (e.g. a newer major) against the same database.
  const node = process.env.BENCH_NODE ? path.resolve(process.env.BENCH_NODE) : process.execPath;
  const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout?.trim();
  if (!version) die(`BENCH_NODE=${process.env.BENCH_NODE} does not run.`);
  console.error(
    `[bench] app server: node ${version}${process.env.NODE_OPTIONS ? `, NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ""}`,
  );
  const child = spawn(
    node,
    // npm start's preloads (request ids and a log line per request, the session gate): what users run.
    [
      ...profile,
      ...preloadArgs(),
      path.resolve("node_modules/next/dist/bin/next"),
      "start",
      appDir,
      "-p",
      String(PORT),
      "-H",
      HOST,
    ],
    {
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", out, out],
    },
  );
  child.logFile = log;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) die(`next start exited with ${child.exitCode}; see ${log}`);
    const ok = await fetch(`http://${HOST}:${PORT}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill("SIGTERM");
  die(`the app did not answer on ${HOST}:${PORT} within 60 s; see ${log}`);
}

/**
 * A private copy of the production build: other work in the same tree may run `next build`, which
 * rewrites .next under a running server mid-measurement. Sources stay symlinked (next.config.ts
 * imports lib/); only the build output is copied, and only when its BUILD_ID changed.
 */
function snapshotBuild() {
  const dir = path.resolve(".data/bench-app");
  const id = fs.readFileSync(".next/BUILD_ID", "utf8");
  const have = fs.existsSync(path.join(dir, ".next/BUILD_ID"))
    ? fs.readFileSync(path.join(dir, ".next/BUILD_ID"), "utf8")
    : null;
  if (have !== id) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.cpSync(".next", path.join(dir, ".next"), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => !src.startsWith(path.join(".next", "cache")),
    });
    if (fs.readFileSync(".next/BUILD_ID", "utf8") !== id)
      die("a next build replaced .next while it was being copied: run again when it is done.");
    for (const name of [
      "node_modules",
      "package.json",
      "next.config.ts",
      "tsconfig.json",
      "lib",
      "public",
      "scripts",
    ]) {
      if (fs.existsSync(name)) fs.symlinkSync(path.resolve(name), path.join(dir, name));
    }
  }
  return dir;
}

function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** One request per group first: a redirect to /login here would make every number meaningless. */
async function checkPages() {
  for (const [group, paths] of Object.entries(groups)) {
    const res = await fetch(`http://${HOST}:${PORT}${paths[0]}`, {
      headers: { cookie: cookies[0], "accept-encoding": ACCEPT_ENCODING },
      redirect: "manual",
    });
    const body = await res.text();
    if (res.status !== 200 || !body.includes("Scale Vendor")) {
      die(
        `${group} (${paths[0]}) answered ${res.status} without bench data: is the session accepted? (server log: ${server.logFile})`,
      );
    }
  }
}

/** autocannon for `seconds`, or (amount > 0) until `amount` requests have been answered. */
function blast(seconds, connections, rec, overallRate, amount = 0) {
  let next = 0;
  let users = 0;
  // Each connection is one signed-in user: it gets its own request list carrying its own cookie
  // (request objects must not be shared: autocannon caches the built request on them).
  const requestsFor = (cookie, state) =>
    Object.entries(groups).map(([group, paths]) => ({
      method: "GET",
      headers: { cookie, "accept-encoding": ACCEPT_ENCODING },
      // The vendor page group walks through many vendors; the others are fixed URLs.
      setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }),
      onResponse: () => {
        state.group = group;
      },
    }));
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `http://${HOST}:${PORT}`,
        connections,
        ...(amount ? { amount } : { duration: seconds }),
        timeout: 10,
        ...(overallRate ? { overallRate } : {}),
        requests: requestsFor(cookies[0], {}),
        setupClient: (client) => {
          const state = { group: null };
          client.setRequests(requestsFor(cookies[users++ % cookies.length], state));
          // onResponse (above) runs just before this event, so state names the group just answered.
          if (rec) client.on("response", (status, _bytes, ms) => rec.record(state.group, status, ms));
        },
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}
