// Stores the evidence currency of every vendor that has none yet (Vendor.evidenceCurrencyAt NULL):
// vendors from before the column existed. Run by the seed step of `npm start` / `npm run dev`, so an
// upgraded installation fills it on its next start; a second run finds nothing to do.
import type { Actor, TenantId } from "../lib/auth/load-actor";
import { getCriteriaForRegions } from "../lib/criteria/data";
import { systemDb as db } from "../lib/db";
import { todayIso } from "../lib/dates";
import { refreshEvidenceCurrency } from "../lib/reviews/currency/mutations";

/** `tenantId` limits the run to one tenant (tests); by default every tenant. */
export async function backfillEvidenceCurrency(tenantId?: string): Promise<number> {
  // Cross-tenant by nature (a one-off upgrade step), hence the owner connection for the listing;
  // each vendor is then computed and written through its own tenant's row-level-security scope.
  const vendors = await db.vendor.findMany({
    where: { evidenceCurrencyAt: null, ...(tenantId ? { tenantId } : {}) },
    select: { id: true, tenantId: true },
    orderBy: { createdAt: "asc" },
  });
  const today = todayIso();
  for (const v of vendors) {
    // Only the tenant scope matters to these reads and writes; no person is acting.
    const system: Actor = {
      userId: "00000000-0000-0000-0000-000000000000",
      tenantId: v.tenantId as TenantId,
      role: "admin",
      name: "Assay",
      email: "system@assay.invalid",
      tenantName: "",
    };
    await refreshEvidenceCurrency(system, v.id, today, getCriteriaForRegions);
  }
  return vendors.length;
}
