import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
// Imported for its effect too: the preload wraps http.createServer as it does under npm start.
import "@/lib/server/request-gate.mjs";
import { MAX_URL_BYTES } from "@/lib/server/url-limit.mjs";
import { rawRequest } from "../support/raw-http";

// Issue #14: an address over the limit gets a readable 414 at once, whatever its length, and the
// connection is closed (never left hanging); an address within the limit reaches the app with its cookie.
const seen: string[] = [];
const server = http.createServer((req, res) => {
  seen.push(req.url ?? "");
  res.end(`app saw ${req.url?.length} bytes, cookie ${req.headers.cookie ?? "none"}`);
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const port = (server.address() as AddressInfo).port;
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const target = (bytes: number, prefix = "/vendors?q=") => prefix + "a".repeat(bytes - prefix.length);
const get = (path: string, headers = "") =>
  rawRequest(
    port,
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: assay.session=S\r\n${headers}Connection: close\r\n\r\n`,
  );

describe("long addresses", () => {
  it("serves an address of exactly the limit, with its session cookie", async () => {
    const res = await get(target(MAX_URL_BYTES));
    expect(res).toMatch(/^HTTP\/1\.1 200 /);
    expect(res).toContain(`app saw ${MAX_URL_BYTES} bytes, cookie assay.session=S`);
  });

  it("serves a limit-long address whose Referer and router-state headers are as long again", async () => {
    const long = target(MAX_URL_BYTES);
    const state = encodeURIComponent(JSON.stringify(["", { children: [`__PAGE__?${long}`] }]));
    const res = await get(long, `Referer: http://127.0.0.1${long}\r\nNext-Router-State-Tree: ${state}\r\n`);
    expect(res).toMatch(/^HTTP\/1\.1 200 /);
  });

  for (const bytes of [MAX_URL_BYTES + 1, 9 * 1024, 15 * 1024, 20 * 1024, 100 * 1024, 1024 * 1024]) {
    it(`answers a ${bytes}-byte address with a 414 page and closes the connection`, async () => {
      const before = seen.length;
      const res = await get(target(bytes));
      expect(res).toMatch(/^HTTP\/1\.1 414 /);
      expect(res).toMatch(/content-type: text\/html/i);
      expect(res).toContain("Address too long");
      expect(res).toMatch(/connection: close/i);
      expect(seen.length).toBe(before); // the app never saw it
    });
  }

  it("answers an API address over the limit with JSON", async () => {
    const res = await get(target(MAX_URL_BYTES + 100, "/api/v1/gaps?q="));
    expect(res).toMatch(/^HTTP\/1\.1 414 /);
    expect(res).toContain('"code":"URI_TOO_LONG"');
  });

  it("tells oversized cookies (431) apart from a long address", async () => {
    const res = await get("/dashboard", `X-Filler: ${"b".repeat(70 * 1024)}\r\n`);
    expect(res).toMatch(/^HTTP\/1\.1 431 /);
    expect(res).toContain("headers are too large");
  });

  it("keeps serving after refusing", async () => {
    expect(await get("/dashboard")).toMatch(/^HTTP\/1\.1 200 /);
  });
});
