import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { PEER_HEADER } from "@/lib/auth/client-ip";
import { forgiveAttempt, pruneThrottle, recordAttempt } from "@/lib/auth/mutations";
import { hashPassword } from "@/lib/auth/password";
import { throttledAuthenticate } from "@/lib/auth/throttled-login";
import { hasDb, makeTenant } from "./support";

const MAX = 4;
const policy = { maxFailures: MAX, windowMinutes: 15 };
const MARK = Symbol.for("assay.peerStamped");
const g = globalThis as Record<symbol, unknown>;
// Fresh addresses per run: the test database keeps its rows between runs.
/** The refusal reason, or "ok". */
const outcome = (r: Awaited<ReturnType<typeof throttledAuthenticate>>) => (r.ok ? "ok" : r.reason);
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

describe.skipIf(!hasDb)("sign-in throttle per client address (PostgreSQL)", () => {
  beforeAll(() => {
    process.env.LOGIN_IP_MAX_FAILURES = String(MAX);
    g[MARK] = true; // as if lib/server/stamp-peer.mjs ran in this process
  });
  afterAll(() => {
    delete process.env.LOGIN_IP_MAX_FAILURES;
    delete g[MARK];
  });

  async function accounts(n: number, password: string) {
    const hash = await hashPassword(password);
    const out = [];
    for (let i = 0; i < n; i++) {
      const a = await makeTenant("analyst");
      await db.user.update({ where: { id: a.userId }, data: { passwordHash: hash } });
      out.push(a);
    }
    return out;
  }

  it("refuses an address that sprays many accounts once it passes the limit, even with a right password; other addresses still sign in", async () => {
    const victims = await accounts(MAX + 2, "right-pw");
    const attacker = freshIp();
    const from = (ip: string, extra: Record<string, string> = {}) => new Headers({ [PEER_HEADER]: ip, ...extra });
    const results = [];
    // One wrong guess per account: the per-account lockout (5 tries) never fires.
    for (const v of victims) results.push(outcome(await throttledAuthenticate(v.email, "guess", from(attacker))));
    expect(results).toEqual([...Array(MAX).fill("invalid"), "throttled", "throttled"]);
    // A right password from the throttled address is refused too, and a forged X-Forwarded-For does not help.
    expect(
      await throttledAuthenticate(victims[0].email, "right-pw", from(attacker, { "x-forwarded-for": freshIp() })),
    ).toEqual({ ok: false, reason: "throttled" });
    // The same user from another address is unaffected.
    expect((await throttledAuthenticate(victims[0].email, "right-pw", from(freshIp()))).ok).toBe(true);
    // Throttled attempts never reached the password check, so they did not count against the victims' accounts.
    const spared = await db.user.findMany({
      where: { id: { in: victims.slice(MAX).map((v) => v.userId) } },
      select: { failedLogins: true },
    });
    expect(spared.map((r) => r.failedLogins)).toEqual([0, 0]);
  });

  it("counts across app instances: the counter is in the database, not in process memory", async () => {
    const key = `ip:${freshIp()}`;
    const t = new Date();
    // Two instances = two independent callers hitting the same row; run them concurrently.
    const states = await Promise.all(Array.from({ length: 12 }, () => recordAttempt(key, t, policy)));
    expect(states.map((s) => s.failures).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const row = await db.loginThrottle.findUnique({ where: { key } });
    expect(row?.failures).toBe(12);
  });

  it("a new window starts after windowMinutes; a successful sign-in only hands back its own attempt", async () => {
    const key = `ip:${freshIp()}`;
    const t0 = new Date(Date.now() - 60 * 60_000);
    for (let i = 0; i < 3; i++) await recordAttempt(key, t0, policy);
    await forgiveAttempt(key);
    expect((await db.loginThrottle.findUnique({ where: { key } }))?.failures).toBe(2);
    const later = await recordAttempt(key, new Date(t0.getTime() + 15 * 60_000), policy);
    expect(later.failures).toBe(1);
  });

  it("a successful sign-in from the attacking address does not reset its counter", async () => {
    const [own] = await accounts(1, "mine");
    const victims = await accounts(2, "theirs");
    const ip = freshIp();
    const from = new Headers({ [PEER_HEADER]: ip });
    for (let i = 0; i < MAX - 1; i++) await throttledAuthenticate(victims[i % 2].email, "guess", from);
    expect((await throttledAuthenticate(own.email, "mine", from)).ok).toBe(true);
    expect(outcome(await throttledAuthenticate(victims[0].email, "guess", from))).toBe("invalid"); // MAX-th failure
    expect(outcome(await throttledAuthenticate(victims[1].email, "guess", from))).toBe("throttled");
  });

  it("without a trustworthy address all attempts share one counter, so forged headers cannot buy fresh ones", async () => {
    delete g[MARK];
    try {
      await db.loginThrottle.deleteMany({ where: { key: "ip:unknown" } });
      const [v] = await accounts(1, "pw");
      const reasons = [];
      for (let i = 0; i < MAX + 1; i++) {
        const forged = new Headers({ [PEER_HEADER]: freshIp(), "x-forwarded-for": freshIp() });
        reasons.push(outcome(await throttledAuthenticate(v.email, "nope", forged)));
      }
      expect(reasons).toEqual([...Array(MAX).fill("invalid"), "throttled"]);
    } finally {
      g[MARK] = true;
      await db.loginThrottle.deleteMany({ where: { key: "ip:unknown" } });
    }
  });

  it("prunes counters whose window has run out", async () => {
    const key = `ip:${freshIp()}`;
    await recordAttempt(key, new Date(Date.now() - 16 * 60_000), policy);
    await pruneThrottle(new Date(), policy);
    expect(await db.loginThrottle.findUnique({ where: { key } })).toBeNull();
  });
});
