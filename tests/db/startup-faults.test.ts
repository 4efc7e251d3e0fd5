import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { hasDb } from "./support";
import { freePort } from "./fault-support";
import { removeDataDir } from "../../scripts/lib/embedded-postgres.mjs";

// Each bad start must end with exit 1 and ONE line "assay: …" saying what to do: no stack trace.
function runWithDb(env: Record<string, string | undefined>, args = ["true"], timeout = 60_000) {
  const r = spawnSync(process.execPath, ["scripts/with-db.mjs", ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout,
  });
  const lines = r.stderr.split("\n").filter((l) => l.trim() && !l.startsWith("[with-db]") && !l.includes("npm warn"));
  return { status: r.status, lines };
}

describe("startup with bad configuration", () => {
  it("an unreachable DATABASE_URL", () => {
    const { status, lines } = runWithDb({
      DATABASE_URL: "postgresql://app:app@127.0.0.1:1/app",
      AUTH_SECRET: "s",
      FILE_ENCRYPTION_KEY: "k",
    });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^assay: Cannot reach the database at 127\.0\.0\.1:1\/app/);
  });

  it("a missing secret with an external database", () => {
    const { status, lines } = runWithDb({ DATABASE_URL: "postgresql://app:app@127.0.0.1:1/app" });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^assay: AUTH_SECRET is not set\..*openssl rand/)]);
  });

  it("the embedded database port already in use", async () => {
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-port-"));
      const { status, lines } = runWithDb({
        EMBEDDED_PG_PORT: String(port),
        EMBEDDED_PG_DIR: path.join(dir, "pg"),
        AUTH_SECRET: "s",
        FILE_ENCRYPTION_KEY: "k",
      });
      expect(status).toBe(1);
      expect(lines).toEqual([
        `assay: The embedded database port ${port} is in use: stop the other process or set EMBEDDED_PG_PORT to a free port.`,
      ]);
      expect(fs.existsSync(path.join(dir, "pg"))).toBe(false); // nothing half-written
    } finally {
      server.close();
    }
  });

  it("a data directory made by another PostgreSQL major version", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-pgver-"));
    fs.writeFileSync(path.join(dir, "PG_VERSION"), "99\n");
    const { status, lines } = runWithDb({
      EMBEDDED_PG_DIR: dir,
      EMBEDDED_PG_PORT: "54398",
      AUTH_SECRET: "s",
      FILE_ENCRYPTION_KEY: "k",
    });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/made by PostgreSQL 99/);
    expect(fs.readdirSync(dir)).toEqual(["PG_VERSION"]); // untouched
  });
});

// As root, PostgreSQL runs as the `postgres` user, who cannot enter a private (0700) directory such
// as a checkout under /root. The data then lives in a directory it can reach, linked from the one asked.
describe.skipIf(process.getuid?.() !== 0)("startup as root in a private directory", () => {
  it("starts, migrates and runs the command; removing the link's target removes the data", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "assay-private-"));
    fs.chmodSync(home, 0o700);
    const runtime = fs.mkdtempSync(path.join(os.tmpdir(), "assay-runtime-"));
    fs.chmodSync(runtime, 0o755);
    const asked = path.join(home, "pg");
    try {
      const r = spawnSync(
        process.execPath,
        ["scripts/with-db.mjs", "node", "-e", "console.log(process.env.APP_DATABASE_URL ? 'ready' : 'no url')"],
        {
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            EMBEDDED_PG_DIR: asked,
            EMBEDDED_PG_PORT: String(await freePort()),
            EMBEDDED_PG_RUNTIME_DIR: runtime,
            AUTH_SECRET: "s",
            FILE_ENCRYPTION_KEY: "k",
          } as unknown as NodeJS.ProcessEnv,
          encoding: "utf8",
          timeout: 240_000,
        },
      );
      expect(r.stderr).not.toMatch(/EACCES|^assay:/m);
      expect(r.stdout.trim()).toBe("ready");
      expect(r.status).toBe(0);
      const target = fs.readlinkSync(asked);
      expect(target.startsWith(path.join(runtime, "data"))).toBe(true);
      expect(fs.existsSync(path.join(asked, "PG_VERSION"))).toBe(true);
      removeDataDir(asked);
      expect(fs.existsSync(target)).toBe(false);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
      fs.rmSync(runtime, { recursive: true, force: true });
    }
  }, 300_000);
});

describe.skipIf(!hasDb)("startup against a database from a newer Assay", () => {
  it("refuses with one line and changes nothing", async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const name = `newer_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    await c.query(
      `CREATE TABLE _prisma_migrations (id text, checksum text, finished_at timestamptz, migration_name text, logs text, rolled_back_at timestamptz, started_at timestamptz, applied_steps_count int)`,
    );
    await c.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ('1', 'x', '29991231000000_from_the_future')`,
    );
    try {
      const { status, lines } = runWithDb({ DATABASE_URL: url.toString(), AUTH_SECRET: "s", FILE_ENCRYPTION_KEY: "k" });
      expect(status).toBe(1);
      expect(lines).toEqual([
        expect.stringMatching(
          /^assay: The database .* was migrated by a newer version of Assay \(unknown migration 29991231000000_from_the_future\)/,
        ),
      ]);
      const tables = await c.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
      );
      expect(tables.rows[0].n).toBe(1); // no migration was applied on top
    } finally {
      await c.end();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
