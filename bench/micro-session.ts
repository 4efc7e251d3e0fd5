// The per-request session check, old and new way, in Node CPU per call (docs/decisions/039):
//   EMBEDDED_PG_DIR=.data/bench-pg node scripts/with-db.mjs npx tsx bench/micro-session.ts  (after npm run bench:load seeded)
import { Prisma } from "@/prisma/generated/client";
import { queryTenantFunction, systemDb, withTenant } from "../lib/db";
import { findSessionMembership } from "../lib/auth/session/data";
import { perCall } from "./lib/per-call";

const t = (await systemDb.tenant.findFirst({ where: { slug: "bench-scale" } }))!.id;
const u = (await systemDb.membership.findFirst({ where: { tenantId: t } }))!.userId;
const N = 1000;
const time = (name: string, fn: () => Promise<unknown>) => perCall(name, N, fn);
// What findSessionMembership ran before: the same read in an interactive transaction with the tenant set.
const before = Prisma.sql`SELECT m.role::text AS role, t.id AS "tenantId", t.name AS "tenantName", u.id AS "userId", u.name, u.email,
  m."disabledAt", GREATEST(u."sessionEpoch", m."sessionEpoch") AS "sessionEpoch",
  (SELECT count(*)::int FROM "OutboxMessage" o WHERE o."tenantId" = m."tenantId" AND o."userId" = m."userId" AND o."readAt" IS NULL) AS unread,
  u."mfaEnabledAt", t."requireMfa", EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.sid = '') AS "sessionRevoked"
  FROM "Membership" m JOIN "Tenant" t ON t.id = m."tenantId" JOIN "User" u ON u.id = m."userId"
  WHERE m."tenantId" = ${t}::uuid AND m."userId" = ${u}::uuid`;
await time("before: withTenant transaction (BEGIN, set_config, read, COMMIT)", () =>
  withTenant(t, (tx) => tx.$queryRaw(before)),
);
await time("after: one statement, assay_private.session_standing", () => findSessionMembership(u, t, undefined));
await time("(for scale) one statement, no function", () =>
  queryTenantFunction(Prisma.sql`SELECT 1 FROM "Membership" WHERE false`),
);
process.exit(0);
