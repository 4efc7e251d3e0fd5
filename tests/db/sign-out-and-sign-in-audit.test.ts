import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemDb as db, tenantDb } from "@/lib/db";
import { PEER_HEADER } from "@/lib/auth/client-ip";
import { recordCsrfRefusal, refusedForCsrf } from "@/lib/auth/csrf-refusal";
import { loadActor } from "@/lib/auth/load-actor";
import { MAX_FAILED_LOGINS } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { endSession } from "@/lib/auth/sign-out";
import { throttledAuthenticate } from "@/lib/auth/throttled-login";
import { hasDb, makeTenant } from "./support";

// Issue 14, "Lower": a signed-out session must be dead even where its cookie was copied, and
// sign-in successes, failures, lockouts, throttling and CSRF refusals must be in the audit trail.

const MARK = Symbol.for("assay.peerStamped");
const g = globalThis as Record<symbol, unknown>;
// Fresh addresses per run: the test database keeps its rows between runs.
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const from = (ip: string) => new Headers({ [PEER_HEADER]: ip });

/** Every audit event carrying this client address, oldest first, as the owner sees them. */
const eventsOf = (ip: string) =>
  db.auditEvent.findMany({
    where: { OR: [{ data: { path: ["ip"], equals: ip } }, { entityId: ip }] },
    orderBy: { createdAt: "asc" },
  });

