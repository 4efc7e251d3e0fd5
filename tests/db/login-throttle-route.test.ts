import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { PEER_HEADER } from "@/lib/auth/client-ip";
import { handlers } from "@/lib/auth/auth";
import { hasDb, makeTenant } from "./support";

// The throttle wired into the real Auth.js credentials callback (the path both the login form's
// action and a hand-made POST take), not only throttledAuthenticate() called directly.
const BASE = "http://127.0.0.1:3999";
const MAX = 3;
const MARK = Symbol.for("assay.peerStamped");
const g = globalThis as Record<symbol, unknown>;

/** "signed-in" when Auth.js set a session cookie, otherwise where it redirected to. */
async function signInAttempt(email: string, password: string, ip: string): Promise<string> {
  const csrfRes = await handlers.GET(new NextRequest(`${BASE}/api/auth/csrf`, { headers: { [PEER_HEADER]: ip } }));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await handlers.POST(
    new NextRequest(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: BASE, [PEER_HEADER]: ip },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${BASE}/dashboard` }),
    }),
  );
  if (res.headers.getSetCookie().some((c) => /^(__Host-)?assay\.session=[^;]+/.test(c))) return "signed-in";
  return res.headers.get("location") ?? String(res.status);
}

describe.skipIf(!hasDb)("sign-in throttle through the Auth.js credentials callback", () => {
  beforeAll(() => {
    process.env.LOGIN_IP_MAX_FAILURES = String(MAX);
    process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
    g[MARK] = true;
  });
  afterAll(() => {
    delete process.env.LOGIN_IP_MAX_FAILURES;
    delete g[MARK];
  });

  it("refuses the right password from an address over the limit, accepts it from another", async () => {
    const { hashPassword } = await import("@/lib/auth/password");
    const { systemDb: db } = await import("@/lib/db");
    const a = await makeTenant("analyst");
    await db.user.update({ where: { id: a.userId }, data: { passwordHash: await hashPassword("right-pw") } });
    const attacker = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    for (let i = 0; i < MAX; i++) {
      const other = await makeTenant("analyst");
      expect(await signInAttempt(other.email, "guess", attacker)).toMatch(/error=CredentialsSignin/);
    }
    expect(await signInAttempt(a.email, "right-pw", attacker)).toMatch(/error=CredentialsSignin/);
    expect(await signInAttempt(a.email, "right-pw", `10.${randomInt(256)}.${randomInt(256)}.1`)).toBe("signed-in");
  });
});
