import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { cookieFrom, forAuthHandler, originFromHeaders } from "./request-origin";

describe("originFromHeaders", () => {
  it("prefers the forwarded host and protocol, as Auth.js's signIn() does", () => {
    const h = new Headers({
      host: "localhost:3000",
      "x-forwarded-host": "assay.example.com",
      "x-forwarded-proto": "https",
    });
    expect(originFromHeaders(h, "http:")).toBe("https://assay.example.com");
  });
  it("falls back to Host and the request's protocol", () => {
    expect(originFromHeaders(new Headers({ host: "127.0.0.1:3811" }), "http:")).toBe("http://127.0.0.1:3811");
  });
  it("takes the first of a proxy chain's values", () => {
    const h = new Headers({ "x-forwarded-host": "a.example, b.internal", "x-forwarded-proto": "https,http" });
    expect(originFromHeaders(h, "http:")).toBe("https://a.example");
  });
  it("refuses what is not a host or a web protocol", () => {
    expect(originFromHeaders(new Headers({ host: "evil.example/path" }), "http:")).toBeNull();
    expect(originFromHeaders(new Headers({ host: "user@evil.example" }), "http:")).toBeNull();
    expect(
      originFromHeaders(new Headers({ host: "a.example", "x-forwarded-proto": "javascript" }), "http:"),
    ).toBeNull();
    expect(originFromHeaders(new Headers(), "http:")).toBeNull();
  });
});

describe("forAuthHandler", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("gives Auth.js the loopback origin the browser used, which NextRequest would call localhost", async () => {
    vi.stubEnv("AUTH_URL", undefined);
    vi.stubEnv("NEXTAUTH_URL", undefined);
    const req = new NextRequest("http://127.0.0.1:3811/api/auth/callback/sso?code=abc&state=s", {
      headers: { host: "127.0.0.1:3811", cookie: "a=1; assay.sso-org=t-1" },
    });
    expect(req.url).toContain("//localhost:3811/"); // what Auth.js saw before
    const seen = await forAuthHandler(req);
    expect(seen.url).toBe("http://127.0.0.1:3811/api/auth/callback/sso?code=abc&state=s");
    expect(cookieFrom(seen.headers, "assay.sso-org")).toBe("t-1");
  });

  it("takes the proxy's host and protocol, as signIn() does, and keeps a form body", async () => {
    vi.stubEnv("AUTH_URL", undefined);
    vi.stubEnv("NEXTAUTH_URL", undefined);
    const req = new NextRequest("http://0.0.0.0:3000/api/auth/signout", {
      method: "POST",
      headers: { host: "0.0.0.0:3000", "x-forwarded-host": "assay.example.com", "x-forwarded-proto": "https" },
      body: "csrfToken=x",
    });
    const seen = await forAuthHandler(req);
    expect(seen.url).toBe("https://assay.example.com/api/auth/signout");
    expect(await seen.text()).toBe("csrfToken=x");
  });

  it("leaves the request alone when AUTH_URL fixes the origin", async () => {
    vi.stubEnv("AUTH_URL", "https://assay.example.com");
    const req = new NextRequest("http://localhost:3811/api/auth/session", { headers: { host: "127.0.0.1:3811" } });
    expect(await forAuthHandler(req)).toBe(req);
  });
});
