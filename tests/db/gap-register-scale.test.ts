import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { findGaps, GAP_PAGE_SIZE } from "@/lib/gaps/data";
import { gapListQuerySchema } from "@/lib/gaps/schema";
import { hasDb, makeTenant } from "./support";

// The register at 50,000 gaps (500 vendors): every sort's first and last page, search and filters
// answer with one page of rows and the right total. Times are printed for the report, never asserted.
const GAPS = 50_000;

describe.skipIf(!hasDb)("gap register at 50,000 gaps", () => {
  it("serves first and last pages of every sort, search and the vendor filter", { timeout: 600_000 }, async () => {
    const actor = await makeTenant("analyst");
    await db.$executeRaw`
      INSERT INTO "Vendor" (id, "tenantId", "legalName", aliases, "updatedAt")
      SELECT gen_random_uuid(), ${actor.tenantId}::uuid, 'Scale vendor ' || lpad(i::text, 4, '0'), '{}', now()
      FROM generate_series(1, 500) i`;
    await db.$executeRaw`
      INSERT INTO "Gap" (id, "tenantId", "vendorId", key, "checkId", subject, severity, title, detail, "ownerRole",
                         status, "dueDate", "updatedAt")
      SELECT gen_random_uuid(), v."tenantId", v.id, 'k' || v.id || '-' || g, 'check-' || (g % 20), 's',
             (ARRAY['critical','high','medium','low'])[1 + (g % 4)]::"GapSeverity",
             'Finding ' || g || ' of ' || v."legalName", 'd', 'security',
             (ARRAY['open','in_progress','resolved','risk_accepted','not_applicable'])[1 + (g % 5)]::"GapStatus",
             CASE WHEN g % 7 = 0 THEN NULL ELSE DATE '2026-01-01' + (g % 400) END, now()
      FROM "Vendor" v, generate_series(1, ${GAPS / 500}) g
      WHERE v."tenantId" = ${actor.tenantId}::uuid`;
    await db.$executeRawUnsafe(`ANALYZE "Gap"`);
    await db.$executeRawUnsafe(`ANALYZE "Vendor"`);
    const vendor = await db.vendor.findFirstOrThrow({
      where: { tenantId: actor.tenantId, legalName: "Scale vendor 0042" },
    });

    const timings: string[] = [];
    const run = async (label: string, raw: Record<string, string>, expectTotal?: number) => {
      const q = gapListQuerySchema.parse(raw);
      await findGaps(actor, q, "2026-06-15"); // warm the plan cache, as a running server would be
      const t0 = performance.now();
      const { rows, total } = await findGaps(actor, q, "2026-06-15");
      const ms = performance.now() - t0;
      timings.push(`${label.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  (${total} matching)`);
      if (expectTotal !== undefined) expect(total).toBe(expectTotal);
      expect(rows.length).toBe(Math.min(GAP_PAGE_SIZE, Math.max(0, total - (q.page - 1) * GAP_PAGE_SIZE)));
      return total;
    };
    const all = await run("all statuses, severity, page 1", { status: "all" }, GAPS);
    const last = String(Math.ceil(all / GAP_PAGE_SIZE));
    for (const sort of ["severity", "due", "status", "vendor"]) {
      await run(`all, ${sort}, page 1`, { status: "all", sort });
      await run(`all, ${sort} desc, last page (${last})`, { status: "all", sort, dir: "desc", page: last });
    }
    await run("default (open or in progress)", {}, (GAPS * 2) / 5);
    await run("search 'Finding 12 of'", { q: "Finding 12 of", status: "all" });
    await run("search vendor name '0042'", { q: "0042", status: "all" }, GAPS / 500);
    await run("vendor filter (one vendor)", { vendor: vendor.id, status: "all" }, GAPS / 500);
    await run("vendor name contains '004'", { vendorName: "004", status: "all" }, (GAPS / 500) * 11); // 0040–0049 and 0004
    console.log(`[scale] findGaps at ${GAPS} gaps (one query + count, one transaction):\n${timings.join("\n")}`);
  });
});
