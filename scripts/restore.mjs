// Restores a backup made by scripts/backup.mjs into the database in DATABASE_URL and the local
// file store (STORAGE_DIR). Checks every data file's sha256 before touching anything, refuses a
// target that holds data unless --force, rebuilds the schema from the backup's own migrations,
// loads all rows in one transaction (a failure leaves the target empty) and copies the files back.
// usage: node scripts/with-db.mjs node scripts/restore.mjs <backup-dir> [--force]
// The restored database needs the same FILE_ENCRYPTION_KEY as the one backed up to read its files.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { fail, firstLine } from "./backup-lib/fail.mjs";
import { copyBlobs, listBlobs, storageDir } from "./backup-lib/files.mjs";
import { loadOrder, loadTable, sha256File } from "./backup-lib/tables.mjs";

const args = process.argv.slice(2);
const force = args.includes("--force");
const dirArg = args.find((a) => !a.startsWith("--"));
if (!dirArg) fail("usage: node scripts/restore.mjs <backup-dir> [--force]");
if (!process.env.DATABASE_URL)
  fail("DATABASE_URL is not set: run through `node scripts/with-db.mjs node scripts/restore.mjs <backup-dir>`.");
const dir = path.resolve(dirArg);
const manifestPath = path.join(dir, "manifest.json");
if (!fs.existsSync(manifestPath))
  fail(`${dirArg} has no manifest.json: it is not a backup, or the backup did not finish.`);
const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
if (manifest.format !== "assay-backup" || manifest.version !== 1)
  fail(`${dirArg} is not an Assay backup this version can read (format ${manifest.format} v${manifest.version}).`);

let store;
try {
  store = storageDir();
} catch (err) {
  fail(firstLine(err));
}

// Integrity first: a damaged backup must fail before the target is changed at all.
for (const [name, t] of Object.entries(manifest.tables)) {
  const file = path.join(dir, t.file);
  if (!fs.existsSync(file)) fail(`the backup lacks ${t.file} (table ${name}): it is incomplete.`);
  if ((await sha256File(file)) !== t.sha256)
    fail(`${t.file} does not match its sha256 in manifest.json: the backup is damaged; use another one.`);
}
const blobs = listBlobs(path.join(dir, "files"));
if (blobs.length !== manifest.files.count)
  fail(`the backup holds ${blobs.length} files but its manifest lists ${manifest.files.count}: it is incomplete.`);

const t0 = performance.now();
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
try {
  await client.connect();
} catch (err) {
  fail(`cannot connect to the database in DATABASE_URL: ${firstLine(err)}`, err);
}

// scripts/with-db.mjs migrates before it runs us, so an empty target has tables; data is what counts.
const occupied = await tablesWithRows(client);
if (occupied.length && !force) {
  await client.end();
  fail(
    `the target database already holds data (${occupied.slice(0, 3).join(", ")}${occupied.length > 3 ? ", …" : ""}): restore into an empty database, or pass --force to replace everything in it.`,
  );
}

try {
  // Replace the schema with exactly the one the backup was taken from. DROP SCHEMA also takes the
  // append-only AuditEvent triggers with it, which no TRUNCATE or DELETE would get past.
  await client.query(
    `DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS assay_private CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;`,
  );
  await applyMigrations(path.join(dir, "schema/migrations"));
} catch (err) {
  await client.end().catch(() => {});
  fail(`rebuilding the schema failed: ${firstLine(err)}`, err);
}

// Files before rows, as an upload does: a restored row never points at a file not yet in place.
const copied = copyBlobs(blobs, path.join(dir, "files"), store);

const names = Object.keys(manifest.tables);
try {
  await client.query("BEGIN");
  for (const name of await loadOrder(client, names)) {
    const t = manifest.tables[name];
    const rows = await loadTable(client, name, path.join(dir, t.file));
    if (rows !== t.rows) throw new Error(`${name}: loaded ${rows} rows, the manifest says ${t.rows}`);
  }
  await client.query("COMMIT");
  await client.query("ANALYZE");
} catch (err) {
  await client.query("ROLLBACK").catch(() => {});
  await client.end().catch(() => {});
  fail(`loading the rows failed, nothing was loaded: ${firstLine(err)}`, err);
}
await client.end();

const total = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
console.error(
  `[restore] ${total} rows in ${names.length} tables and ${copied.copied} files (of ${blobs.length}) from ${dirArg} (taken ${manifest.createdAt}) in ${Math.round(performance.now() - t0)} ms`,
);
// The migration engine leaves handles open; nothing else is pending once we get here.
process.exit(0);

async function tablesWithRows(c) {
  const { rows } = await c.query(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`);
  const full = [];
  for (const { name } of rows) {
    const r = await c.query(`SELECT EXISTS (SELECT 1 FROM "${name.replace(/"/g, '""')}") AS any`);
    if (r.rows[0].any) full.push(name);
  }
  return full;
}

async function applyMigrations(migrationsDir) {
  // migrate.mjs reads PRISMA_MIGRATIONS_PATH when it is first imported: set it before the import.
  process.env.PRISMA_MIGRATIONS_PATH = migrationsDir;
  const { deploy, pgMigrationFactory } = await import("./migrate.mjs");
  const applied = await deploy(await pgMigrationFactory(process.env.DATABASE_URL));
  const want = manifest.migrations.join(",");
  if (applied.join(",") !== want)
    throw new Error(`applied migrations ${applied.join(",") || "none"}, the backup has ${want}`);
}
