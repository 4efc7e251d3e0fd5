// Checks that run before the app or its database start. Each expected problem ends the process
// with one plain line that says what to do: no stack trace, nothing half-written.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export function fail(message, code = 1) {
  console.error(`assay: ${message}`);
  process.exit(code);
}

/** Resolves when nothing listens on the port; otherwise ends the process with `message`. */
export function ensurePortFree(port, message, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (err) => {
      if (err.code === "EADDRINUSE" || err.code === "EACCES") fail(message);
      else fail(`Cannot use port ${port}: ${err.message}`);
    });
    server.once("listening", () => server.close(() => resolve()));
    server.listen(port, host);
  });
}

/**
 * Local runs get their secrets generated once and kept under .data/ so sessions and encrypted files
 * survive restarts. Against an external DATABASE_URL (a real deployment, maybe several instances)
 * every instance must share the same secrets, so we refuse to invent them there.
 */
export function ensureLocalSecrets() {
  const external = Boolean(process.env.DATABASE_URL) && !process.env.ASSAY_ALLOW_GENERATED_SECRETS;
  const dir = path.resolve(".data");
  for (const [name, bytes] of [
    ["AUTH_SECRET", 32],
    ["FILE_ENCRYPTION_KEY", 32],
  ]) {
    if (process.env[name]) continue;
    if (external) {
      fail(
        `${name} is not set. With DATABASE_URL every app instance needs the same ${name}: generate one with \`openssl rand -base64 ${bytes}\` and set it in the environment or .env.`,
      );
    }
    const file = path.join(dir, name.toLowerCase().replace(/_/g, "-"));
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dir, { recursive: true });
      // Written to a temp file then renamed, so a crash never leaves an empty secret behind.
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, crypto.randomBytes(bytes).toString("base64"), { mode: 0o600 });
      fs.renameSync(tmp, file);
    }
    process.env[name] = fs.readFileSync(file, "utf8").trim();
  }
}

function where(url) {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/** Maps a connection or migration failure to one actionable line. */
export function describeDbError(err, url) {
  const msg = String(err?.message ?? err);
  const code = err?.code ?? (msg.match(/\b(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|28P01|3D000|28000)\b/) ?? [])[1];
  const at = where(url);
  if (err?.name === "NewerSchemaError") return err.message;
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach the database at ${at} (connection refused). Start that server, fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot resolve the database host in DATABASE_URL (${at}). Fix DATABASE_URL or unset it to use the embedded database.`;
    case "ETIMEDOUT":
      return `The database at ${at} did not answer in time. Check the server and network, or unset DATABASE_URL to use the embedded database.`;
    case "28P01":
    case "28000":
      return `The database at ${at} refused the user or password in DATABASE_URL. Fix the credentials.`;
    case "3D000":
      return `The database named in DATABASE_URL (${at}) does not exist. Create it (createdb) or fix DATABASE_URL.`;
    default:
      return `Database setup failed at ${at}: ${msg.split("\n")[0]}`;
  }
}

/**
 * Refuses a database that has migrations this checkout does not know: it was written by a newer
 * Assay, and running older code on it could corrupt data.
 */
export async function ensureSchemaNotNewer(url, migrationsDir = "prisma/migrations") {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 8000 });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
    if (!exists.rows[0].t) return;
    const { rows } = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE rolled_back_at IS NULL`);
    const local = new Set(fs.existsSync(migrationsDir) ? fs.readdirSync(migrationsDir) : []);
    const unknown = rows.map((r) => r.migration_name).filter((n) => !local.has(n));
    if (unknown.length) {
      const err = new Error(
        `The database at ${where(url)} was migrated by a newer version of Assay (unknown migration ${unknown[0]}). Upgrade this checkout, or use another database / EMBEDDED_PG_DIR.`,
      );
      err.name = "NewerSchemaError";
      throw err;
    }
  } finally {
    await client.end();
  }
}
