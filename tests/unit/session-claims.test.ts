import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";

// readSessionClaims (lib/auth/session-claims.ts) decodes the session cookie itself instead of running
// Auth.js's session endpoint on every page: it must read exactly what Auth.js reads, and nothing else.

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
  }),
}));

const SECRET = "unit-test-secret-unit-test-secret-0123456789";
const claims = () => ({
  uid: randomUUID(),
  tid: randomUUID(),
  authTime: Date.now(),
  mfa: "verified",
  method: "password",
  sid: randomUUID(),
});

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

async function read(cookie: string | null) {
  const { SESSION_COOKIE } = await import("@/lib/auth/auth");
  const { readSessionClaims } = await import("@/lib/auth/session-claims");
  jar.clear();
  if (cookie !== null) jar.set(SESSION_COOKIE, cookie);
  return readSessionClaims();
}

describe("readSessionClaims", () => {
  it("reads the same claims as Auth.js's own session endpoint", async () => {
    const { SESSION_COOKIE, handlers } = await import("@/lib/auth/auth");
    const c = claims();
    const token = await encode({ token: c, secret: SECRET, salt: SESSION_COOKIE, maxAge: 600 });
    const res = await handlers.GET(
      new NextRequest("http://127.0.0.1/api/auth/session", { headers: { cookie: `${SESSION_COOKIE}=${token}` } }),
    );
    const viaAuthJs = (await res.json()) as Record<string, unknown>;
    const { claimsFrom } = await import("@/lib/auth/session-policy");
    expect(claimsFrom(viaAuthJs)).toEqual(c);
    expect(await read(token)).toEqual(c);
  });

  it("reads nothing from no cookie, a foreign secret, an expired token or a tampered one", async () => {
    const { SESSION_COOKIE } = await import("@/lib/auth/auth");
    expect(await read(null)).toBeNull();
    const foreign = await encode({ token: claims(), secret: `${SECRET}-other`, salt: SESSION_COOKIE, maxAge: 600 });
    expect(await read(foreign)).toBeNull();
    const otherSalt = await encode({ token: claims(), secret: SECRET, salt: "another-cookie", maxAge: 600 });
    expect(await read(otherSalt)).toBeNull();
    const expired = await encode({ token: claims(), secret: SECRET, salt: SESSION_COOKIE, maxAge: -60 });
    expect(await read(expired)).toBeNull();
    const good = await encode({ token: claims(), secret: SECRET, salt: SESSION_COOKIE, maxAge: 600 });
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await read(tampered)).toBeNull();
    expect(await read("not-a-token")).toBeNull();
  });

  it("refuses a token without the claims a session has", async () => {
    const { SESSION_COOKIE } = await import("@/lib/auth/auth");
    const partial = await encode({ token: { uid: randomUUID() }, secret: SECRET, salt: SESSION_COOKIE, maxAge: 600 });
    expect(await read(partial)).toBeNull();
  });
});
