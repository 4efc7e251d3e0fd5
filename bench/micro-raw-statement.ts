// The per-request session statement through Prisma's $queryRaw against queryTenantFunction (the
// same statement on the restricted role's pg pool directly), in Node CPU per call (docs/decisions/043):
//   EMBEDDED_PG_DIR=.data/bench-pg node scripts/with-db.mjs node_modules/.bin/tsx bench/micro-raw-statement.ts  (after npm run bench:load seeded)
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/prisma/generated/client";
import { queryTenantFunction, systemDb } from "../lib/db";
import { perCall } from "./lib/per-call";

const t = (await systemDb.tenant.findFirst({ where: { slug: "bench-scale" } }))!.id;
const u = (await systemDb.membership.findFirst({ where: { tenantId: t } }))!.userId;
const N = Number(process.env.N ?? 1000);
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.APP_DATABASE_URL, max: 2 }) });
const statement = Prisma.sql`SELECT * FROM assay_private.session_standing(${t}::uuid, ${u}::uuid, ${""})`;
for (let round = 0; round < 2; round++) {
  await perCall("Prisma $queryRaw (before)", N, () => prisma.$queryRaw(statement));
  await perCall("queryTenantFunction: pg pool directly (after)", N, () => queryTenantFunction(statement));
}
const [a] = await prisma.$queryRaw<Record<string, unknown>[]>(statement);
const [b] = await queryTenantFunction<Record<string, unknown>[]>(statement);
console.log("same row both ways:", JSON.stringify(a) === JSON.stringify(b));
await prisma.$disconnect();
process.exit(0);
