// Backs up the database in DATABASE_URL and the local file store into <out-dir>:
//   manifest.json                 row counts, file count, sha256 of every data file, created at
//   db/<Table>.ndjson.gz          every row of each application table (one consistent snapshot)
//   schema/migrations/…           the migrations the database had applied: restore replays them
//   files/…                       the stored blobs, still encrypted (FILE_ENCRYPTION_KEY is NOT included)
// usage: node scripts/with-db.mjs node scripts/backup.mjs <out-dir>   (or with DATABASE_URL set)
// See docs/operations.md and docs/decisions/006-backup-and-load.md for why this is not pg_dump.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { fail, firstLine } from "./backup-lib/fail.mjs";
import { copyBlobs, listBlobs, storageDir } from "./backup-lib/files.mjs";
import { dumpTable, listTables } from "./backup-lib/tables.mjs";

export const FORMAT = "assay-backup";
export const FORMAT_VERSION = 1;

const outArg = process.argv[2];
if (!outArg || outArg.startsWith("-")) fail("usage: node scripts/backup.mjs <out-dir>  (a new or empty directory)");
if (!process.env.DATABASE_URL)
  fail("DATABASE_URL is not set: run through `node scripts/with-db.mjs node scripts/backup.mjs <out-dir>`.");
const out = path.resolve(outArg);
if (fs.existsSync(out) && fs.readdirSync(out).length)
  fail(`${outArg} is not empty: back up into a new directory, so an older backup is never mixed with this one.`);

let store;
try {
  store = storageDir();
} catch (err) {
  fail(firstLine(err));
}
const migrationsDir = path.resolve(process.env.PRISMA_MIGRATIONS_PATH ?? "prisma/migrations");

const t0 = performance.now();
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
try {
  await client.connect();
} catch (err) {
  fail(`cannot connect to the database in DATABASE_URL: ${firstLine(err)}`, err);
}

const manifest = { format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString() };
const fileKeys = [];
try {
  fs.mkdirSync(path.join(out, "db"), { recursive: true, mode: 0o700 });
  // One snapshot for every table, as pg_dump takes: rows written meanwhile are either all in or all out.
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  manifest.server = (await client.query("SHOW server_version")).rows[0].server_version;
  manifest.migrations = (
    await client.query(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    )
  ).rows.map((r) => r.migration_name);
  manifest.tables = {};
  for (const table of await listTables(client)) {
    const file = `db/${table.name}.ndjson.gz`;
    const onRow = table.name === "Document" ? (json) => fileKeys.push(JSON.parse(json).fileKey) : undefined;
    manifest.tables[table.name] = { file, ...(await dumpTable(client, table, path.join(out, file), onRow)) };
  }
  await client.query("COMMIT");
} catch (err) {
  fail(`backing up the database failed: ${firstLine(err)}`, err);
} finally {
  await client.end().catch(() => {});
}

// The schema travels as the migrations that built it, so the restore rebuilds exactly this schema.
for (const name of manifest.migrations) {
  const src = path.join(migrationsDir, name, "migration.sql");
  if (!fs.existsSync(src))
    fail(
      `the database has migration ${name} applied, which ${path.relative(process.cwd(), migrationsDir)} lacks: back up with the Assay version that runs this database.`,
    );
  fs.mkdirSync(path.join(out, "schema/migrations", name), { recursive: true });
  fs.copyFileSync(src, path.join(out, "schema/migrations", name, "migration.sql"));
}
const lock = path.join(migrationsDir, "migration_lock.toml");
if (fs.existsSync(lock)) fs.copyFileSync(lock, path.join(out, "schema/migrations/migration_lock.toml"));

// Files after the snapshot: an upload writes its blob before its row, so every row in the snapshot
// already has its file; a blob newer than the snapshot is copied too and is merely unreferenced.
const blobs = listBlobs(store);
const copied = copyBlobs(blobs, store, path.join(out, "files"));
const present = new Set(blobs);
const missing = fileKeys.filter((k) => !present.has(k));
manifest.files = {
  count: copied.copied,
  bytes: copied.bytes,
  documents: fileKeys.length,
  missing: missing.length,
  encrypted: true,
};
manifest.note =
  "Files are AES-256-GCM ciphertext. FILE_ENCRYPTION_KEY (and any FILE_ENCRYPTION_OLD_KEYS) is not in this backup: keep it separately.";
// Written last: a directory without manifest.json is an unfinished backup and restore refuses it.
fs.writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });

const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
console.error(
  `[backup] ${rows} rows in ${Object.keys(manifest.tables).length} tables, ${copied.copied} files (${copied.bytes} bytes) → ${outArg} in ${Math.round(performance.now() - t0)} ms`,
);
if (missing.length) {
  console.error(
    `[backup] warning: ${missing.length} document(s) have no file in ${store} (first: ${missing[0]}); their rows are backed up without a file.`,
  );
}
