import pg from "pg";
import { systemDb, withTenant } from "../lib/db";
const t = (await systemDb.tenant.findFirst({ where: { slug: "bench-scale" } }))!.id;
const u = (await systemDb.membership.findFirst({ where: { tenantId: t } }))!.userId;
const N = 1000;
async function time(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 100; i++) await fn();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await fn();
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  console.log(
    `${name}: ${(ms / N).toFixed(3)} ms wall, ${((c.user + c.system) / 1000 / N).toFixed(3)} ms node CPU per call`,
  );
}
const Q = `SELECT m.role::text AS role, t.id AS "tenantId", t.name AS "tenantName", u.id AS "userId", u.name, u.email, m."disabledAt",
 GREATEST(u."sessionEpoch", m."sessionEpoch") AS "sessionEpoch",
 (SELECT count(*)::int FROM "OutboxMessage" o WHERE o."tenantId" = m."tenantId" AND o."userId" = m."userId" AND o."readAt" IS NULL) AS unread,
 u."mfaEnabledAt", t."requireMfa", EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.sid = $3) AS "sessionRevoked"
 FROM "Membership" m JOIN "Tenant" t ON t.id = m."tenantId" JOIN "User" u ON u.id = m."userId"
 WHERE m."tenantId" = $1::uuid AND m."userId" = $2::uuid`;
await time("withTenant + $queryRaw (today)", () => withTenant(t, (tx) => tx.$queryRawUnsafe(Q, t, u, "")));
await time("systemDb $queryRawUnsafe, one statement", () => systemDb.$queryRawUnsafe(Q, t, u, ""));
const pool = new pg.Pool({ connectionString: process.env.APP_DATABASE_URL, max: 4 });
await time("pg pool: BEGIN/set_config/query/COMMIT", async () => {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [t]);
    await c.query(Q, [t, u, ""]);
    await c.query("COMMIT");
  } finally {
    c.release();
  }
});
await time("pg pool: one statement", () => pool.query(Q, [t, u, ""]));
await pool.end();
process.exit(0);
