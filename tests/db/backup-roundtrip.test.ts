import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, TenantId } from "@/lib/auth/load-actor";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { sha256Hex } from "@/lib/evidence/uploads/sha256";
import { provisionAppRole } from "../../scripts/lib/app-role.mjs";

// Real PostgreSQL, real files, the real scripts as a person runs them: data is made in a database
// of its own (so "every table" and "every document" mean exactly what this test wrote), backed up
// with scripts/backup.mjs, restored with scripts/restore.mjs into another new database on the same
// server, then compared table by table, row by row, and every document is decrypted from the
// restored file store.
const baseUrl = process.env.DATABASE_URL;
const tag = randomUUID().slice(0, 8);
const SRC = `assay_bk_src_${tag}`;
const DST = `assay_bk_dst_${tag}`;
const MARKER = `PLAINTEXT-MARKER-${tag}`;

function urlFor(database: string): string {
  const u = new URL(baseUrl!);
  u.pathname = `/${database}`;
  return u.toString();
}

function run(script: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr };
}

async function withClient<T>(database: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: urlFor(database) });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Row count and a digest of every row's text, per application table (ordered by the text: not every table has an id). */
async function snapshot(database: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  return withClient(database, async (c) => {
    const tables = await c.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY relname`,
    );
    const out: Record<string, { rows: number; md5: string | null }> = {};
    for (const { name } of tables.rows) {
      const r = await c.query<{ rows: number; md5: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, ',' ORDER BY t::text)) AS md5 FROM "${name}" t`,
      );
      out[name] = r.rows[0];
    }
    return out;
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "assay-backup-"));
const srcFiles = path.join(tmp, "src-files");
const dstFiles = path.join(tmp, "dst-files");
const backupDir = path.join(tmp, "backup");
const saved = {
  url: process.env.DATABASE_URL,
  appUrl: process.env.APP_DATABASE_URL,
  clients: (globalThis as { assayDb?: unknown }).assayDb,
};
let disconnect: (() => Promise<void>) | undefined;
const uploaded: { sha256: string }[] = [];

