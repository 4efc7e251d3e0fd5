import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { authenticate, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "@/lib/auth/login";
import { loadActor } from "@/lib/auth/load-actor";
import { revokeSessions } from "@/lib/auth/mutations";
import { hashPassword } from "@/lib/auth/password";
import { hasDb, makeTenant } from "./support";

describe.skipIf(!hasDb)("authenticate and requireActor against the database", () => {
  async function userWithPassword(password: string) {
    const actor = await makeTenant("analyst");
    await db.user.update({ where: { id: actor.userId }, data: { passwordHash: await hashPassword(password) } });
    return actor;
  }

  it("accepts the right password (email case-insensitive) and refuses a wrong one", async () => {
    const a = await userWithPassword("correct horse");
    expect(await authenticate(a.email.toUpperCase(), "correct horse")).toEqual({
      ok: true,
      userId: a.userId,
      tenantId: a.tenantId,
      mfa: false,
    });
    expect(await authenticate(a.email, "wrong")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("nobody@test.example", "correct horse")).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks the account for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_LOGINS} failures`, async () => {
    const a = await userWithPassword("pw-1");
    const t0 = new Date();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await authenticate(a.email, "nope", t0);
    expect(await authenticate(a.email, "pw-1", new Date(t0.getTime() + 60_000))).toEqual({
      ok: false,
      reason: "locked",
    });
    expect((await authenticate(a.email, "pw-1", new Date(t0.getTime() + (LOCKOUT_MINUTES + 1) * 60_000))).ok).toBe(
      true,
    );
  });

  it("M2: parallel wrong passwords are each counted, so a burst locks the account", async () => {
    const a = await userWithPassword("pw-burst");
    const results = await Promise.all(Array.from({ length: 12 }, () => authenticate(a.email, "wrong guess")));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await authenticate(a.email, "pw-burst")).toEqual({ ok: false, reason: "locked" });
  });

  it("refuses a disabled user at login and on the next request of an existing session", async () => {
    const a = await userWithPassword("pw-2");
    const authTime = Date.now();
    expect(await loadActor({ uid: a.userId, tid: a.tenantId, authTime }, Date.now())).not.toBeNull();
    await db.membership.updateMany({ where: { userId: a.userId }, data: { disabledAt: new Date() } });
    expect(await loadActor({ uid: a.userId, tid: a.tenantId, authTime }, Date.now())).toBeNull();
    expect(await authenticate(a.email, "pw-2")).toEqual({ ok: false, reason: "disabled" });
  });

  it("refuses a session issued before the user's session epoch (logout / password change)", async () => {
    const a = await makeTenant();
    const authTime = Date.now();
    await new Promise((r) => setTimeout(r, 5));
    await db.user.update({ where: { id: a.userId }, data: { sessionEpoch: new Date() } });
    expect(await loadActor({ uid: a.userId, tid: a.tenantId, authTime }, Date.now())).toBeNull();
    expect(await loadActor({ uid: a.userId, tid: a.tenantId, authTime: Date.now() + 1 }, Date.now())).not.toBeNull();
  });

  it("revokeSessions (a cookie older than session ids) ends every earlier session of the user and records it in the audit trail", async () => {
    const a = await makeTenant();
    // A session from a minute ago, issued after the last revocation: no clock race with the new epoch.
    await db.user.update({ where: { id: a.userId }, data: { sessionEpoch: new Date(0) } });
    await db.membership.updateMany({ where: { userId: a.userId }, data: { sessionEpoch: new Date(0) } });
    const authTime = Date.now() - 60_000;
    expect(await loadActor({ uid: a.userId, tid: a.tenantId, authTime }, Date.now())).not.toBeNull();
    await revokeSessions(a);
    expect(await loadActor({ uid: a.userId, tid: a.tenantId, authTime }, Date.now())).toBeNull();
    const events = await db.auditEvent.findMany({ where: { tenantId: a.tenantId, action: "auth.sign_out" } });
    expect(events.map((e) => [e.actorId, e.entityId])).toEqual([[a.userId, a.userId]]);
  });

  it("refuses a session whose tenant the user is not a member of", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    expect(await loadActor({ uid: a.userId, tid: b.tenantId, authTime: Date.now() }, Date.now())).toBeNull();
  });
});
