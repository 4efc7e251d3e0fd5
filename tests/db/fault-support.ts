import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { deploy, pgMigrationFactory } from "../../scripts/migrate.mjs";
import { startScratchServer } from "../support/scratch-postgres";

// A throw-away PostgreSQL of its own (random port, temp data dir) for fault tests that stop,
// restart or cut off the database: doing that to the shared test database would break every other
// test running beside them. Migrated with the same code as scripts/with-db.mjs.

export type ScratchPostgres = {
  url: string;
  port: number;
  /** Fast shutdown (SIGINT): open transactions are rolled back, every connection is cut. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** pg_terminate_backend on every connection but the admin one; returns how many were cut. */
  terminateAppConnections(): Promise<number>;
  /** A short-lived admin connection for SQL the app must not run itself (triggers, inspection). */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]): Promise<T[]>;
  destroy(): Promise<void>;
};

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export async function startScratchPostgres(): Promise<ScratchPostgres> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), "assay-fault-pg-"));
  // initdb runs as `postgres` when we are root: it must be able to traverse the parent.
  await fs.chmod(parent, 0o755);
  const dir = path.join(parent, "data");
  const port = await freePort();
  const server = await startScratchServer(dir, port, { user: "app", password: "app" });
  await server.createDatabase("app");
  const url = `postgresql://app:app@127.0.0.1:${port}/app`;
  await deploy(await pgMigrationFactory(url));

  const sql = async <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: url, application_name: "fault-admin" });
    await c.connect();
    try {
      return (await c.query<T>(text, params)).rows;
    } finally {
      await c.end();
    }
  };

  return {
    url,
    port,
    stop: () => server.stop(),
    start: () => server.start(),
    async terminateAppConnections() {
      const rows = await sql<{ n: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
          WHERE datname = 'app' AND pid <> pg_backend_pid() AND application_name <> 'fault-admin'`,
      );
      return rows[0].n;
    },
    sql,
    async destroy() {
      await server.stop().catch(() => {});
      await fs.rm(parent, { recursive: true, force: true });
    },
  };
}

/**
 * A trigger that parks the transaction inserting a matching AuditEvent in pg_sleep while armed, so a
 * test can hit the database at the one moment every business row of the operation is written but
 * nothing is committed yet. `action` is matched exactly.
 */
export async function installAuditStall(db: ScratchPostgres): Promise<void> {
  await db.sql(`
    CREATE TABLE IF NOT EXISTS fault_stall (action text PRIMARY KEY);
    -- The trigger runs as whoever inserts the audit event: the app's restricted role too.
    GRANT SELECT ON fault_stall TO PUBLIC;
    CREATE OR REPLACE FUNCTION fault_stall_fn() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM fault_stall WHERE action = NEW.action) THEN
        PERFORM pg_sleep(60);
      END IF;
      RETURN NEW;
    END $$;
    DROP TRIGGER IF EXISTS fault_stall_tr ON "AuditEvent";
    CREATE TRIGGER fault_stall_tr BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fault_stall_fn();
  `);
}

export async function armStall(db: ScratchPostgres, action: string) {
  await db.sql(`INSERT INTO fault_stall (action) VALUES ($1) ON CONFLICT DO NOTHING`, [action]);
}

export async function disarmStall(db: ScratchPostgres) {
  await db.sql(`DELETE FROM fault_stall`);
}

/** Resolves once some connection sits in the stall trigger's pg_sleep. */
export async function waitForStall(db: ScratchPostgres, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rows = await db.sql(`SELECT 1 FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND datname = 'app'`);
    if (rows.length) return;
    if (Date.now() > until) throw new Error("no transaction reached the stall trigger");
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Records what would crash a server process: uncaught exceptions and unhandled rejections. */
export function watchForCrashes() {
  const crashes: unknown[] = [];
  const onErr = (e: unknown) => void crashes.push(e);
  process.on("uncaughtException", onErr);
  process.on("unhandledRejection", onErr);
  return {
    crashes,
    stop() {
      process.off("uncaughtException", onErr);
      process.off("unhandledRejection", onErr);
    },
  };
}