describe.skipIf(!baseUrl)("backup and restore round trip", () => {
  beforeAll(async () => {
    await withClient(new URL(baseUrl!).pathname.slice(1), async (c) => {
      await c.query(`CREATE DATABASE "${SRC}"`);
      await c.query(`CREATE DATABASE "${DST}"`);
    });
    const migrated = run("scripts/migrate.mjs", ["deploy"], { DATABASE_URL: urlFor(SRC) });
    expect(migrated.status, migrated.stderr).toBe(0);

    // lib/db builds its client from DATABASE_URL on first import and caches it on globalThis:
    // point it at the source database before the import, and put everything back in afterAll.
    process.env.DATABASE_URL = urlFor(SRC);
    process.env.APP_DATABASE_URL = await provisionAppRole(urlFor(SRC), { authSecret: process.env.AUTH_SECRET });
    delete (globalThis as { assayDb?: unknown }).assayDb;
    const { systemDb: db, disconnectAll } = await import("@/lib/db");
    const { uploadDocument } = await import("@/lib/evidence/documents/upload");
    disconnect = disconnectAll;
    const [{ current }] = await db.$queryRaw<{ current: string }[]>`SELECT current_database() AS current`;
    expect(current).toBe(SRC);

    const tenant = await db.tenant.create({ data: { name: `Backup ${tag}`, slug: `bk-${tag}` } });
    const user = await db.user.create({
      data: { email: `bk-${tag}@test.example`, name: "Backup Admin", passwordHash: "x" },
    });
    await db.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "admin" } });
    const actor: Actor = {
      userId: user.id,
      tenantId: tenant.id as TenantId,
      role: "admin",
      name: user.name,
      email: user.email,
      tenantName: tenant.name,
    };
    const store = new EncryptedBlobStore(new LocalDiskStore(srcFiles), parseKeyring());
    for (let v = 0; v < 2; v++) {
      const vendor = await db.vendor.create({
        data: {
          tenantId: tenant.id,
          legalName: `Vendor ${v} ${tag}`,
          aliases: [`V${v}`, "ünïcødé"],
          nextReviewDate: new Date("2027-02-28"),
        },
      });
      await db.buyerService.create({
        data: {
          tenantId: tenant.id,
          vendorId: vendor.id,
          name: "Hosting",
          regions: ["EU"],
          dataTypes: ["customer_pii"],
        },
      });
      const gap = await db.gap.create({
        data: {
          tenantId: tenant.id,
          vendorId: vendor.id,
          key: `k-${v}`,
          checkId: "c1",
          subject: "s",
          severity: "high",
          title: "No SOC 2",
          detail: "d",
          ownerRole: "security",
          citation: { page: 3, quote: 'a "quoted" line' },
        },
      });
      await db.gapComment.create({
        data: { tenantId: tenant.id, gapId: gap.id, authorId: user.id, body: "Chased the vendor.\nTwice." },
      });
      for (let d = 0; d < 2; d++) {
        const bytes = new TextEncoder().encode(
          `# Sub-processors ${v}.${d}\n\n| Name | Purpose |\n|---|---|\n| AWS | Hosting |\n\n${MARKER}\n`,
        );
        const { document } = await uploadDocument(
          actor,
          vendor.id,
          { bytes, filename: `subprocessors-${v}-${d}.md` },
          { store, enqueue: async () => {} },
        );
        expect(document.id).toBeTruthy();
        uploaded.push({ sha256: sha256Hex(bytes) });
      }
    }
  });

  afterAll(async () => {
    await disconnect?.();
    process.env.DATABASE_URL = saved.url;
    process.env.APP_DATABASE_URL = saved.appUrl;
    (globalThis as { assayDb?: unknown }).assayDb = saved.clients;
    if (baseUrl) {
      await withClient(new URL(baseUrl).pathname.slice(1), async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${SRC}" WITH (FORCE)`);
        await c.query(`DROP DATABASE IF EXISTS "${DST}" WITH (FORCE)`);
      });
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("restores every row of every table and every document, still encrypted in the backup", async () => {
    const backup = run("scripts/backup.mjs", [backupDir], { DATABASE_URL: urlFor(SRC), STORAGE_DIR: srcFiles });
    expect(backup.stderr).toMatch(/^\[backup\] \d+ rows in \d+ tables, 4 files/);
    expect(backup.status).toBe(0);

    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, "manifest.json"), "utf8"));
    expect(manifest.files).toMatchObject({ count: 4, documents: 4, missing: 0, encrypted: true });
    // The backup holds ciphertext only: no stored file shows the document's text.
    for (const f of fs
      .readdirSync(path.join(backupDir, "files"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())) {
      expect(fs.readFileSync(path.join(f.parentPath, f.name)).includes(MARKER)).toBe(false);
    }

    const restore = run("scripts/restore.mjs", [backupDir], { DATABASE_URL: urlFor(DST), STORAGE_DIR: dstFiles });
    expect(restore.stderr).toMatch(/^\[restore\] \d+ rows in \d+ tables and 4 files/);
    expect(restore.status).toBe(0);

    const before = await snapshot(SRC);
    const after = await snapshot(DST);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after).toEqual(before);
    for (const t of [
      "Tenant",
      "User",
      "Membership",
      "Vendor",
      "BuyerService",
      "Document",
      "Gap",
      "GapComment",
      "AuditEvent",
    ]) {
      expect(after[t].rows, t).toBeGreaterThan(0);
      expect(manifest.tables[t].rows, t).toBe(after[t].rows);
    }

    // Every document decrypts from the restored store to the exact bytes its row's sha256 names.
    const restoredStore = new EncryptedBlobStore(new LocalDiskStore(dstFiles), parseKeyring());
    const docs = await withClient(DST, (c) =>
      c.query<{ fileKey: string; sha256: string }>(`SELECT "fileKey", sha256 FROM "Document"`),
    );
    expect(docs.rows).toHaveLength(4);
    for (const d of docs.rows) expect(sha256Hex(await restoredStore.get(d.fileKey))).toBe(d.sha256);
    expect(docs.rows.map((d) => d.sha256).sort()).toEqual(uploaded.map((u) => u.sha256).sort());

    // The schema came back whole, append-only audit trigger included.
    await expect(withClient(DST, (c) => c.query(`DELETE FROM "AuditEvent"`))).rejects.toThrow(/append-only/);
  });

  it("refuses a target that holds data unless --force, and a damaged backup before changing anything", async () => {
    const before = await snapshot(DST);
    const refused = run("scripts/restore.mjs", [backupDir], { DATABASE_URL: urlFor(DST), STORAGE_DIR: dstFiles });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/already holds data.*--force/);

    const damaged = path.join(tmp, "damaged");
    fs.cpSync(backupDir, damaged, { recursive: true });
    const vendorFile = path.join(damaged, "db/Vendor.ndjson.gz");
    const bytes = fs.readFileSync(vendorFile);
    bytes[bytes.length - 5] ^= 0xff;
    fs.writeFileSync(vendorFile, bytes);
    const rejected = run("scripts/restore.mjs", [damaged, "--force"], {
      DATABASE_URL: urlFor(DST),
      STORAGE_DIR: dstFiles,
    });
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toMatch(/Vendor\.ndjson\.gz does not match its sha256/);
    expect(await snapshot(DST)).toEqual(before);

    // --force replaces the data, past the append-only audit trigger, and ends equal again.
    const forced = run("scripts/restore.mjs", [backupDir, "--force"], {
      DATABASE_URL: urlFor(DST),
      STORAGE_DIR: dstFiles,
    });
    expect(forced.stderr).toMatch(/^\[restore\]/);
    expect(forced.status).toBe(0);
    expect(await snapshot(DST)).toEqual(await snapshot(SRC));
  });
});
