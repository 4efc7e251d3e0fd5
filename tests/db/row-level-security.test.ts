import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemDb as db, queryTenantFunction, tenantDb, withTenant } from "@/lib/db";
import { findSessionMembership } from "@/lib/auth/session/data";
import { vendorExists } from "@/lib/vendors/data";
import { Prisma } from "@/prisma/generated/client";
import { listMembers } from "@/lib/users/data";
import { AppRoleError, provisionAppRole } from "../../scripts/lib/app-role.mjs";
import { hasDb, makeTenant, makeVendor } from "./support";

// PostgreSQL row-level security, checked as the restricted role the app's requests use
// (security-and-reliability §4.4). Real PostgreSQL; the role comes from scripts/with-db.mjs.
const appUrl = process.env.APP_DATABASE_URL;
let app: pg.Client;

async function asApp<T>(tenantId: string | null, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  await app.query("BEGIN");
  try {
    if (tenantId) await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    return await fn(app);
  } finally {
    await app.query("ROLLBACK");
  }
}

async function tenantTables(): Promise<string[]> {
  const rows = await db.$queryRaw<{ t: string }[]>`
    SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId' AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`;
  return rows.map((r) => r.t);
}

describe.skipIf(!hasDb || !appUrl)("row-level security", () => {
  beforeAll(async () => {
    app = new pg.Client({ connectionString: appUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
  });

  it("forces row-level security with a policy on every table that has a tenantId", async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(18);
    const rows = await db.$queryRaw<{ t: string; rls: boolean; forced: boolean; policies: number }[]>`
      SELECT c.relname AS t, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname AND p.policyname = 'tenant_isolation') AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relname = ANY(${[...tables, "Tenant"]}::text[])`;
    const bad = rows.filter((r) => !r.rls || !r.forced || r.policies !== 1).map((r) => r.t);
    expect(bad).toEqual([]);
    expect(rows).toHaveLength(tables.length + 1);
  });

  it("connects the app as a role that is not superuser, cannot bypass RLS and owns no table", async () => {
    const { rows } = await app.query(`
      SELECT r.rolsuper, r.rolbypassrls,
             (SELECT count(*)::int FROM pg_tables t WHERE t.tableowner = r.rolname) AS owned
      FROM pg_roles r WHERE r.rolname = current_user`);
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it("shows nothing of any tenant-owned table when no tenant is set", async () => {
    const a = await makeTenant();
    await makeVendor(a);
    const counts = await asApp(null, async (c) => {
      const out: Record<string, number> = {};
      for (const t of [...(await tenantTables()), "Tenant"])
        out[t] = (await c.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n;
      return out;
    });
    expect(
      Object.values(counts).every((n) => n === 0),
      JSON.stringify(counts),
    ).toBe(true);
  });

  it("scopes a query without any tenant filter to the tenant set in the transaction", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    await makeVendor(a, "Alpha only");
    await makeVendor(b, "Bravo only");
    // No WHERE at all: the policy is the only thing between tenant A and tenant B's rows.
    const names = await asApp(a.tenantId, async (c) =>
      (await c.query(`SELECT "legalName" FROM "Vendor"`)).rows.map((r) => r.legalName),
    );
    expect(names).toEqual(["Alpha only"]);
    expect(
      (await tenantDb(a.tenantId).vendor.findMany({ select: { legalName: true } })).map((v) => v.legalName),
    ).toEqual(["Alpha only"]);
    const tenants = await withTenant(b.tenantId, (tx) => tx.tenant.findMany({ select: { id: true } }));
    expect(tenants.map((t) => t.id)).toEqual([b.tenantId]);
  });

  it("refuses to write a row into another tenant (WITH CHECK), and to move one there", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    const vb = await makeVendor(b);
    await expect(
      asApp(a.tenantId, (c) =>
        c.query(
          `INSERT INTO "Vendor" (id, "tenantId", "legalName", aliases, "updatedAt") VALUES (gen_random_uuid(), $1, 'Planted', '{}', now())`,
          [b.tenantId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      tenantDb(a.tenantId).vendor.create({ data: { tenantId: b.tenantId, legalName: "Planted", aliases: [] } }),
    ).rejects.toThrow();
    const va = await makeVendor(a);
    await expect(
      asApp(a.tenantId, (c) => c.query(`UPDATE "Vendor" SET "tenantId" = $1 WHERE id = $2`, [b.tenantId, va.id])),
    ).rejects.toThrow(/row-level security/);
    // Updating or deleting another tenant's row silently matches nothing.
    const changed = await asApp(a.tenantId, (c) =>
      c.query(`UPDATE "Vendor" SET "legalName" = 'Hijacked' WHERE id = $1`, [vb.id]),
    );
    expect(changed.rowCount).toBe(0);
    expect((await db.vendor.findUnique({ where: { id: vb.id } }))?.legalName).toBe(vb.legalName);
  });

  it("does not leak the tenant to the next user of a pooled connection", async () => {
    const a = await makeTenant();
    await makeVendor(a);
    await app.query("BEGIN");
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [a.tenantId]);
    expect((await app.query(`SELECT count(*)::int AS n FROM "Vendor"`)).rows[0].n).toBe(1);
    await app.query("COMMIT");
    expect((await app.query(`SELECT count(*)::int AS n FROM "Vendor"`)).rows[0].n).toBe(0);
  });

  it("runs the one-statement session check as the app role under the claimed tenant, leaving no tenant set", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    await makeVendor(a);
    // Invoker's rights: row-level security binds the read exactly as in a withTenant() transaction.
    const [fn] = await db.$queryRaw<{ definer: boolean }[]>`
      SELECT p.prosecdef AS definer FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'assay_private' AND p.proname = 'session_standing'`;
    expect(fn).toEqual({ definer: false });
    const standing = (tid: string) =>
      app.query(
        `SELECT "tenantName", "userId", "sessionRevoked" FROM assay_private.session_standing($1, $2, 'no-such-sid')`,
        [tid, a.userId],
      );
    // The Tenant row is visible only once the function has set the tenant: one row proves the order.
    expect((await standing(a.tenantId)).rows).toEqual([
      { tenantName: a.tenantName, userId: a.userId, sessionRevoked: false },
    ]);
    expect((await standing(b.tenantId)).rows).toEqual([]);
    // The statement was its own transaction: the next statement on this connection sees no tenant.
    await standing(a.tenantId);
    expect((await app.query(`SELECT count(*)::int AS n FROM "Vendor"`)).rows[0].n).toBe(0);
    expect((await app.query(`SELECT current_setting('app.tenant_id', true) AS t`)).rows[0].t ?? "").toBe("");
  });

  it("runs the vendor page's not-found check in one statement as the app role, leaving no tenant set", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    const vendor = await makeVendor(a);
    const [fn] = await db.$queryRaw<{ definer: boolean }[]>`
      SELECT p.prosecdef AS definer FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'assay_private' AND p.proname = 'vendor_visible'`;
    expect(fn).toEqual({ definer: false });
    const visible = async (tid: string) =>
      (await app.query(`SELECT assay_private.vendor_visible($1, $2) AS v`, [tid, vendor.id])).rows[0].v;
    expect(await visible(a.tenantId)).toBe(true);
    expect(await visible(b.tenantId)).toBe(false);
    expect((await app.query(`SELECT current_setting('app.tenant_id', true) AS t`)).rows[0].t ?? "").toBe("");
    // Through the app's own path: the actor's tenant, a foreign actor, a malformed and an unknown id.
    expect(await vendorExists(a, vendor.id)).toBe(true);
    expect(await vendorExists(b, vendor.id)).toBe(false);
    expect(await vendorExists(a, "not-a-uuid")).toBe(false);
    expect(await vendorExists(a, randomUUID())).toBe(false);
  });

  it("reads a function's results on the pool as $queryRaw does, timestamps in UTC", async () => {
    const a = await makeTenant();
    const epoch = new Date("2026-03-29T01:30:00.123Z"); // a daylight-saving change in many zones
    await db.membership.update({
      where: { tenantId_userId: { tenantId: a.tenantId, userId: a.userId } },
      data: { sessionEpoch: epoch, disabledAt: epoch },
    });
    await db.user.update({ where: { id: a.userId }, data: { sessionEpoch: new Date(0), mfaEnabledAt: null } });
    // Not the server's local time: read in a zone far from UTC, pg's default parser would be hours off.
    const tz = process.env.TZ;
    process.env.TZ = "America/New_York";
    const row = await findSessionMembership(a.userId, a.tenantId, undefined).finally(() => {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    });
    expect(row?.sessionEpoch).toEqual(epoch);
    expect(row?.disabledAt).toEqual(epoch);
    expect(row?.mfaEnabledAt).toBeNull();
    expect(row?.unread).toBe(0);
    expect(row?.sessionRevoked).toBe(false);
    // Row for row what Prisma's $queryRaw makes of the same statement (as the owner here: same types).
    const statement = Prisma.sql`SELECT * FROM assay_private.session_standing(${a.tenantId}::uuid, ${a.userId}::uuid, ${""})`;
    expect(await queryTenantFunction(statement)).toEqual(await db.$queryRaw(statement));
  });

  it("keeps the audit trail insert-only for the app role", async () => {
    const a = await makeTenant();
    await tenantDb(a.tenantId).auditEvent.create({
      data: { tenantId: a.tenantId, actorId: a.userId, action: "test", entityType: "Test" },
    });
    await expect(asApp(a.tenantId, (c) => c.query(`UPDATE "AuditEvent" SET action = 'changed'`))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp(a.tenantId, (c) => c.query(`DELETE FROM "AuditEvent"`))).rejects.toThrow(/permission denied/);
  });

  it("tells an admin a person belongs elsewhere too, without showing the other membership", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    await db.membership.create({ data: { tenantId: b.tenantId, userId: a.userId, role: "viewer" } });
    const members = await listMembers(a);
    expect(members.map((m) => [m.userId, m.sharedWithOtherTenants])).toEqual([[a.userId, true]]);
    const visible = await withTenant(a.tenantId, (tx) => tx.membership.findMany({ where: { userId: a.userId } }));
    expect(visible.map((m) => m.tenantId)).toEqual([a.tenantId]);
  });

  it("refuses to run the app as a role that would bypass row-level security", async () => {
    const owner = new URL(process.env.DATABASE_URL!); // the embedded owner is a superuser
    await expect(provisionAppRole(process.env.DATABASE_URL!, { appUrl: owner.toString() })).rejects.toBeInstanceOf(
      AppRoleError,
    );
  });

  it("marks enum comparisons LEAKPROOF, so status and severity filters stay index conditions under the policy", async () => {
    // RLS evaluates non-LEAKPROOF conditions after the policy, which turned `status IN (…)` into a
    // per-row filter (migration *_enum_compare_leakproof; the effect is measured in bench, this
    // checks the cause). Needs the migrating role to be a superuser, as the embedded one is.
    const rows = await db.$queryRaw<{ proname: string; proleakproof: boolean }[]>`
      SELECT proname, proleakproof FROM pg_proc
      WHERE proname IN ('enum_eq', 'enum_ne', 'enum_lt', 'enum_le', 'enum_gt', 'enum_ge') ORDER BY proname`;
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => !r.proleakproof).map((r) => r.proname)).toEqual([]);
  });
});
