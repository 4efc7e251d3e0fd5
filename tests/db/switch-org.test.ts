import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { mayUseOrganisation, organisationsOf } from "@/lib/auth/login";
import { hasDb, makeTenant } from "./support";

// Switching organisation moves the session's tenant claim only where the person is an active
// member now (checked in the Auth.js jwt callback, lib/auth/auth.ts).
describe.skipIf(!hasDb)("switching organisation", () => {
  it("offers and allows only the person's active memberships", async () => {
    const a = await makeTenant("analyst");
    const b = await makeTenant("admin");
    const c = await makeTenant("admin");
    await db.membership.create({ data: { tenantId: b.tenantId, userId: a.userId, role: "viewer" } });
    await db.membership.create({
      data: { tenantId: c.tenantId, userId: a.userId, role: "viewer", disabledAt: new Date() },
    });
    expect((await organisationsOf(a.userId)).map((o) => o.tenantId)).toEqual([a.tenantId, b.tenantId]);
    expect(await mayUseOrganisation(a.userId, b.tenantId)).toBe(true);
    expect(await mayUseOrganisation(a.userId, c.tenantId)).toBe(false); // disabled there
    const d = await makeTenant("admin");
    expect(await mayUseOrganisation(a.userId, d.tenantId)).toBe(false); // never a member
    expect(await mayUseOrganisation(a.userId, "not-a-uuid")).toBe(false);
  });
});
