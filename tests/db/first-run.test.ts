import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasDb } from "./support";

// First run on an empty DATABASE_URL database, through the real commands: a start prints a
// one-time setup token; `npm run setup` creates the organisation and a link for its admin (no
// password anywhere); it refuses a second time; the operator command adds more organisations.
describe.skipIf(!hasDb)("first run", () => {
  const name = `first_run_${randomUUID().slice(0, 8)}`;
  let url = "";
  const admin = () => new pg.Client({ connectionString: process.env.DATABASE_URL });

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  function run(...cmd: string[]) {
    const r = spawnSync(process.execPath, ["scripts/with-db.mjs", ...cmd], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: url,
        AUTH_SECRET: process.env.AUTH_SECRET,
        FILE_ENCRYPTION_KEY: process.env.FILE_ENCRYPTION_KEY,
        APP_URL: "http://assay.test",
      } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 120_000,
    });
    return { status: r.status, out: r.stdout + r.stderr };
  }
  const tsx = (script: string, ...args: string[]) =>
    run("node_modules/.bin/tsx", "--conditions=react-server", script, ...args);

  async function query<T>(sql: string): Promise<T[]> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql)).rows as T[];
    } finally {
      await c.end();
    }
  }

  it("goes from an empty database to an organisation whose admin chooses their own password", async () => {
    const start = run("--seed", "true");
    expect(start.status, start.out).toBe(0);
    expect(start.out).toMatch(/No organisation yet\. Open http:\/\/assay\.test\/setup/);
    const token = /^ {2}([A-Za-z0-9_-]{43})$/m.exec(start.out)?.[1];
    expect(token).toBeTruthy();
    expect(JSON.stringify(await query(`SELECT * FROM "SetupToken"`))).not.toContain(token);

    const setup = tsx("scripts/setup.ts", "--org", "Acme Health", "--admin-email", "Ciso@Acme.example");
    expect(setup.status, setup.out).toBe(0);
    expect(setup.out).toMatch(/http:\/\/assay\.test\/invite\/[A-Za-z0-9_-]{43}/);
    expect(await query(`SELECT name FROM "Tenant"`)).toEqual([{ name: "Acme Health" }]);
    expect(await query(`SELECT email, role FROM "Invitation"`)).toEqual([
      { email: "ciso@acme.example", role: "admin" },
    ]);
    expect(await query(`SELECT id FROM "User"`)).toEqual([]); // no account, no password until the link is used

    const again = tsx("scripts/setup.ts", "--org", "Other", "--admin-email", "x@other.example");
    expect(again.status).toBe(1);
    expect(again.out).toMatch(/already has an organisation/);
    expect(run("--seed", "true").out).not.toMatch(/setup token/);

    const more = tsx("scripts/operator.ts", "create-org", "--org", "Beta Corp", "--admin-email", "it@beta.example");
    expect(more.status, more.out).toBe(0);
    expect((await query<{ name: string }>(`SELECT name FROM "Tenant" ORDER BY name`)).map((t) => t.name)).toEqual([
      "Acme Health",
      "Beta Corp",
    ]);
  }, 300_000);
});
