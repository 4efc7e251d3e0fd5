import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoWanted } from "../../scripts/lib/demo.mjs";
import { hasDb } from "./support";

describe("demo policy", () => {
  it.each([
    [false, {}, true],
    [true, {}, false],
    [true, { ASSAY_DEMO: "1" }, true],
    [false, { ASSAY_DEMO: "0" }, false],
  ])("external=%s env=%j → %s", (externalDb, env, want) => {
    expect(demoWanted({ externalDb, env })).toBe(want);
  });
});

// A start against a DATABASE_URL (a deployment) must never create the demo organisation and its
// published password; one that finds demo accounts there says so in one line. Runs the real
// scripts/with-db.mjs against a fresh database on the test server.
describe.skipIf(!hasDb)("demo data on a DATABASE_URL start", () => {
  const name = `demo_gate_${randomUUID().slice(0, 8)}`;
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

  function start(extra: Record<string, string> = {}, cmd = ["--seed", "true"]) {
    const r = spawnSync(process.execPath, ["scripts/with-db.mjs", ...cmd], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: url,
        AUTH_SECRET: process.env.AUTH_SECRET,
        FILE_ENCRYPTION_KEY: process.env.FILE_ENCRYPTION_KEY,
        ...extra,
      } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 120_000,
    });
    return { status: r.status, out: r.stdout + r.stderr };
  }

  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  it("seeds nothing and prints no demo password", async () => {
    const { status, out } = start();
    expect(status, out).toBe(0);
    expect(out).not.toMatch(/assay-demo-2026|Demo sign-ins/);
    expect(await query(`SELECT id FROM "Tenant"`)).toEqual([]);
    expect(await query(`SELECT id FROM "User"`)).toEqual([]);
  }, 180_000);

  it("says so in one line when it finds demo accounts", async () => {
    await query(
      `INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, 'admin@northwind.example', 'Ada', 'x')`,
      [randomUUID()],
    );
    const { status, out } = start();
    expect(status, out).toBe(0);
    const lines = out.split("\n").filter((l) => l.includes("demo account"));
    expect(lines).toEqual([expect.stringMatching(/^assay: warning: .*1 demo account.*remove-demo/)]);
  }, 180_000);

  it("the operator command removes them, and the next start is quiet", async () => {
    const removed = start({}, [
      "node_modules/.bin/tsx",
      "--conditions=react-server",
      "scripts/operator.ts",
      "remove-demo",
    ]);
    expect(removed.status, removed.out).toBe(0);
    expect(removed.out).toMatch(/Removed 0 demo organisation\(s\) and 1 demo account\(s\)/);
    expect(await query(`SELECT id FROM "User"`)).toEqual([]);
    expect(start().out).not.toMatch(/demo account/);
  }, 180_000);
});
