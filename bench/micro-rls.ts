import { systemDb, tenantDb, withTenant } from "../lib/db";
import { perCall } from "./lib/per-call";
const t = (await systemDb.tenant.findFirst({ where: { slug: "bench-scale" } }))!.id;
const N = 2000;
const time = (name: string, fn: () => Promise<unknown>) => perCall(name, N, fn);
await time("system findFirst", () => systemDb.vendor.findFirst({ where: { tenantId: t }, select: { id: true } }));
const tdb = tenantDb(t);
await time("tenantDb findFirst", () => tdb.vendor.findFirst({ where: { tenantId: t }, select: { id: true } }));
await time("tenantDb(new) findFirst", () =>
  tenantDb(t).vendor.findFirst({ where: { tenantId: t }, select: { id: true } }),
);
await time("withTenant findFirst", () =>
  withTenant(t, (tx) => tx.vendor.findFirst({ where: { tenantId: t }, select: { id: true } })),
);
await time("withTenant 3x findFirst", () =>
  withTenant(t, async (tx) => {
    for (let i = 0; i < 3; i++) await tx.vendor.findFirst({ where: { tenantId: t }, select: { id: true } });
  }),
);
process.exit(0);
