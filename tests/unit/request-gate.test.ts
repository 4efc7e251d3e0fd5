import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { gateRequests, sessionKey } from "@/lib/server/request-gate.mjs";

// M3: one session's flood is answered 503 + Retry-After at the door; other sessions keep being served.
const held: Array<() => void> = [];
const inFlight = new Map<string, number>();
const server = http.createServer(
  gateRequests(
    (req: http.IncomingMessage, res: http.ServerResponse) => {
      const reply = () => res.end("ok");
      if (req.url === "/slow") held.push(reply);
      else reply();
    },
    4,
    inFlight,
  ),
);
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function until(check: () => boolean): Promise<void> {
  const end = Date.now() + 30_000;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("per-session request gate", () => {
  it("keys on the session cookie or the bearer token, not on anonymous requests", () => {
    const req = (headers: Record<string, string>) => ({ headers }) as unknown as http.IncomingMessage;
    expect(sessionKey(req({ cookie: "a=1; __Host-assay.session=abc; b=2" }))).toBe("s:abc");
    expect(sessionKey(req({ cookie: "assay.session.0=chunk" }))).toBe("s:chunk");
    expect(sessionKey(req({ authorization: "Bearer assay_x" }))).toBe("t:Bearer assay_x");
    expect(sessionKey(req({ cookie: "other=1" }))).toBeNull();
  });

  it("serves at most the limit at once per session, refuses the rest with 503 + Retry-After", async () => {
    const a = { cookie: "assay.session=A" };
    const statuses: string[] = [];
    const pending = Array.from({ length: 20 }, () =>
      fetch(`${base}/slow`, { headers: a }).then((r) => {
        statuses.push(r.status === 503 ? `503 retry-after=${r.headers.get("retry-after")}` : String(r.status));
      }),
    );
    // Wait on what happened, not on time: four held by the app, sixteen answered at the door.
    await until(() => held.length === 4 && statuses.length === 16);
    expect(inFlight.get("s:A")).toBe(4);
    // Another session is not starved by A's flood, and static files are not counted.
    expect((await fetch(`${base}/fast`, { headers: { cookie: "assay.session=B" } })).status).toBe(200);
    expect((await fetch(`${base}/_next/static/x.js`, { headers: a })).status).toBe(200);
    held.splice(0).forEach((reply) => reply());
    await Promise.all(pending);
    expect(statuses.filter((s) => s === "200")).toHaveLength(4);
    expect(statuses.filter((s) => s === "503 retry-after=1")).toHaveLength(16);
    await until(() => inFlight.size === 0);
    expect((await fetch(`${base}/fast`, { headers: a })).status).toBe(200);
  });
});

describe("methods no screen or API uses", () => {
  it("answers TRACE with 400 before the app sees it", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}/fast`, { method: "TRACE" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(400);
  });
});
