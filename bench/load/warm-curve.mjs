// How a fresh app server's CPU per request falls as it warms up: one server, the bench URLs in turn
// (one user, one request at a time), app CPU per request for each window of requests, split into the
// main (JavaScript) thread and the process's other threads (V8's optimising compiler and GC helpers,
// libuv's pool). The load benchmark measures a server a few hundred requests old; this shows how far
// that is from a server that has been running a while.
//   usage: EMBEDDED_PG_DIR=.data/bench-pg EMBEDDED_PG_PORT=54430 node scripts/with-db.mjs node bench/load/warm-curve.mjs [appDir[#--node-flags]]
//   (run `npm run bench:load` once first: it seeds the bench tenant and copies the build to .data/bench-app)
//   env:   WARM_WINDOW (requests per window, default 250), WARM_WINDOWS (default 12),
//          BENCH_PORT (default 3400), PAGES_ONLY (as in per-page.mjs: only URLs containing one of these),
//          BENCH_ACCEPT_ENCODING (default: a browser's "gzip, deflate, br, zstd")
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { loadMembers, mintCookies } from "./sessions.mjs";

const HOST = "127.0.0.1"; // loopback only
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const WINDOW = Number(process.env.WARM_WINDOW ?? 250);
const WINDOWS = Number(process.env.WARM_WINDOWS ?? 12);
const TICK_MS = 10; // USER_HZ

if (!process.env.DATABASE_URL) throw new Error("run me through scripts/with-db.mjs (see the usage line)");
const [dir, flags = ""] = (process.argv[2] ?? ".data/bench-app").split("#");
const members = await loadMembers(process.env.DATABASE_URL, "bench-scale");
if (!members.length) throw new Error("no bench tenant: run npm run bench:load once first");
const cookies = await mintCookies(members, process.env.AUTH_SECRET);
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const { rows: vendors } = await db.query(
  `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY "legalName") AS r FROM "Vendor" WHERE "tenantId" = $1) x WHERE r % 25 = 0 LIMIT 200`,
  [members[0].tid],
);
await db.end();
const only = process.env.PAGES_ONLY?.split(",").filter(Boolean);
// The load benchmark's five URL groups, in the same rotation (vendor pages walk through 200 vendors).
const groups = [
  () => "/vendors",
  () => "/vendors?page=37&sort=gaps&dir=desc",
  (i) => `/vendors/${vendors[i % vendors.length].id}`,
  () => "/gaps",
  () => "/gaps?severity=critical",
  () => "/notifications",
].filter((g) => !only || only.some((part) => g(0).includes(part)));

/** CPU ticks (user + system) of the whole process and of its main thread. */
function cpu(pid) {
  const read = (file) => {
    const raw = fs.readFileSync(file, "utf8");
    const f = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  };
  return { all: read(`/proc/${pid}/stat`), main: read(`/proc/${pid}/task/${pid}/stat`) };
}

const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "assay-warm-")), "next.log");
const child = spawn(
  process.execPath,
  [
    ...flags.split(" ").filter(Boolean),
    path.resolve("node_modules/next/dist/bin/next"),
    "start",
    path.resolve(dir),
    "-p",
    String(PORT),
    "-H",
    HOST,
  ],
  {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PARSE_WORKERS: "0" },
    stdio: ["ignore", fs.openSync(log, "a"), fs.openSync(log, "a")],
  },
);
try {
  const deadline = Date.now() + 90_000;
  while (
    !(await fetch(`http://${HOST}:${PORT}/login`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start; see ${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  console.log(`warm-up curve of ${dir}${flags ? ` with ${flags}` : ""}: ${groups.length} URLs in turn, one at a time`);
  console.log(
    `${"requests".padStart(12)} ${"app CPU ms/req".padStart(14)} ${"main thread".padStart(11)} ${"other threads".padStart(13)} ${"load".padStart(5)}`,
  );
  let n = 0;
  for (let w = 0; w < WINDOWS; w++) {
    const c0 = cpu(child.pid);
    for (let i = 0; i < WINDOW; i++, n++) {
      const url = groups[n % groups.length](Math.floor(n / groups.length));
      const res = await fetch(`http://${HOST}:${PORT}${url}`, {
        headers: {
          cookie: cookies[n % cookies.length],
          "accept-encoding": process.env.BENCH_ACCEPT_ENCODING ?? "gzip, deflate, br, zstd",
        },
        redirect: "manual",
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    }
    const c1 = cpu(child.pid);
    const per = (x) => (x / WINDOW).toFixed(1);
    console.log(
      `${`${n - WINDOW + 1}–${n}`.padStart(12)} ${per(c1.all - c0.all).padStart(14)} ${per(c1.main - c0.main).padStart(11)} ${per(c1.all - c0.all - (c1.main - c0.main)).padStart(13)} ${os.loadavg()[0].toFixed(1).padStart(5)}`,
    );
  }
} finally {
  child.kill("SIGTERM");
}
