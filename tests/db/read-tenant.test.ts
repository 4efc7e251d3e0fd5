import { describe, expect, it } from "vitest";
import { readTenant, systemDb as db } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";
import { hasDb, makeTenant, makeVendor } from "./support";

// readTenant (lib/db.ts, docs/decisions/050): the hot pages' reads on the pg pool, in one read-only
// transaction with the tenant set.
describe.skipIf(!hasDb)("readTenant", () => {
  it("sees only its tenant's rows, refuses writes, and rejects a malformed tenant id", async () => {
    const a = await makeTenant("analyst");
    const b = await makeTenant("analyst");
    const va = await makeVendor(a, "Only in A");
    await makeVendor(b, "Only in B");
    const names = await readTenant(a.tenantId, (sql) =>
      sql<{ legalName: string }>(Prisma.sql`SELECT "legalName" FROM "Vendor" ORDER BY "legalName"`),
    );
    expect(names.map((n) => n.legalName)).toEqual(["Only in A"]);
    await expect(
      readTenant(a.tenantId, (sql) =>
        sql(Prisma.sql`UPDATE "Vendor" SET "legalName" = 'x' WHERE id = ${va.id}::uuid RETURNING id`),
      ),
    ).rejects.toThrow(/read-only transaction/);
    expect((await db.vendor.findUniqueOrThrow({ where: { id: va.id } })).legalName).toBe("Only in A");
    await expect(readTenant('x\'; DROP TABLE "Vendor"; --', async () => 1)).rejects.toThrow(/not a tenant id/);
  });

  it("a connection killed mid-transaction fails that read only; the process and the next read go on", async () => {
    const a = await makeTenant("analyst");
    await makeVendor(a, "Still here");
    await expect(
      readTenant(a.tenantId, async (sql) => {
        const [{ pid }] = await sql<{ pid: number }>(Prisma.sql`SELECT pg_backend_pid() AS pid`);
        await db.$executeRaw`SELECT pg_terminate_backend(${pid}::int)`;
        return sql(Prisma.sql`SELECT 1`);
      }),
    ).rejects.toThrow();
    const names = await readTenant(a.tenantId, (sql) =>
      sql<{ legalName: string }>(Prisma.sql`SELECT "legalName" FROM "Vendor"`),
    );
    expect(names.map((n) => n.legalName)).toEqual(["Still here"]);
  });
});
