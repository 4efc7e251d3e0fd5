import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { systemDb as db, withTenant } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { findGapRegister, GAP_PAGE_SIZE, gapOrder, toGapWhere } from "@/lib/gaps/data";
import { findMembersIn } from "@/lib/tenants/data";
import { gapListQuerySchema, GAP_SORTS } from "@/lib/gaps/schema";
import { GAP_STATUSES, SEVERITIES } from "@/lib/vocabulary";
import { hasDb, makeTenant, makeVendor } from "./support";

const TODAY = "2026-06-15";

// The register reads its rows, count and members as SQL on the pg pool (docs/decisions/050); exports and
// the API still filter through Prisma's toGapWhere/gapOrder. Both must pick the same rows in the same
// order for every filter, sort and page: this compares them on one tenant with ties, undated gaps,
// owners and LIKE's wildcards in names.
describe.skipIf(!hasDb)("gap register SQL = the Prisma filter and order", () => {
  it("returns the rows, totals and members Prisma's findMany returns, for every filter and sort", async () => {
    const actor = await makeTenant("analyst");
    const vendors = await Promise.all(
      ["Acme 100% Payroll", "Zeta_Hosting", "Bravo Ltd", "acme lower", "Back\\slash Co"].map((n) =>
        makeVendor(actor, `${n} ${randomUUID().slice(0, 4)}`),
      ),
    );
    const users = [];
    for (const name of ["Zoe Owner", "Adam Owner", "Mia Gone"]) {
      const user = await db.user.create({
        data: { email: `${randomUUID()}@test.example`, name, passwordHash: "x" },
      });
      await db.membership.create({
        data: {
          tenantId: actor.tenantId,
          userId: user.id,
          role: "analyst",
          disabledAt: name === "Mia Gone" ? new Date() : null,
        },
      });
      users.push(user);
    }
    const titles = ["Report stale", "50% coverage", "under_score", "Report stale", "CUECs unmapped", "back\\slash"];
    const dues = [null, "2026-06-01", "2026-06-15", "2026-07-01", "2026-09-30", null];
    let n = 0;
    for (const v of vendors)
      for (const severity of SEVERITIES)
        for (const status of GAP_STATUSES.slice(0, 4)) {
          n++;
          await db.gap.create({
            data: {
              tenantId: actor.tenantId,
              vendorId: v.id,
              key: randomUUID(),
              checkId: n % 3 ? "soc-report-current" : "cuec-mapped",
              subject: `subject ${n % 4}`,
              severity,
              title: titles[n % titles.length],
              detail: "d",
              ownerRole: "security",
              status,
              dueDate: toDbDate(dues[n % dues.length]),
              ownerId: n % 4 === 0 ? null : users[n % 3].id,
              acceptedUntil: status === "risk_accepted" ? toDbDate("2027-01-01") : null,
            },
          });
        }
    const me = { ...actor, userId: users[1].id };

    const filters: Record<string, string>[] = [
      {},
      { status: "all" },
      { status: "risk_accepted" },
      { severity: "critical" },
      { severity: "high", status: "all", due: "overdue" },
      { due: "30d" },
      { owner: "me" },
      { owner: "none", status: "all" },
      { owner: users[0].id },
      { vendor: vendors[2].id, status: "all" },
      { vendorName: "acme" },
      { vendorName: "100%" },
      { vendorName: "_" },
      { q: "stale" },
      { q: "50%", status: "all" },
      { q: "_", status: "all" },
      { q: "CUEC-MAP", status: "all" },
      { q: "\\", status: "all" },
      { q: "ACME", vendorName: "payroll", status: "all" },
    ];
    let compared = 0;
    for (const f of filters)
      for (const sort of GAP_SORTS)
        for (const dir of ["asc", "desc"])
          for (const page of ["1", "2"]) {
            const q = gapListQuerySchema.parse({ ...f, sort, dir, page });
            const mine = await findGapRegister(me, q, TODAY);
            const theirs = await withTenant(actor.tenantId, async (tx) => {
              const where = toGapWhere(me, q, TODAY);
              const rows = await tx.gap.findMany({
                where,
                select: {
                  id: true,
                  severity: true,
                  title: true,
                  subject: true,
                  status: true,
                  dueDate: true,
                  ownerId: true,
                  acceptedUntil: true,
                  vendor: { select: { id: true, legalName: true } },
                },
                orderBy: gapOrder(q.sort, q.dir),
                take: GAP_PAGE_SIZE,
                skip: (q.page - 1) * GAP_PAGE_SIZE,
              });
              return { rows, total: await tx.gap.count({ where }), members: await findMembersIn(tx, me) };
            });
            expect(mine, JSON.stringify(q)).toEqual(theirs);
            compared += mine.rows.length;
          }
    // The fixture really is compared: rows on second pages, and filters that match something.
    expect(compared).toBeGreaterThan(1000);
  });
});
