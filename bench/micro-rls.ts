import { systemDb, tenantDb, withTenant } from "../lib/db";
const t = (await systemDb.tenant.findFirst({ where: { slug: "bench-scale" } }))!.id;
const N = 2000;
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
