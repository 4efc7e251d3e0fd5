// In-process cost of the data loaders behind the pages bench/load requests, on the bench tenant
// (5,000 vendors / 50,000 gaps): wall and Node CPU per call, no HTTP or React. Shows how much of a
// page's cost is the data layer (the rest is rendering).
//   usage: EMBEDDED_PG_DIR=.data/bench-pg EMBEDDED_PG_PORT=54430 node scripts/with-db.mjs node_modules/.bin/tsx --conditions=react-server bench/micro-pages.ts
import type { Actor, TenantId } from "../lib/auth/load-actor";
import { loadActor } from "../lib/auth/load-actor";
import { systemDb } from "../lib/db";
import { findGaps } from "../lib/gaps/data";
import { countUnread } from "../lib/reminders/data";
import { findMembers } from "../lib/tenants/data";
import { findVendorPage } from "../lib/vendors/list/loaders";
import { loadVendorProfile } from "../lib/vendors/profile/loaders";
import { vendorListQuerySchema } from "../lib/vendors/schema";

const N = Number(process.env.N ?? 200);
const m = await systemDb.membership.findFirst({
  where: { tenant: { slug: "bench-scale" } },
  select: { tenantId: true, userId: true, role: true },
});
if (!m) throw new Error("no bench tenant: run npm run bench:load once first");
const actor: Actor = {
  userId: m.userId,
  tenantId: m.tenantId as TenantId,
  role: m.role,
  name: "",
  email: "",
  tenantName: "",
};
const vendorId = (await systemDb.vendor.findFirst({
  where: { tenantId: m.tenantId },
  select: { id: true },
  skip: 100,
}))!.id;
const today = new Date().toISOString().slice(0, 10);

async function time(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await fn();
  const c = process.cpuUsage(c0);
  console.log(
    `${name.padEnd(28)} ${((performance.now() - t0) / N).toFixed(2).padStart(7)} ms wall ${((c.user + c.system) / 1000 / N).toFixed(2).padStart(7)} ms node CPU`,
  );
}

await time("loadActor", () => loadActor({ uid: m.userId, tid: m.tenantId, authTime: Date.now() }, Date.now()));
await time("countUnread", () => countUnread(actor));
await time("findVendorPage (default)", () => findVendorPage(actor, vendorListQuerySchema.parse({}), today));
await time("findVendorPage (gaps p37)", () =>
  findVendorPage(actor, vendorListQuerySchema.parse({ page: "37", sort: "gaps", dir: "desc" }), today),
);
await time("loadVendorProfile", () => loadVendorProfile(actor, vendorId));
await time("findGaps (register)", () => findGaps(actor, {}, today));
await time("findGaps (critical)", () => findGaps(actor, { severity: "critical" } as never, today));
await time("findMembers", () => findMembers(actor));
process.exit(0);
