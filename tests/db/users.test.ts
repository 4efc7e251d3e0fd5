import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor, TenantId } from "@/lib/auth/load-actor";
import { acceptInvitation, viewInvitation } from "@/lib/auth/invitations";
import { authenticate } from "@/lib/auth/login";
import type { Role } from "@/lib/auth/roles";
import { listMembers } from "@/lib/users/data";
import { changeRole, inviteUser, LAST_ADMIN_MESSAGE, resetSignIn, setUserDisabled } from "@/lib/users/mutations";
import { hashPassword } from "@/lib/auth/password";
import { admitSsoPerson } from "@/lib/auth/sso/mutations";
import { hasDb, makeTenant } from "./support";

const uniq = () => Math.random().toString(36).slice(2, 10);

const tokenOf = (link: string | null) => link!.split("/invite/")[1];

/** A second member of the admin's tenant, as an Actor (so it can act too): invited, link accepted. */
async function addMember(admin: Actor, role: Role): Promise<Actor> {
  const { link } = await inviteUser(admin, { name: `Member ${uniq()}`, email: `m-${uniq()}@test.example`, role });
  const { userId } = await acceptInvitation(tokenOf(link), { password: "a long enough password" });
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
  await db.membership.updateMany({ where: { userId: member.userId }, data: { sessionEpoch: new Date(now - 120_000) } });
  return { uid: member.userId, tid: member.tenantId as string, authTime: now - 60_000 };
}

describe.skipIf(!hasDb)("user management", () => {
  it("invites with a single-use, expiring link through which the person chooses their own password", async () => {
    const admin = await makeTenant("admin");
    const email = `New.Person-${uniq()}@Test.Example`;
    const result = await inviteUser(admin, { name: "New Person", email: `  ${email} `, role: "analyst" });
    expect(result.emailed).toBe(false); // no SMTP_URL in tests: the admin is shown the link once
    const token = tokenOf(result.link);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db.user.count({ where: { email: email.toLowerCase() } })).toBe(0); // nothing until accepted
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await viewInvitation(token)).toMatchObject({ tenantName: admin.tenantName, hasAccount: false });

    await expect(acceptInvitation(token, { password: "short" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const { userId } = await acceptInvitation(token, { name: "Nia Person", password: "my own long password" });
    expect(await authenticate(email, "my own long password")).toEqual({
      ok: true,
      userId,
      tenantId: admin.tenantId,
      mfa: false,
    });
    expect((await listMembers(admin)).find((m) => m.userId === userId)).toMatchObject({
      name: "Nia Person",
      role: "analyst",
      disabled: false,
    });
    // Single use.
    await expect(acceptInvitation(token, { password: "another long password" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await viewInvitation(token)).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { tenantId: admin.tenantId, action: "user.invite" } });
    expect(JSON.stringify(audit.data)).not.toContain(token);
  });

  it("an expired link does nothing; two uses at once admit one", async () => {
    const admin = await makeTenant("admin");
    const late = await inviteUser(admin, { name: "Late", email: `late-${uniq()}@test.example`, role: "viewer" });
    const in8days = new Date(Date.now() + 8 * 86_400_000);
    await expect(
      acceptInvitation(tokenOf(late.link), { password: "a long enough password" }, in8days),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const race = await inviteUser(admin, { name: "Race", email: `race-${uniq()}@test.example`, role: "viewer" });
    const results = await Promise.allSettled([
      acceptInvitation(tokenOf(race.link), { password: "first long password" }),
      acceptInvitation(tokenOf(race.link), { password: "second long password" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("someone who already uses Assay joins with their own password, which the link alone cannot replace", async () => {
    const a = await makeTenant("admin");
    await db.user.update({ where: { id: a.userId }, data: { passwordHash: await hashPassword("a's own password") } });
    const b = await makeTenant("admin");
    const { link } = await inviteUser(b, { name: "Ignored", email: a.email.toUpperCase(), role: "viewer" });
    expect(await db.user.count({ where: { email: a.email } })).toBe(1);
    await expect(acceptInvitation(tokenOf(link), { password: "an attacker's new password" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await acceptInvitation(tokenOf(link), { password: "a's own password" });
    expect((await listMembers(b)).find((m) => m.userId === a.userId)).toMatchObject({
      role: "viewer",
      sharedWithOtherTenants: true,
    });
    await expect(inviteUser(b, { name: "Again", email: a.email, role: "viewer" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("reset sign-in issues a new link; the new password ends the person's sessions", async () => {
    const admin = await makeTenant("admin");
    const analyst = await addMember(admin, "analyst");
    const claims = await sessionOf(analyst);
    const { link } = await resetSignIn(admin, { userId: analyst.userId });
    await acceptInvitation(tokenOf(link), { password: "a brand new password" });
    expect(await loadActor(claims, Date.now())).toBeNull();
    expect((await authenticate(analyst.email, "a brand new password")).ok).toBe(true);
    expect((await authenticate(analyst.email, "a long enough password")).ok).toBe(false);
  });

  it("reset sign-in for someone who also works elsewhere is never shown to the admin", async () => {
    const a = await makeTenant("admin");
    const b = await makeTenant("admin");
    const person = await addMember(a, "analyst");
    await db.membership.create({ data: { tenantId: b.tenantId, userId: person.userId, role: "viewer" } });
    await expect(resetSignIn(b, { userId: person.userId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a person admitted through single sign-on has no password to reset: listed as such, reset refused", async () => {
    const admin = await makeTenant("admin");
    const email = `sso-${uniq()}@sso.example`;
    const admitted = await admitSsoPerson(
      admin.tenantId,
      { email, name: "Sol SSO", subject: uniq(), issuer: "https://idp.example" },
      "analyst",
    );
    if (!admitted.ok) throw new Error("not admitted");
    const members = await listMembers(admin);
    expect(members.find((m) => m.userId === admitted.userId)).toMatchObject({ signsInWith: "sso" });
    expect(members.find((m) => m.userId === admin.userId)).toMatchObject({ signsInWith: "password" });
    await expect(resetSignIn(admin, { userId: admitted.userId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("single sign-on"),
    });
    expect(await db.invitation.count({ where: { tenantId: admin.tenantId, email } })).toBe(0);
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
    const where = { tenantId_userId: { tenantId: admin.tenantId, userId: viewer.userId } };
    const before = (await db.membership.findUniqueOrThrow({ where })).sessionEpoch;

    expect(await setUserDisabled(admin, { userId: viewer.userId, disabled: true })).toEqual({ changed: true });
    const membership = await db.membership.findUniqueOrThrow({ where });
    expect(membership.disabledAt).not.toBeNull();
    expect(membership.sessionEpoch.getTime()).toBeGreaterThan(before.getTime());
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
    expect(actions).toEqual(["user.join", "user.disable", "user.enable"]);
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
    const membership = await db.membership.findFirstOrThrow({ where: { userId: aAnalyst.userId } });
    expect(membership).toMatchObject({ role: "analyst", disabledAt: null });
  });
});