describe.skipIf(!hasDb)("signing out ends that one session, copied cookie included (PostgreSQL)", () => {
  async function signedIn() {
    const a = await makeTenant("analyst");
    // Sessions from a minute ago, issued after the last revocation: no clock race with an epoch.
    await db.user.update({ where: { id: a.userId }, data: { sessionEpoch: new Date(0) } });
    await db.membership.updateMany({ where: { userId: a.userId }, data: { sessionEpoch: new Date(0) } });
    const authTime = Date.now() - 60_000;
    const session = (sid?: string) => ({ uid: a.userId, tid: a.tenantId, authTime, ...(sid ? { sid } : {}) });
    return { a, session };
  }

  it("refuses the signed-out session from then on, keeps the person's other sessions, and audits it once", async () => {
    const { a, session } = await signedIn();
    const laptop = session(randomUUID());
    const phone = session(randomUUID());
    expect(await loadActor(laptop, Date.now())).not.toBeNull();

    // What Auth.js's signOut event hands over: the decoded JWT of the cookie being signed out.
    await endSession({ ...laptop, mfa: "none", method: "password", exp: 0, iat: 0 });
    // The same cookie value, replayed: refused on its next request.
    expect(await loadActor(laptop, Date.now())).toBeNull();
    expect(await loadActor(phone, Date.now())).not.toBeNull();

    // Signing the same session out again (our action, then Auth.js's event) records nothing twice.
    await endSession(laptop);
    const events = await db.auditEvent.findMany({ where: { tenantId: a.tenantId, action: "auth.sign_out" } });
    expect(events.map((e) => [e.actorId, e.entityId])).toEqual([[a.userId, a.userId]]);
    const row = await db.revokedSession.findUnique({ where: { sid: laptop.sid } });
    expect(row?.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("a session from before sessions had their own id is ended with all of its person's", async () => {
    const { a, session } = await signedIn();
    const old = session();
    expect(await loadActor(old, Date.now())).not.toBeNull();
    await endSession(old);
    expect(await loadActor(old, Date.now())).toBeNull();
    expect(await db.auditEvent.count({ where: { tenantId: a.tenantId, action: "auth.sign_out" } })).toBe(1);
  });

  it("ignores what is not a session of ours", async () => {
    await expect(endSession(null)).resolves.toBeUndefined();
    await expect(endSession({ uid: "x", tid: "y", authTime: 1, sid: randomUUID() })).resolves.toBeUndefined();
  });
});

describe.skipIf(!hasDb)("sign-in outcomes in the audit trail (PostgreSQL)", () => {
  beforeAll(() => {
    process.env.LOGIN_IP_MAX_FAILURES = "4";
    g[MARK] = true; // as if lib/server/stamp-peer.mjs ran in this process
  });
  afterAll(() => {
    delete process.env.LOGIN_IP_MAX_FAILURES;
    delete g[MARK];
  });

  async function person(password: string) {
    const a = await makeTenant("analyst");
    await db.user.update({ where: { id: a.userId }, data: { passwordHash: await hashPassword(password) } });
    return a;
  }

  it("a success goes to the organisation signed in to, with the address", async () => {
    const a = await person("right-pw");
    const ip = freshIp();
    expect((await throttledAuthenticate(a.email, "right-pw", from(ip))).ok).toBe(true);
    const events = await eventsOf(ip);
    expect(events.map((e) => [e.tenantId, e.action, e.actorId, e.entityId])).toEqual([
      [a.tenantId, "auth.sign_in", a.userId, a.userId],
    ]);
    expect(events[0].data).toMatchObject({ method: "password", ip, secondFactor: false });
  });

  it("a wrong password goes to each organisation of the account and no other; the lockout once; then refusals while locked", async () => {
    const a = await person("right-pw");
    const b = await makeTenant("admin");
    const stranger = await makeTenant("admin");
    await db.membership.create({ data: { tenantId: b.tenantId, userId: a.userId, role: "viewer" } });
    // A burst of parallel wrong passwords (M2) locks the account once, and is audited once (each
    // from its own address, so the per-address throttle stays out of it).
    const burst = await Promise.all(
      Array.from({ length: MAX_FAILED_LOGINS + 2 }, () => throttledAuthenticate(a.email, "nope", from(freshIp()))),
    );
    expect(burst.every((r) => !r.ok)).toBe(true);
    const ip2 = freshIp();
    expect(await throttledAuthenticate(a.email, "right-pw", from(ip2))).toEqual({ ok: false, reason: "locked" });

    const events = await db.auditEvent.findMany({ where: { entityId: a.userId }, orderBy: { createdAt: "asc" } });
    const inA = events.filter((e) => e.tenantId === a.tenantId);
    const inB = events.filter((e) => e.tenantId === b.tenantId);
    expect(events.every((e) => e.tenantId === a.tenantId || e.tenantId === b.tenantId)).toBe(true);
    for (const trail of [inA, inB]) {
      expect(trail.filter((e) => e.action === "auth.lockout")).toHaveLength(1);
      const refusals = trail.filter((e) => e.action === "auth.sign_in_failed");
      expect(refusals).toHaveLength(MAX_FAILED_LOGINS + 3);
      expect(refusals.every((e) => e.actorId === null)).toBe(true);
      // The first MAX_FAILED_LOGINS numbered attempts reach the password; the rest find it locked.
      const reasons = refusals.map((e) => (e.data as { reason: string }).reason);
      expect(reasons.filter((r) => r === "wrong-password")).toHaveLength(MAX_FAILED_LOGINS);
      expect(reasons.filter((r) => r === "locked")).toHaveLength(3);
      const last = refusals.filter((e) => (e.data as { ip?: string }).ip === ip2);
      expect(last.map((e) => e.data)).toEqual([{ reason: "locked", ip: ip2 }]);
    }
    expect(await db.auditEvent.count({ where: { tenantId: stranger.tenantId } })).toBe(0);
  });

  it("an address without an account goes to the instance's record only, which no organisation can read", async () => {
    const watcher = await makeTenant("admin");
    const ip = freshIp();
    const nobody = `nobody-${randomUUID().slice(0, 8)}@test.example`;
    expect(await throttledAuthenticate(nobody, "guess", from(ip))).toEqual({ ok: false, reason: "invalid" });
    const events = await eventsOf(ip);
    expect(events.map((e) => [e.tenantId, e.action, e.entityId, e.data])).toEqual([
      [null, "auth.sign_in_failed", null, { reason: "unknown-account", ip }],
    ]);
    // Nothing of the address typed is kept, and no organisation's trail shows the event.
    expect(JSON.stringify(events)).not.toContain(nobody);
    expect(await tenantDb(watcher.tenantId).auditEvent.count({ where: { id: events[0].id } })).toBe(0);
  });

  it("a throttled address is recorded once per window, in the instance's record", async () => {
    const a = await person("right-pw");
    const ip = freshIp();
    const outcomes = [];
    for (let i = 0; i < 7; i++) {
      const r = await throttledAuthenticate(a.email, i < 4 ? `guess-${i}` : "right-pw", from(ip));
      outcomes.push(r.ok ? "ok" : r.reason);
    }
    expect(outcomes).toEqual(["invalid", "invalid", "invalid", "invalid", "throttled", "throttled", "throttled"]);
    const throttled = (await eventsOf(ip)).filter((e) => e.action === "auth.throttled");
    expect(throttled.map((e) => [e.tenantId, e.entityType, e.entityId, e.data])).toEqual([
      [null, "Address", ip, { maxFailures: 4, windowMinutes: 15 }],
    ]);
  });

  it("a CSRF refusal of Auth.js is recognised and recorded in the instance's record, a flood only up to the limit", async () => {
    const ip = freshIp();
    const post = (path: string) =>
      new Request(`http://127.0.0.1${path}`, { method: "POST", headers: { [PEER_HEADER]: ip } });
    const refused = Response.redirect("http://127.0.0.1/login?error=MissingCSRF", 302);
    expect(await refusedForCsrf(post("/api/auth/signout"), refused)).toBe(true);
    expect(await refusedForCsrf(post("/api/auth/signout"), Response.redirect("http://127.0.0.1/login", 302))).toBe(
      false,
    );
    expect(await refusedForCsrf(post("/api/auth/session"), new Response(null, { status: 400 }))).toBe(true);
    expect(
      await refusedForCsrf(post("/api/auth/callback/credentials"), Response.redirect("http://127.0.0.1/dashboard")),
    ).toBe(false);

    for (let i = 0; i < 6; i++) await recordCsrfRefusal(post("/api/auth/callback/credentials"));
    const events = (await eventsOf(ip)).filter((e) => e.action === "auth.csrf_refused");
    expect(events.map((e) => [e.tenantId, e.entityId, e.data])).toEqual([
      [null, ip, { action: "callback" }],
      [null, ip, { action: "callback" }],
      [null, ip, { action: "callback" }],
      [null, ip, { action: "callback", furtherNotRecorded: true }],
    ]);
  });
});
