import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { authenticate, MAX_FAILED_LOGINS } from "@/lib/auth/login";
import { loadStanding } from "@/lib/auth/load-actor";
import { beginEnrolment, confirmEnrolment, turnOffMfa } from "@/lib/auth/mfa/enrol";
import { verifySecondFactor } from "@/lib/auth/mfa/verify";
import { hashPassword } from "@/lib/auth/password";
import { hasDb, makeTenant } from "./support";

// MFA against the real database: enrolment proves the app before MFA turns on, codes work once,
// recovery codes are stored hashed and work once, and a session is usable only after the code.

const code = (secret: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
    timestamp: at,
  });

async function enrolled(role: "admin" | "analyst" = "analyst") {
  const actor = await makeTenant(role);
  await db.user.update({ where: { id: actor.userId }, data: { passwordHash: await hashPassword("long password 1") } });
  const { secret, uri } = await beginEnrolment(actor);
  const t0 = Date.now();
  const { recoveryCodes } = await confirmEnrolment(actor, code(secret, t0), new Date(t0));
  return { actor, secret, uri, recoveryCodes, t0 };
}

describe.skipIf(!hasDb)("two-step sign-in (TOTP and recovery codes)", () => {
  it("enrols only after a code from the new secret, and keeps secrets sealed and codes hashed", async () => {
    const actor = await makeTenant("analyst");
    const { secret, uri } = await beginEnrolment(actor);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Assay:/);
    expect(uri).toContain(`secret=${secret}`);
    await expect(confirmEnrolment(actor, "000000" === code(secret, Date.now()) ? "111111" : "000000")).rejects.toThrow(
      /does not match/,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).mfaEnabledAt).toBeNull();

    const { recoveryCodes } = await confirmEnrolment(actor, code(secret, Date.now()));
    expect(recoveryCodes).toHaveLength(10);
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(user.mfaEnabledAt).not.toBeNull();
    expect(user.mfaPendingSecret).toBeNull();
    expect(user.mfaSecret).not.toContain(secret); // sealed, not the base32 secret
    const stored = await db.mfaRecoveryCode.findMany({ where: { userId: actor.userId } });
    expect(stored).toHaveLength(10);
    for (const c of recoveryCodes) expect(stored.map((s) => s.codeHash)).not.toContain(c.replace("-", ""));
    const events = await db.auditEvent.findMany({ where: { tenantId: actor.tenantId, action: "mfa.enable" } });
    expect(events).toHaveLength(1);
    // The password step now says a second factor must follow.
    await db.user.update({
      where: { id: actor.userId },
      data: { passwordHash: await hashPassword("long password 2") },
    });
    expect(await authenticate(actor.email, "long password 2")).toMatchObject({ ok: true, mfa: true });
  });

  it("accepts a code once: the same code again is refused (replay), an older one too", async () => {
    const { actor, secret, t0 } = await enrolled();
    // The enrolment code's step is used up: the next step's code is the first that works.
    const later = t0 + 30_000;
    expect(await verifySecondFactor(actor, code(secret, later), new Date(later))).toEqual({ ok: true, method: "totp" });
    expect(await verifySecondFactor(actor, code(secret, later), new Date(later))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifySecondFactor(actor, code(secret, t0), new Date(later))).toMatchObject({ ok: false });
    // Two parallel uses of a fresh code: exactly one wins.
    const next = later + 30_000;
    const both = await Promise.all([
      verifySecondFactor(actor, code(secret, next), new Date(next)),
      verifySecondFactor(actor, code(secret, next), new Date(next)),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    const actions = (await db.auditEvent.findMany({ where: { tenantId: actor.tenantId } })).map((e) => e.action);
    expect(actions).toContain("auth.mfa_success");
    expect(actions).toContain("auth.mfa_failure");
  });

  it("takes each recovery code once, in any case and spacing", async () => {
    const { actor, recoveryCodes } = await enrolled();
    const [first, second] = recoveryCodes;
    expect(await verifySecondFactor(actor, ` ${first.toUpperCase()} `)).toEqual({ ok: true, method: "recovery-code" });
    expect(await verifySecondFactor(actor, first)).toMatchObject({ ok: false });
    expect(await verifySecondFactor(actor, second.replace("-", ""))).toMatchObject({ ok: true });
    expect(await db.mfaRecoveryCode.count({ where: { userId: actor.userId, usedAt: null } })).toBe(8);
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong codes, even with the right one next`, async () => {
    const { actor, secret } = await enrolled();
    const now = Date.now() + 60_000;
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await verifySecondFactor(actor, "abcde-fghjk", new Date(now));
    expect(await verifySecondFactor(actor, code(secret, now), new Date(now))).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate(actor.email, "long password 1", new Date(now))).toEqual({ ok: false, reason: "locked" });
  });

  it("a session is usable only once its code is verified; one without it is refused", async () => {
    const { actor } = await enrolled();
    const authTime = Date.now() + 1000;
    const base = { uid: actor.userId, tid: actor.tenantId, authTime };
    const now = authTime + 1000;
    expect(await loadStanding({ ...base, mfa: "pending" }, now)).toEqual({
      kind: "mfa",
      userId: actor.userId,
      tenantId: actor.tenantId,
    });
    expect(await loadStanding({ ...base, mfa: "none" }, now)).toBeNull();
    expect(await loadStanding(base, now)).toBeNull();
    expect((await loadStanding({ ...base, mfa: "verified" }, now))?.kind).toBe("ok");
    // A pending session does not wait for ever.
    expect(await loadStanding({ ...base, mfa: "pending" }, authTime + 11 * 60_000)).toBeNull();
  });

  it("an organisation that requires MFA sends members without it to enrol, and they cannot turn it off", async () => {
    const admin = await makeTenant("admin");
    await db.tenant.update({ where: { id: admin.tenantId }, data: { requireMfa: true } });
    const claims = { uid: admin.userId, tid: admin.tenantId, authTime: Date.now() + 10, mfa: "none" as const };
    expect((await loadStanding(claims, Date.now() + 1000))?.kind).toBe("enrol");
    const { secret } = await beginEnrolment(admin);
    // Enrolment happens after the session was made, whatever the machine's speed: a fixed second later.
    const enabledAt = claims.authTime + 1000;
    await confirmEnrolment(admin, code(secret, enabledAt), new Date(enabledAt));
    // The session that enrolled is now usable (it was made before MFA was on).
    expect((await loadStanding(claims, enabledAt + 1000))?.kind).toBe("ok");
    const later = enabledAt + 30_000;
    await expect(turnOffMfa(admin, code(secret, later), new Date(later))).rejects.toThrow(/requires/);
  });
});
