import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
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

// The real decode, counted: a token read again is served from the process's cache of decoded tokens.
const decodeCalls = vi.hoisted(() => ({ n: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const real = await importOriginal<typeof import("next-auth/jwt")>();
  return {
    ...real,
    decode: (async (params) => {
      decodeCalls.n++;
      return real.decode(params);
    }) as typeof real.decode,
  };
});

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
  afterEach(() => {
    vi.useRealTimers();
  });

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

  it("decodes a token once, and still refuses it once it has expired", async () => {
    const { SESSION_COOKIE } = await import("@/lib/auth/auth");
    vi.useFakeTimers({ toFake: ["Date"] });
    const c = claims();
    const token = await encode({ token: c, secret: SECRET, salt: SESSION_COOKIE, maxAge: 60 });
    const before = decodeCalls.n;
    expect(await read(token)).toEqual(c);
    expect(await read(token)).toEqual(c);
    expect(decodeCalls.n - before).toBe(1);
    // Past its expiry and decode()'s 15 s clock tolerance: refused, cached or not.
    vi.setSystemTime(Date.now() + 60_000 + 16_000);
    expect(await read(token)).toBeNull();
  });
});
