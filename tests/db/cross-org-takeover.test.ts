import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { loadActor } from "@/lib/auth/load-actor";
import { changeRole, inviteUser, setUserDisabled } from "@/lib/users/mutations";
import { hasDb, makeTenant } from "./support";

// H1 (issue #14): an admin of organisation B could invite A's user by e-mail (the answer confirmed
// the account and its id), then sign them out of A at will through a role change, while A's admin
// could no longer disable them. An admin may only affect memberships in their own organisation, and
// an invitation never reveals whether an account exists elsewhere.

const uniq = () => Math.random().toString(36).slice(2, 10);

/** A session that signed in just now (after every epoch set so far). */
function freshSession(userId: string, tenantId: string) {
  const authTime = Date.now() + 1;
  return { claims: { uid: userId, tid: tenantId, authTime }, at: () => Math.max(Date.now(), authTime + 1) };
}

describe.skipIf(!hasDb)("H1 cross-organisation takeover", () => {
  it("an invitation answers the same for an address with an account elsewhere and a new one", async () => {
    const a = await makeTenant("analyst");
    const b = await makeTenant("admin");
    const existing = await inviteUser(b, { name: "Someone", email: a.email, role: "viewer" });
    const fresh = await inviteUser(b, { name: "Someone", email: `new-${uniq()}@test.example`, role: "viewer" });
    expect(Object.keys(existing).sort()).toEqual(Object.keys(fresh).sort());
    const shape = (r: object) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v]));
    expect(shape(existing)).toEqual(shape(fresh));
    expect(JSON.stringify(existing)).not.toContain(a.userId);
    expect(JSON.stringify(existing)).not.toContain(a.tenantName);
    // Nothing in B until the person accepts: B's admin cannot act on A's user.
    expect(await db.membership.count({ where: { tenantId: b.tenantId, userId: a.userId } })).toBe(0);
    await expect(changeRole(b, { userId: a.userId, role: "admin" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("B's role change and disable leave the person's session in A working", async () => {
    const a = await makeTenant("admin");
    const b = await makeTenant("admin");
    const person = await makeTenant("analyst"); // their own home organisation is irrelevant here
    await db.membership.create({ data: { tenantId: a.tenantId, userId: person.userId, role: "analyst" } });
    await db.membership.create({ data: { tenantId: b.tenantId, userId: person.userId, role: "viewer" } });
    const inA = freshSession(person.userId, a.tenantId);
    expect(await loadActor(inA.claims, inA.at())).toMatchObject({ role: "analyst" });

    await changeRole(b, { userId: person.userId, role: "security" });
    expect(await loadActor(inA.claims, inA.at())).toMatchObject({ role: "analyst" });
    await setUserDisabled(b, { userId: person.userId, disabled: true });
    expect(await loadActor(inA.claims, inA.at())).toMatchObject({ role: "analyst" });

    // …while B's own session for them is over.
    expect(await loadActor({ ...inA.claims, tid: b.tenantId }, inA.at())).toBeNull();
    // Nothing B did appears in A's audit trail, because nothing in A changed.
    expect(await db.auditEvent.count({ where: { tenantId: a.tenantId, entityId: person.userId } })).toBe(0);
  });

  it("A's admin can disable a member who also belongs to B, without touching B", async () => {
    const a = await makeTenant("admin");
    const b = await makeTenant("admin");
    const person = await makeTenant("analyst");
    await db.membership.create({ data: { tenantId: a.tenantId, userId: person.userId, role: "analyst" } });
    await db.membership.create({ data: { tenantId: b.tenantId, userId: person.userId, role: "viewer" } });
    const inB = freshSession(person.userId, b.tenantId);

    expect(await setUserDisabled(a, { userId: person.userId, disabled: true })).toEqual({ changed: true });
    expect(await loadActor({ ...inB.claims, tid: a.tenantId }, inB.at())).toBeNull();
    expect(await loadActor(inB.claims, inB.at())).toMatchObject({ role: "viewer" });
  });
});
