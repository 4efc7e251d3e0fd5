import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor, TenantId } from "@/lib/auth/load-actor";
import { verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { listMembers } from "@/lib/users/data";
import { changeRole, inviteUser, LAST_ADMIN_MESSAGE, setUserDisabled } from "@/lib/users/mutations";
import { hasDb, makeTenant } from "./support";

const uniq = () => Math.random().toString(36).slice(2, 10);

/** A second member of the admin's tenant, as an Actor (so it can act too). */
async function addMember(admin: Actor, role: Role): Promise<Actor> {
  const { userId } = await inviteUser(admin, { name: `Member ${uniq()}`, email: `m-${uniq()}@test.example`, role });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return {
    userId,
    tenantId: admin.tenantId as TenantId,
    role,
    name: user.name,
    email: user.email,
    tenantName: admin.tenantName,
  };
}

/** Claims of a session that signed in a minute ago (the epoch is moved back so it predates the sign-in). */
async function sessionOf(member: Actor) {
  const now = Date.now();
  await db.user.update({ where: { id: member.userId }, data: { sessionEpoch: new Date(now - 120_000) } });
  return { uid: member.userId, tid: member.tenantId as string, authTime: now - 60_000 };
}

describe.skipIf(!hasDb)("user management", () => {
  it("invites a new person with a one-time password stored only as a hash", async () => {
    const admin = await makeTenant("admin");
    const email = `New.Person-${uniq()}@Test.Example`;
    const result = await inviteUser(admin, { name: "New Person", email: `  ${email} `, role: "analyst" });
    expect(result.created).toBe(true);
    expect(result.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.passwordHash).not.toContain(result.oneTimePassword!);
    expect(await verifyPassword(user.passwordHash, result.oneTimePassword!)).toBe(true);

    const members = await listMembers(admin);
    expect(members.find((m) => m.userId === result.userId)).toMatchObject({
      name: "New Person",
      role: "analyst",
      disabled: false,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { tenantId: admin.tenantId, action: "user.invite" } });
    expect(JSON.stringify(audit.data)).not.toContain(result.oneTimePassword!);
  });

  it("attaches an existing account by email instead of creating a second one", async () => {
    const a = await makeTenant("admin");
    const b = await makeTenant("admin");
    const result = await inviteUser(b, { name: "Ignored", email: a.email.toUpperCase(), role: "viewer" });
    expect(result).toEqual({ userId: a.userId, created: false, oneTimePassword: null });
    expect(await db.user.count({ where: { email: a.email } })).toBe(1);
    expect((await listMembers(b)).find((m) => m.userId === a.userId)).toMatchObject({
      role: "viewer",
      sharedWithOtherTenants: true,
    });
    await expect(inviteUser(b, { name: "Again", email: a.email, role: "viewer" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses invalid invitations and non-admins", async () => {
    const admin = await makeTenant("admin");
    await expect(inviteUser(admin, { name: "X", email: "not-an-email", role: "viewer" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      inviteUser(admin, { name: "X", email: `x-${uniq()}@test.example`, role: "owner" as Role }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const security = await makeTenant("security");
    await expect(
      inviteUser(security, { name: "X", email: `x-${uniq()}@test.example`, role: "viewer" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(changeRole(security, { userId: security.userId, role: "admin" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("changes a role, ends the person's sessions and records it", async () => {
    const admin = await makeTenant("admin");
    const analyst = await addMember(admin, "analyst");
    const claims = await sessionOf(analyst);
    expect(await loadActor(claims, Date.now())).toMatchObject({ role: "analyst" });

    expect(await changeRole(admin, { userId: analyst.userId, role: "security" })).toEqual({ changed: true });
    expect(await loadActor(claims, Date.now())).toBeNull();
    expect(await loadActor({ ...claims, authTime: Date.now() + 5 }, Date.now() + 5)).toMatchObject({
      role: "security",
    });
    expect(await changeRole(admin, { userId: analyst.userId, role: "security" })).toEqual({ changed: false });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { tenantId: admin.tenantId, action: "user.role_change" },
    });
    expect(audit).toMatchObject({
      actorId: admin.userId,
      entityId: analyst.userId,
      data: { from: "analyst", to: "security" },
    });
  });

  it("disabling stops an existing session on its next request; enabling lets the person sign in again", async () => {
    const admin = await makeTenant("admin");
    const viewer = await addMember(admin, "viewer");
    const claims = await sessionOf(viewer);
    expect(await loadActor(claims, Date.now())).not.toBeNull();
    const before = (await db.user.findUniqueOrThrow({ where: { id: viewer.userId } })).sessionEpoch;

    expect(await setUserDisabled(admin, { userId: viewer.userId, disabled: true })).toEqual({ changed: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId } });
    expect(user.disabledAt).not.toBeNull();
    expect(user.sessionEpoch.getTime()).toBeGreaterThan(before.getTime());
    expect(await loadActor(claims, Date.now())).toBeNull();
    expect((await listMembers(admin)).find((m) => m.userId === viewer.userId)?.disabled).toBe(true);

    await setUserDisabled(admin, { userId: viewer.userId, disabled: "false" as unknown as boolean });
    // The old session stays dead (the epoch moved again); a fresh sign-in works.
    expect(await loadActor(claims, Date.now())).toBeNull();
    expect(await loadActor({ ...claims, authTime: Date.now() + 5 }, Date.now() + 5)).not.toBeNull();
    const actions = (
      await db.auditEvent.findMany({
        where: { tenantId: admin.tenantId, entityId: viewer.userId },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(["user.invite", "user.disable", "user.enable"]);
  });

  it("will not demote or disable the last active admin", async () => {
    const admin = await makeTenant("admin");
    await expect(changeRole(admin, { userId: admin.userId, role: "analyst" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: LAST_ADMIN_MESSAGE,
    });
    await expect(setUserDisabled(admin, { userId: admin.userId, disabled: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: LAST_ADMIN_MESSAGE,
    });

    // A disabled second admin does not count as another admin.
    const second = await addMember(admin, "admin");
    await setUserDisabled(admin, { userId: second.userId, disabled: true });
    await expect(changeRole(admin, { userId: admin.userId, role: "viewer" })).rejects.toMatchObject({
      message: LAST_ADMIN_MESSAGE,
    });

    // With another active admin, stepping down is allowed.
    await setUserDisabled(admin, { userId: second.userId, disabled: false });
    expect(await changeRole(admin, { userId: admin.userId, role: "viewer" })).toEqual({ changed: true });
    expect(
      (await db.membership.findFirstOrThrow({ where: { tenantId: admin.tenantId, userId: admin.userId } })).role,
    ).toBe("viewer");
  });

  it("two admins demoting each other at once leave one admin standing", async () => {
    const first = await makeTenant("admin");
    const second = await addMember(first, "admin");
    const results = await Promise.allSettled([
      changeRole(first, { userId: second.userId, role: "analyst" }),
      changeRole(second, { userId: first.userId, role: "analyst" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { tenantId: first.tenantId, role: "admin" } })).toBe(1);
  });

  it("another tenant's admin can neither see nor change this tenant's users", async () => {
    const a = await makeTenant("admin");
    const b = await makeTenant("admin");
    const aAnalyst = await addMember(a, "analyst");
    expect((await listMembers(b)).map((m) => m.userId)).toEqual([b.userId]);
    await expect(changeRole(b, { userId: aAnalyst.userId, role: "admin" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setUserDisabled(b, { userId: aAnalyst.userId, disabled: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setUserDisabled(b, { userId: a.userId, disabled: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const user = await db.user.findUniqueOrThrow({ where: { id: aAnalyst.userId } });
    expect(user.disabledAt).toBeNull();
    expect((await db.membership.findFirstOrThrow({ where: { userId: aAnalyst.userId } })).role).toBe("analyst");
  });

  it("will not disable an account that also belongs to another tenant", async () => {
    const a = await makeTenant("admin");
    const b = await makeTenant("admin");
    const shared = await addMember(a, "analyst");
    await inviteUser(b, { name: "Shared", email: shared.email, role: "viewer" });
    await expect(setUserDisabled(b, { userId: shared.userId, disabled: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: shared.userId } })).disabledAt).toBeNull();
  });
});
