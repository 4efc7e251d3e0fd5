// One tenant-scoped read, the ways lib/db.ts can run it, in Node CPU per call (docs/decisions/043):
//   EMBEDDED_PG_DIR=.data/bench-pg node scripts/with-db.mjs node_modules/.bin/tsx bench/micro-tenant-read.ts  (after npm run bench:load seeded)
// Each variant runs twice, interleaved, so a busy moment of a shared machine does not land on one only.
import { systemDb, tenantDb, withTenant } from "../lib/db";
import { perCall } from "./lib/per-call";

const t = (await systemDb.tenant.findFirst({ where: { slug: "bench-scale" } }))!.id;
const N = Number(process.env.N ?? 1000);
const read = { where: { tenantId: t }, select: { id: true } } as const;
const variants: [string, () => Promise<unknown>][] = [
  ["withTenant(tx => tx.vendor.findFirst)", () => withTenant(t, (tx) => tx.vendor.findFirst(read))],
  ["tenantDb(t).vendor.findFirst", () => tenantDb(t).vendor.findFirst(read)],
  ["(for scale) systemDb.vendor.findFirst, no transaction", () => systemDb.vendor.findFirst(read)],
];
for (let round = 0; round < 2; round++) for (const [name, fn] of variants) await perCall(name, N, fn);
process.exit(0);
